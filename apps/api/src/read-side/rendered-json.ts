import { createHash } from 'node:crypto';

/** An answer as sent: its JSON text (UTF-8) and a strong ETag of exactly those bytes. */
export interface RenderedJson {
  body: Buffer;
  etag: string;
}

/** The JSON text of `value` with its ETag (the body's SHA-1: same bytes, same tag, in every process). */
export function renderJson(value: unknown): RenderedJson {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** What the cache keeps at most (bodies' bytes): a bench-sized province's ~600 cards of ~80 KB fit. */
export const RENDERED_JSON_MAX_BYTES = 64 * 1024 * 1024;

/** One kept answer: the version of the rows it was made from, and everything else it was made from. */
interface Kept {
  version: string;
  context: string;
  rendered: RenderedJson;
}

/**
 * Answers already rendered, kept by what they answer (`key`, e.g. a unit-quarter) with the version of the
 * read model's rows they were made from (`version`, read in the same statement as the rows, or probed before
 * them) and everything else they were made from (`context`: the unit's name and block…). A read whose version
 * and context are the kept ones sends the kept bytes — no rows read, parsed, shaped or stringified again. A
 * write moves the version, so the next read renders again: nothing is invalidated by hand, nothing stale is
 * served. The reader's permission is checked before, never kept. Least recently used out first, bounded by
 * bytes; one process's memory (each API process keeps its own).
 */
export class RenderedJsonCache {
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;

  constructor(private readonly maxBytes: number = RENDERED_JSON_MAX_BYTES) {}

  /** The rows' version the answer kept for `key` was made from (so the read may skip the rows), or null. */
  versionOf(key: string): string | null {
    return this.kept.get(key)?.version ?? null;
  }

  /** The answer kept for `key` if it was made from rows at `version` in `context`. */
  get(key: string, version: string, context: string): RenderedJson | undefined {
    const entry = this.kept.get(key);
    if (entry === undefined || entry.version !== version || entry.context !== context) return undefined;
    // Most recently used last (a Map keeps insertion order).
    this.kept.delete(key);
    this.kept.set(key, entry);
    return entry.rendered;
  }

  put(key: string, version: string, context: string, rendered: RenderedJson): RenderedJson {
    this.drop(key);
    if (rendered.body.length > this.maxBytes) return rendered;
    this.kept.set(key, { version, context, rendered });
    this.bytes += rendered.body.length;
    for (const oldest of this.kept.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return rendered;
  }

  private drop(key: string): void {
    const entry = this.kept.get(key);
    if (entry === undefined) return;
    this.kept.delete(key);
    this.bytes -= entry.rendered.body.length;
  }
}

interface JsonResponse {
  setHeader(name: string, value: string): unknown;
  send(body: Buffer): unknown;
}

/**
 * Sends a rendered answer as `application/json` with its strong ETag; express answers 304 Not Modified
 * without a body when the request's If-None-Match names it (its `req.fresh`).
 */
export function sendRenderedJson(response: JsonResponse, rendered: RenderedJson): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('ETag', rendered.etag);
  response.send(rendered.body);
}
