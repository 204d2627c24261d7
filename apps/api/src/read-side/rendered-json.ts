import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

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
 * bytes (lru-cache); one process's memory (each API process keeps its own).
 */
export class RenderedJsonCache {
  private readonly kept: LRUCache<string, Kept>;

  constructor(maxBytes: number = RENDERED_JSON_MAX_BYTES) {
    // An answer larger than the whole budget is not kept (lru-cache's maxEntrySize defaults to maxSize).
    this.kept = new LRUCache<string, Kept>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.rendered.body.length || 1,
    });
  }

  /** The rows' version the answer kept for `key` was made from (so the read may skip the rows), or null. */
  versionOf(key: string): string | null {
    // peek: asking for the version is not a use of the answer.
    return this.kept.peek(key)?.version ?? null;
  }

  /** The answer kept for `key` if it was made from rows at `version` in `context`. */
  get(key: string, version: string, context: string): RenderedJson | undefined {
    const entry = this.kept.peek(key);
    if (entry === undefined || entry.version !== version || entry.context !== context) return undefined;
    return this.kept.get(key)?.rendered;
  }

  put(key: string, version: string, context: string, rendered: RenderedJson): RenderedJson {
    this.kept.delete(key);
    this.kept.set(key, { version, context, rendered });
    return rendered;
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
