import { MAX_INPUT_DEPTH, findHostileInput } from './hostile-input';

describe('findHostileInput', () => {
  it('passes ordinary Vietnamese text, tabs, line breaks and safe integers', () => {
    expect(
      findHostileInput({
        name: 'Sở Thông tin và Truyền thông 😀',
        note: 'a\tb\r\nc',
        n: Number.MAX_SAFE_INTEGER,
        x: 0.5,
      }),
    ).toEqual([]);
  });

  it('names each field holding a control character or a lone surrogate, keys included', () => {
    const findings = findHostileInput({
      a: { b: ['ok', 'x\u0000'] },
      c: '\ud800',
      d: 'x\udc00',
      'k\u001b': 1,
      e: '\u0085',
    });
    expect(findings.map((f) => `${f.field} ${f.code}`).sort()).toEqual([
      'a.b.1 CONTROL_CHARACTER',
      'c LONE_SURROGATE',
      'd LONE_SURROGATE',
      'e CONTROL_CHARACTER',
      'k\\u001b CONTROL_CHARACTER',
    ]);
  });

  it('keeps a well-formed surrogate pair', () => {
    expect(findHostileInput({ emoji: '\ud83d\ude00' })).toEqual([]);
  });

  it('refuses numbers beyond 2^53 − 1 in magnitude', () => {
    expect(
      findHostileInput({ a: 2 ** 53, b: -(2 ** 53), c: 1e300 })
        .map((f) => f.field)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('stops at the depth limit without recursing, however deep the input', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    const findings = findHostileInput({ x: deep });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'NESTING_TOO_DEEP' });
    expect(findings[0]!.field.split('.')).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('reports a bounded number of findings and prefixes a root name', () => {
    expect(findHostileInput(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
    expect(findHostileInput('x\u0000', 'unit')).toEqual([expect.objectContaining({ field: 'unit' })]);
  });
});
