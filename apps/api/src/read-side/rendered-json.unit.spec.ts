import { RenderedJsonCache, renderJson } from './rendered-json';

describe('renderJson', () => {
  it('is the value’s JSON text in UTF-8 with a strong ETag of those bytes', () => {
    const rendered = renderJson({ title: 'Thư điện tử', points: 1.5 });
    expect(rendered.body.toString('utf8')).toBe('{"title":"Thư điện tử","points":1.5}');
    expect(rendered.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(renderJson({ title: 'Thư điện tử', points: 1.5 }).etag).toBe(rendered.etag);
    expect(renderJson({ title: 'Thư điện tử', points: 1.25 }).etag).not.toBe(rendered.etag);
  });
});

describe('RenderedJsonCache', () => {
  const answer = (text: string) => renderJson({ text });

  it('gives the kept answer only for the same version and context', () => {
    const cache = new RenderedJsonCache();
    const kept = cache.put('STTTT 2021-Q1', '16384.700', 'department/Sở A', answer('a'));
    expect(cache.versionOf('STTTT 2021-Q1')).toBe('16384.700');
    expect(cache.get('STTTT 2021-Q1', '16384.700', 'department/Sở A')).toBe(kept);
    expect(cache.get('STTTT 2021-Q1', '16384.701', 'department/Sở A')).toBeUndefined();
    expect(cache.get('STTTT 2021-Q1', '16384.700', 'department/Sở B')).toBeUndefined();
    expect(cache.get('SNV 2021-Q1', '16384.700', 'department/Sở A')).toBeUndefined();
    expect(cache.versionOf('SNV 2021-Q1')).toBeNull();
  });

  it('replaces a key’s answer when it is rendered again', () => {
    const cache = new RenderedJsonCache();
    cache.put('k', 'v1', 'c', answer('old'));
    const fresh = cache.put('k', 'v2', 'c', answer('new'));
    expect(cache.get('k', 'v1', 'c')).toBeUndefined();
    expect(cache.get('k', 'v2', 'c')).toBe(fresh);
  });

  it('keeps at most its bytes, dropping the least recently used first', () => {
    const size = answer('x'.repeat(90)).body.length;
    const cache = new RenderedJsonCache(size * 2);
    cache.put('a', 'v', 'c', answer('a'.repeat(90)));
    cache.put('b', 'v', 'c', answer('b'.repeat(90)));
    // Reading a makes b the least recently used.
    expect(cache.get('a', 'v', 'c')).toBeDefined();
    cache.put('c', 'v', 'c', answer('c'.repeat(90)));
    expect(cache.get('b', 'v', 'c')).toBeUndefined();
    expect(cache.get('a', 'v', 'c')).toBeDefined();
    expect(cache.get('c', 'v', 'c')).toBeDefined();
    // An answer larger than the whole budget is sent but not kept.
    const huge = answer('h'.repeat(size * 3));
    expect(cache.put('h', 'v', 'c', huge)).toBe(huge);
    expect(cache.get('h', 'v', 'c')).toBeUndefined();
    expect(cache.get('a', 'v', 'c')).toBeDefined();
  });
});
