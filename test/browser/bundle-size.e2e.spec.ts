import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

/**
 * The budget: the JavaScript the login and review pages load first is at most 300 KB gzipped.
 * Read from the build's manifest (dist/web/.vite/manifest.json, what `npm run build` served to the
 * browser specs): a route's first JavaScript is its chunks and everything they import statically.
 * The review page's own share (its chunk and the chunks only pages import) stays small too.
 */
const DIST = resolve(__dirname, '../../dist/web');
const BUDGET = 300 * 1024;
const REVIEW_OWN_BUDGET = 45 * 1024;

interface ManifestChunk {
  file: string;
  /** The chunk's name: its module's file name without extension (e.g. ReviewPage). */
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function manifest(): Manifest {
  return JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The chunks (manifest keys) a set of chunks loads before running: themselves and their static imports. */
function staticClosure(chunks: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = chunks[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}

function gzippedBytes(chunks: Manifest, keys: Iterable<string>): number {
  let total = 0;
  for (const key of keys) total += gzipSync(readFileSync(join(DIST, chunks[key].file)), { level: 9 }).length;
  return total;
}

function entryKey(chunks: Manifest): string {
  const entries = Object.entries(chunks).filter(([, chunk]) => chunk.isEntry);
  expect(entries).toHaveLength(1);
  return entries[0][0];
}

/**
 * A page's lazy chunk, as the entry imports it: found by the chunk's name among the entry's dynamic imports. Its key
 * is the page's source (`src/review/ReviewPage.tsx`) unless the chunk also carries modules another lazy chunk shares
 * (the review rows' cells, shared with the plan report row): Rollup then keys it `_ReviewPage-<hash>.js`.
 */
function pageKey(chunks: Manifest, entry: string, page: string): string {
  const key = (chunks[entry].dynamicImports ?? []).find((name) => chunks[name]?.name === page);
  if (!key) throw new Error(`${page} has no chunk of its own: is it still lazy?`);
  return key;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('bundle budget (first JavaScript, gzipped)', () => {
  test('the login page: the entry and its static imports, at most 300 KB', () => {
    const chunks = manifest();
    const login = staticClosure(chunks, [entryKey(chunks)]);
    const size = gzippedBytes(chunks, login);
    test.info().annotations.push({ type: 'login', description: kb(size) });
    expect(size, `login route loads ${kb(size)}`).toBeLessThanOrEqual(BUDGET);
  });

  test('the review page: entry, layout and review chunks with their static imports, at most 300 KB', () => {
    const chunks = manifest();
    const entry = entryKey(chunks);
    const layout = pageKey(chunks, entry, 'AppLayout');
    const review = pageKey(chunks, entry, 'ReviewPage');
    // The shell and the review page are lazy chunks of the entry, not part of it.
    expect(chunks[entry].dynamicImports ?? []).toEqual(expect.arrayContaining([layout, review]));
    const route = staticClosure(chunks, [entry, layout, review]);
    const size = gzippedBytes(chunks, route);
    const entryClosure = staticClosure(chunks, [entry]);
    const own = gzippedBytes(
      chunks,
      [...staticClosure(chunks, [review])].filter((key) => !entryClosure.has(key)),
    );
    test.info().annotations.push({ type: 'review', description: `${kb(size)} (the page's own ${kb(own)})` });
    expect(size, `review route loads ${kb(size)}`).toBeLessThanOrEqual(BUDGET);
    expect(own, `the review page's own chunks are ${kb(own)}`).toBeLessThanOrEqual(REVIEW_OWN_BUDGET);
  });
});
