import type { Readable } from 'node:stream';

/** Injection token of the application's EvidenceStore. */
export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');

/** 64 lower-case hex digits: the only form a stored file is named by. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * A file received in full on local disk, hashed while it arrived, not yet under its hash name. Staging
 * is always local (any adapter receives the upload before it decides where it goes), so the bytes can
 * be inspected (media type) before they are kept: `commit` keeps them, `discard` drops them.
 */
export interface StagedEvidenceFile {
  sha256: string;
  size: number;
  /** The temporary file, for inspection only: never served, never referenced after commit or discard. */
  localPath: string;
}

export interface StoredEvidenceFile {
  sha256: string;
  size: number;
}

export interface OpenedEvidenceFile extends StoredEvidenceFile {
  content: Readable;
}

/**
 * Content-addressed storage of evidence files: a file is named by the SHA-256 of its bytes, so identical
 * files are stored once and a stored file never changes. The guarantees every adapter gives:
 *  - `stage` never leaves a file under a hash name; it refuses more than `maxBytes` (EvidenceTooLargeError)
 *    and then leaves nothing behind;
 *  - `commit` is atomic: a reader sees either no file or the whole file under its hash, never a part,
 *    whatever crashes when; it is idempotent (committing bytes already stored keeps one copy);
 *  - nothing is ever deleted by the store (a file nobody references is still evidence).
 */
export interface EvidenceStore {
  stage(content: Readable, limits: { maxBytes: number }): Promise<StagedEvidenceFile>;
  commit(staged: StagedEvidenceFile): Promise<{ created: boolean }>;
  discard(staged: StagedEvidenceFile): Promise<void>;
  stat(sha256: string): Promise<StoredEvidenceFile | null>;
  open(sha256: string): Promise<OpenedEvidenceFile | null>;
  /** Removes what crashed or abandoned uploads left in the staging area, if older than `olderThanMs`. */
  removeStaleStagedFiles(olderThanMs: number): Promise<number>;
}
