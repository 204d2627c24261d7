import type { Catalogue, CatalogueNode } from './catalogue.types';
import { isBlockingFinding } from './catalogue-finding';
import { catalogueMax, computedMax, findNode, listLeaves, walkCatalogue } from './catalogue-tree';
import { validateCatalogue } from './catalogue.validator';

function smallCatalogue(): Catalogue {
  return {
    id: 'small-2020',
    title: 'Bộ nhỏ',
    source: 'Specs',
    effectiveFrom: '2020-10-21',
    root: {
      code: 'I',
      title: 'Gốc',
      children: [
        {
          code: '1',
          title: 'Nhóm 1',
          declaredMax: '5',
          children: [
            {
              code: '1.1',
              title: 'Tỷ lệ',
              declaredMax: '2',
              rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
              inputs: [
                { name: 'a', type: 'count', label: 'Tổng số' },
                { name: 'b', type: 'count', label: 'Số đạt' },
              ],
            },
            {
              code: '1.2',
              title: 'Có/không',
              declaredMax: '1/2',
              appliesTo: ['district'],
              rule: { kind: 'yes-no' },
              inputs: [{ name: 'value', type: 'boolean', label: 'Đã ban hành' }],
            },
          ],
        },
        {
          code: '2',
          title: 'Nhóm 2',
          declaredMax: '3',
          appliesTo: ['department'],
          children: [
            {
              code: '2.1',
              title: 'Mức',
              declaredMax: '3',
              rule: {
                kind: 'tiered',
                options: [
                  { label: 'Đủ', fraction: '1' },
                  { label: 'Một nửa', fraction: '50%' },
                ],
              },
              inputs: [{ name: 'option', type: 'option', label: 'Mức' }],
            },
          ],
        },
      ],
    },
    errata: [{ code: '1', kind: 'max-mismatch', seedSays: '1 | Nhóm 1 | 5', interpretation: 'Leaves sum to 2.5.' }],
  };
}

function leaf(catalogue: Catalogue, code: string): CatalogueNode {
  const node = findNode(catalogue, code);
  if (!node) throw new Error(code);
  return node;
}

const kindsOf = (catalogue: Catalogue) => validateCatalogue(catalogue).map((f) => `${f.code}:${f.kind}`);

describe('catalogue tree helpers', () => {
  const catalogue = smallCatalogue();

  it('finds nodes by code and lists the leaves in document order', () => {
    expect(findNode(catalogue, '2.1')?.title).toBe('Mức');
    expect(findNode(catalogue, '9')).toBeUndefined();
    expect(listLeaves(catalogue).map((n) => n.code)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('sums maxima from the leaves only', () => {
    expect(computedMax(leaf(catalogue, '1')).toString()).toBe('5/2');
    expect(catalogueMax(catalogue).toString()).toBe('11/2');
  });

  it('inherits appliesTo', () => {
    const appliesTo = Object.fromEntries([...walkCatalogue(catalogue.root)].map((e) => [e.node.code, e.appliesTo]));
    expect(appliesTo['1.1']).toEqual(['department', 'district']);
    expect(appliesTo['1.2']).toEqual(['district']);
    expect(appliesTo['2.1']).toEqual(['department']);
  });
});

describe('validateCatalogue', () => {
  it('reports max mismatches with both numbers, and every erratum', () => {
    const findings = validateCatalogue(smallCatalogue());
    expect(findings).toEqual([
      {
        code: '1',
        kind: 'max-mismatch',
        declared: 5,
        computed: 2.5,
        message: expect.stringContaining('Declared maximum 5 but the children add up to 2.5'),
      },
      { code: '1', kind: 'max-mismatch', message: expect.stringContaining('Leaves sum to 2.5.') },
    ]);
    expect(findings.some(isBlockingFinding)).toBe(false);
  });

  const cases: Array<[string, (c: Catalogue) => void, string]> = [
    ['a duplicated code', (c) => (leaf(c, '1.2').code = '1.1'), '1.1:duplicate-code'],
    ['a leaf without a rule', (c) => delete leaf(c, '1.1').rule, '1.1:missing-rule'],
    ['a leaf without a maximum', (c) => delete leaf(c, '1.1').declaredMax, '1.1:missing-max'],
    ['a leaf without inputs', (c) => delete leaf(c, '1.1').inputs, '1.1:invalid-inputs'],
    ['a group with a rule', (c) => (leaf(c, '1').rule = { kind: 'yes-no' }), '1:rule-on-group'],
    ['an unreadable maximum', (c) => (leaf(c, '1.1').declaredMax = '2,5'), '1.1:invalid-exact'],
    [
      'an operand naming no declared input',
      (c) => (leaf(c, '1.1').rule = { kind: 'ratio', numerator: 'x', denominator: 'a' }),
      '1.1:unknown-input',
    ],
    [
      'an operand of the wrong type',
      (c) =>
        (leaf(c, '1.1').inputs = [
          { name: 'a', type: 'count', label: 'A' },
          { name: 'b', type: 'boolean', label: 'B' },
        ]),
      '1.1:input-type',
    ],
    [
      'a threshold that is not positive',
      (c) =>
        (leaf(c, '1.1').rule = { kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold: '0%' }),
      '1.1:threshold',
    ],
    [
      'a fraction above 1',
      (c) => (leaf(c, '2.1').rule = { kind: 'tiered', options: [{ label: 'x', fraction: '3/2' }] }),
      '2.1:fraction-range',
    ],
    ['an invalid appliesTo', (c) => (leaf(c, '1.1').appliesTo = ['province' as never]), '1.1:applies-to'],
    ['an empty appliesTo', (c) => (leaf(c, '1.1').appliesTo = []), '1.1:applies-to'],
    ['an unknown rule kind', (c) => (leaf(c, '1.1').rule = { kind: 'magic' } as never), '1.1:invalid-rule'],
    ['a yes-no without a boolean input', (c) => (leaf(c, '1.2').inputs = []), '1.2:invalid-inputs'],
    ['a bad effective date', (c) => (c.effectiveFrom = '2020-02-30'), 'small-2020:invalid-catalogue'],
    ['a malformed erratum', (c) => (c.errata = [{ code: '1' } as never]), '1:invalid-erratum'],
  ];

  it.each(cases)('blocks %s', (_name, breakIt, expected) => {
    const catalogue = smallCatalogue();
    breakIt(catalogue);
    const findings = validateCatalogue(catalogue);
    expect(findings.map((f) => `${f.code}:${f.kind}`)).toContain(expected);
    expect(findings.find((f) => `${f.code}:${f.kind}` === expected && isBlockingFinding(f))).toBeDefined();
  });

  it('notes unused inputs, widened appliesTo and errata about unknown codes without blocking', () => {
    const catalogue = smallCatalogue();
    leaf(catalogue, '1.1').inputs?.push({ name: 'c', type: 'count', label: 'C' });
    leaf(catalogue, '2.1').appliesTo = ['department', 'district'];
    catalogue.errata.push({ code: '5.8.2', kind: 'merged-rows', seedSays: 'x', interpretation: 'y' });
    const findings = validateCatalogue(catalogue);
    expect(kindsOf(catalogue)).toEqual(
      expect.arrayContaining([
        '1.1:unused-input',
        '2.1:applies-to-widens',
        '5.8.2:merged-rows',
        '5.8.2:unknown-erratum-code',
      ]),
    );
    expect(findings.some(isBlockingFinding)).toBe(false);
  });

  it('reports a broken Vietnamese syllable in any display text as a notice, never in the seed text', () => {
    const catalogue = smallCatalogue();
    leaf(catalogue, '1.1').title = 'Thng kê slượng';
    leaf(catalogue, '1.1').seedText = 'Thng kê slượng (the seed may keep its scan)';
    const inputs = leaf(catalogue, '1.1').inputs ?? [];
    inputs[1] = { ...inputs[1], label: 'Số CQNN của tnh có mng LAN (gi là b)', seedText: 'tnh' };
    const rule = leaf(catalogue, '2.1').rule;
    if (rule?.kind === 'tiered') rule.options[0].label = 'Có chỉ thị về chuyển đi s';
    const findings = validateCatalogue(catalogue).filter((finding) => finding.kind === 'broken-syllable');
    expect(findings.map((finding) => finding.code)).toEqual(['1.1', '1.1', '2.1']);
    expect(findings[0].message).toContain('"Thng", "slượng"');
    expect(findings[1].message).toContain('"tnh", "mng", "gi"');
    expect(findings[2].message).toContain('"đi", "s"');
    expect(findings.some(isBlockingFinding)).toBe(false);
  });

  it('checks the fields a reading adds: zeroWhenNumeratorZero, maxCount, seedText', () => {
    const catalogue = smallCatalogue();
    leaf(catalogue, '1.1').rule = {
      kind: 'ratio',
      numerator: 'b',
      denominator: 'a',
      zeroWhenNumeratorZero: 'yes' as unknown as boolean,
    };
    leaf(catalogue, '1.2').seedText = 42 as unknown as string;
    const withItems = smallCatalogue();
    leaf(withItems, '1.1').rule = {
      kind: 'per-item',
      items: [
        { input: 'a', label: 'Tổng số', pointsEach: '1', maxCount: '8.5' },
        { input: 'b', label: 'Số đạt', pointsEach: '1', maxCount: '8' },
      ],
    };
    expect(kindsOf(catalogue)).toEqual(expect.arrayContaining(['1.1:invalid-rule', '1.2:invalid-node']));
    expect(
      validateCatalogue(withItems)
        .filter(isBlockingFinding)
        .map((f) => f.message),
    ).toEqual([expect.stringContaining('items[0].maxCount')]);
  });

  it('survives garbage read from JSON', () => {
    for (const garbage of [
      null,
      42,
      'x',
      [],
      {},
      { root: { children: [null, 3, { code: 7 }] } },
      { root: { code: 'I', children: {} } },
    ]) {
      const findings = validateCatalogue(garbage as never);
      expect(findings.some(isBlockingFinding)).toBe(true);
    }
  });
});
