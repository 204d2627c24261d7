import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceTooLargeError } from '../evidence-store.errors';
import {
  SHA256_HEX,
  type EvidenceStore,
  type OpenedEvidenceFile,
  type StagedEvidenceFile,
  type StoredEvidenceFile,
} from '../evidence-store.port';

const STAGING = 'staging';
const FILES = 'sha256';
const STAGED_SUFFIX = '.part';

/**
 * Evidence files in a directory, shareable by every API replica (a ReadWriteMany volume):
 *
 *   <root>/sha256/ab/abcdef…(64 hex)   the files, one per content, fanned out by the first two digits
 *   <root>/staging/<uuid>.part          uploads in progress (same filesystem, so the rename is atomic)
 *
 * An upload streams into staging while it is hashed, is fsynced, then renamed under its hash and the
 * directory fsynced: after a crash there is either the whole file under its name or only a `.part` in
 * staging, which nothing serves and `removeStaleStagedFiles` removes. Staged files of other replicas
 * may be in progress, hence the age threshold rather than "everything at start-up".
 */
export class FilesystemEvidenceStore implements EvidenceStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Where a file with this hash lives (whether or not it exists). */
  pathOf(sha256: string): string {
    requireHash(sha256);
    return join(this.root, FILES, sha256.slice(0, 2), sha256);
  }

  get stagingDirectory(): string {
    return join(this.root, STAGING);
  }

  async stage(content: Readable, limits: { maxBytes: number }): Promise<StagedEvidenceFile> {
    await mkdir(this.stagingDirectory, { recursive: true });
    const localPath = join(this.stagingDirectory, `${randomUUID()}${STAGED_SUFFIX}`);
    const meter = new HashingMeter(limits.maxBytes);
    try {
      await pipeline(content, meter, createWriteStream(localPath, { flags: 'wx', mode: 0o640 }));
      if (meter.overflowed) throw new EvidenceTooLargeError(limits.maxBytes);
      await fsyncPath(localPath, 'r');
    } catch (error) {
      await rm(localPath, { force: true });
      throw error;
    }
    return { sha256: meter.digest(), size: meter.size, localPath };
  }

  async commit(staged: StagedEvidenceFile): Promise<{ created: boolean }> {
    const target = this.pathOf(staged.sha256);
    const existing = await statOrNull(target);
    // Same hash, same size: the same bytes are already kept. A different size can only be a damaged copy
    // (the hash names the content), which the fresh, complete upload replaces.
    if (existing !== null && existing.size === staged.size) {
      await this.discard(staged);
      return { created: false };
    }
    await mkdir(dirname(target), { recursive: true });
    // rename(2) replaces atomically: concurrent commits of the same bytes leave one whole copy.
    await rename(staged.localPath, target);
    await fsyncPath(dirname(target), 'r');
    return { created: existing === null };
  }

  async discard(staged: StagedEvidenceFile): Promise<void> {
    await rm(staged.localPath, { force: true });
  }

  async stat(sha256: string): Promise<StoredEvidenceFile | null> {
    const found = await statOrNull(this.pathOf(sha256));
    return found === null ? null : { sha256, size: found.size };
  }

  async open(sha256: string): Promise<OpenedEvidenceFile | null> {
    const path = this.pathOf(sha256);
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      // The stream owns the descriptor from here and closes it when done or destroyed.
      return { sha256, size, content: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async removeStaleStagedFiles(olderThanMs: number): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.stagingDirectory);
    } catch (error) {
      if (isNotFound(error)) return 0;
      throw error;
    }
    const before = Date.now() - olderThanMs;
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith(STAGED_SUFFIX)) continue;
      const path = join(this.stagingDirectory, name);
      const found = await statOrNull(path);
      if (found === null || found.mtimeMs > before) continue;
      await rm(path, { force: true });
      removed += 1;
    }
    return removed;
  }
}

/**
 * Hashes and counts what passes through. Beyond the limit it stops passing bytes on but keeps reading
 * (the caller bounds the source, e.g. busboy's fileSize), so the request is consumed and can be answered.
 */
class HashingMeter extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  overflowed = false;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) this.overflowed = true;
    if (this.overflowed) return callback();
    this.hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

function requireHash(sha256: string): void {
  // Never join an unchecked string into a path.
  if (!SHA256_HEX.test(sha256)) throw new TypeError(`Not a lower-case hex SHA-256: "${sha256}"`);
}

async function fsyncPath(path: string, flags: 'r'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function statOrNull(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    const found = await stat(path);
    return found.isFile() ? { size: found.size, mtimeMs: found.mtimeMs } : null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
