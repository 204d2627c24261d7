/**
 * validateCatalogue, finding by finding: each breakage of a small valid catalogue gives exactly these findings
 * (code and kind, in document order), and each message names, in both its halves (Vietnamese / English), the
 * field, figure or code it is about. Whole messages are not pinned.
 */
import type { Catalogue } from './catalogue.types';
import { validateCatalogue } from './catalogue.validator';

type Json = Record<string, unknown>;

/** Valid: every leaf's inputs are used, group 1's declared 3 is 2 + 1, no errata. */
function valid(): Json {
  return {
    id: 'spec-1',
    title: 'Bộ thử',
    source: 'Specs',
    effectiveFrom: '2021-01-31',
    root: {
      code: 'I',
      title: 'Gốc',
      children: [
        {
          code: '1',
          title: 'Nhóm',
          declaredMax: '3',
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
              title: 'Có hay không',
              declaredMax: '1',
              rule: { kind: 'yes-no' },
              inputs: [{ name: 'value', type: 'boolean', label: 'Đã ban hành' }],
            },
          ],
        },
      ],
    },
    errata: [],
  };
}

function nodeOf(catalogue: Json, code: string): Json {
  const visit = (node: Json): Json | undefined =>
    node.code === code
      ? node
      : ((node.children as Json[] | undefined) ?? []).map(visit).find((found) => found !== undefined);
  const found = visit(catalogue.root as Json);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

/** A valid catalogue changed by `change`. */
function broken(change: (catalogue: Json) => void): Json {
  const catalogue = valid();
  change(catalogue);
  return catalogue;
}

/** Leaf 1.1 with this rule and these inputs (group 1's maximum stays right). */
function leafWith(rule: unknown, inputs: unknown): Json {
  return broken((c) => Object.assign(nodeOf(c, '1.1'), { rule, inputs }));
}

const input = (name: string, type: string, label = 'Số liệu'): Json => ({ name, type, label });

interface Seen {
  code: string;
  kind: string;
  vi: string;
  en: string;
  declared?: number;
  computed?: number;
}

function findingsOf(catalogue: unknown): Seen[] {
  return validateCatalogue(catalogue as Catalogue).map(({ code, kind, message, declared, computed }) => {
    const at = message.indexOf(' / ');
    return {
      code,
      kind,
      vi: at < 0 ? '' : message.slice(0, at),
      en: at < 0 ? '' : message.slice(at + 3),
      ...(declared === undefined ? {} : { declared }),
      ...(computed === undefined ? {} : { computed }),
    };
  });
}

/** What both halves of the message must name, or what each must. */
type Mentions = readonly string[] | { vi: readonly string[]; en: readonly string[] };
type Expected = readonly [code: string, kind: string, mentions?: Mentions];

function expectFindings(catalogue: unknown, expected: readonly Expected[]): Seen[] {
  const seen = findingsOf(catalogue);
  expect(seen.map((f) => `${f.code} ${f.kind}`)).toEqual(expected.map(([code, kind]) => `${code} ${kind}`));
  expected.forEach(([, , mentions = []], position) => {
    const { vi, en } = seen[position];
    const wanted = 'vi' in mentions ? mentions : { vi: mentions, en: mentions };
    // Both languages are there, each naming what the finding is about.
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    for (const text of wanted.vi) expect(vi).toContain(text);
    for (const text of wanted.en) expect(en).toContain(text);
  });
  return seen;
}

it('a valid catalogue has no findings', () => {
  expectFindings(valid(), []);
});

describe('the catalogue itself', () => {
  it.each([null, undefined, 42, 'x', true, []])('refuses %p as a catalogue, with nothing else', (value) => {
    expectFindings(value, [['?', 'invalid-catalogue', { vi: ['đối tượng'], en: ['object'] }]]);
  });

  it.each([undefined, null, [], 'I'])('refuses a root of %p and still reads the errata', (root) => {
    const catalogue = broken((c) => {
      c.root = root;
      c.errata = [{ code: '1', kind: 'other', seedSays: 's', interpretation: 'i' }];
    });
    expectFindings(catalogue, [
      ['spec-1', 'invalid-catalogue', ['root']],
      ['1', 'other'],
      ['1', 'unknown-erratum-code', ['1']],
    ]);
  });

  it.each(['a', '7', 'A.b_c-9', 'tth-2020', 'TTH-2020', 'x__..--'])('accepts the id %p', (id) => {
    expectFindings(
      broken((c) => (c.id = id)),
      [],
    );
  });

  it.each([
    ['-a', '-a'],
    ['.a', '.a'],
    ['_a', '_a'],
    ['a b', 'a b'],
    ['a/b', 'a/b'],
    ['ä', 'ä'],
    [' a', ' a'],
    ['a!', 'a!'],
    ['  ', '  '],
    ['', ''],
    [42, '42'],
    [undefined, '?'],
    [null, '?'],
  ])('refuses the id %p, reported under %p', (id, code) => {
    expectFindings(
      broken((c) => (c.id = id)),
      [[code, 'invalid-catalogue', { vi: ['(id)', '"_"'], en: [' id ', '"_"'] }]],
    );
  });

  it('reports later catalogue-level problems under "?" once the id is refused', () => {
    expectFindings(
      broken((c) => {
        c.id = '-a';
        c.title = undefined;
        c.errata = undefined;
      }),
      [
        ['-a', 'invalid-catalogue'],
        ['?', 'invalid-catalogue', ['"title"']],
        ['?', 'invalid-catalogue', ['errata']],
      ],
    );
  });

  it.each([
    ['title', undefined],
    ['title', ''],
    ['title', '  '],
    ['title', 3],
    ['source', undefined],
    ['source', ' '],
    ['source', ['Specs']],
  ])('refuses a %s of %p', (field, value) => {
    expectFindings(
      broken((c) => (c[field] = value)),
      [['spec-1', 'invalid-catalogue', [`"${field}"`]]],
    );
  });

  it('reports a missing title and source, in that order', () => {
    expectFindings(
      broken((c) => {
        delete c.title;
        delete c.source;
      }),
      [
        ['spec-1', 'invalid-catalogue', ['"title"']],
        ['spec-1', 'invalid-catalogue', ['"source"']],
      ],
    );
  });

  it.each(['2020-02-29', '2021-12-31', '1999-01-01', '2000-10-09'])('accepts the effective date %p', (date) => {
    expectFindings(
      broken((c) => (c.effectiveFrom = date)),
      [],
    );
  });

  it.each([
    ['2021-02-29', '"2021-02-29"'],
    ['2021-04-31', '"2021-04-31"'],
    ['2021-13-01', '"2021-13-01"'],
    ['2021-00-10', '"2021-00-10"'],
    ['2021-1-01', '"2021-1-01"'],
    ['2021-01-1', '"2021-01-1"'],
    ['21-01-01', '"21-01-01"'],
    ['02021-01-01', '"02021-01-01"'],
    ['2021-01-011', '"2021-01-011"'],
    ['x2021-01-01', '"x2021-01-01"'],
    ['2021-01-01x', '"2021-01-01x"'],
    ['2021-01-01T00:00:00Z', '"2021-01-01T00:00:00Z"'],
    // A year or a month alone, and an extended year, are read by Date but are no YYYY-MM-DD.
    ['2021-01', '"2021-01"'],
    ['2021', '"2021"'],
    ['+010000-01-01', '"+010000-01-01"'],
    ['2021/01/01', '"2021/01/01"'],
    ['abcd-ef-gh', '"abcd-ef-gh"'],
    ['  ', '"  "'],
    [20210101, '"20210101"'],
    [undefined, '"undefined"'],
  ])('refuses the effective date %p', (date, shown) => {
    expectFindings(
      broken((c) => (c.effectiveFrom = date)),
      [['spec-1', 'invalid-catalogue', { vi: [shown, 'YYYY-MM-DD'], en: [`effectiveFrom ${shown}`, 'YYYY-MM-DD'] }]],
    );
  });
});

describe('nodes', () => {
  it('reports a root without a code under "root" and looks no further into it', () => {
    expectFindings(
      broken((c) => {
        const root = c.root as Json;
        root.code = 7;
        delete root.title;
      }),
      [['root', 'invalid-node', ['code']]],
    );
  });

  it('reports a child without a code by its parent and position', () => {
    expectFindings(
      broken((c) => {
        const group = nodeOf(c, '1');
        group.code = '  ';
        delete group.title;
      }),
      [['I › #1', 'invalid-node', ['code']]],
    );
    expectFindings(
      broken((c) => {
        delete nodeOf(c, '1.2').code;
      }),
      [['1 › #2', 'invalid-node', ['code']]],
    );
  });

  it.each([null, 3, 'x', [valid().root]])('reports a child %p that is no node, by its position', (child) => {
    expectFindings(
      broken((c) => (nodeOf(c, '1').children as unknown[]).push(child)),
      [['1', 'invalid-node', ['#3']]],
    );
  });

  it('reports a duplicated code, naming it, once per repetition', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.2').code = '1.1')),
      [['1.1', 'duplicate-code', ['1.1']]],
    );
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').code = 'I')),
      [['I', 'duplicate-code', [' I ']]],
    );
  });

  it.each([undefined, '', '  ', 5])('reports a title of %p', (title) => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.2').title = title)),
      [['1.2', 'invalid-node', ['title']]],
    );
  });

  it('reports a broken syllable in a title, naming the field, the words and the text', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1').title = 'Thng kê slượng')),
      [['1', 'broken-syllable', ['title', '"Thng", "slượng"', '"Thng kê slượng"']]],
    );
  });

  it.each([42, '', '  ', ['x'], false])('reports a seedText of %p', (seedText) => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').seedText = seedText)),
      [['1.1', 'invalid-node', ['"seedText"']]],
    );
  });

  it.each([undefined, null, 'Thng kê slượng'])('accepts a seedText of %p (the seed may keep its scan)', (seedText) => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').seedText = seedText)),
      [],
    );
  });

  it('checks scoringText and notes', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').scoringText = 5)),
      [['1.1', 'invalid-node', ['"scoringText"']]],
    );
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').scoringText = null)),
      [['1.1', 'invalid-node', ['"scoringText"']]],
    );
    expectFindings(
      broken((c) => Object.assign(nodeOf(c, '1.1'), { scoringText: '', notes: [] })),
      [],
    );
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').notes = ['a', 'b'])),
      [],
    );
    for (const notes of ['a', [1], ['a', 2], [2, 'a'], null]) {
      expectFindings(
        broken((c) => (nodeOf(c, '1.1').notes = notes)),
        [['1.1', 'invalid-node', ['"notes"']]],
      );
    }
  });

  it('refuses a negative maximum; 0 is a maximum', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').declaredMax = '-1')),
      [
        ['1', 'max-mismatch'],
        ['1.1', 'invalid-exact', { vi: ['âm'], en: ['negative'] }],
      ],
    );
    expectFindings(
      broken((c) => {
        nodeOf(c, '1').declaredMax = '2';
        nodeOf(c, '1.2').declaredMax = '0';
      }),
      [],
    );
  });

  it('refuses a maximum that is no exact number, naming the field and the value', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').declaredMax = '2,5')),
      [
        ['1', 'max-mismatch'],
        ['1.1', 'invalid-exact', ['declaredMax = "2,5"', '"1/3"']],
      ],
    );
    expectFindings(
      broken((c) => (nodeOf(c, '1').declaredMax = 3)),
      [['1', 'invalid-exact', ['declaredMax = 3']]],
    );
  });

  it('compares a group maximum only where one is declared', () => {
    expectFindings(
      broken((c) => delete nodeOf(c, '1').declaredMax),
      [],
    );
  });

  it.each([{}, 'x', 3])('refuses children of %p and looks no further into the node', (children) => {
    expectFindings(
      broken((c) => {
        const group = nodeOf(c, '1');
        group.children = children;
        group.rule = { kind: 'yes-no' };
      }),
      [['1', 'invalid-node', ['"children"']]],
    );
  });

  it('reads a node with empty children as a leaf', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1').children = [])),
      [
        ['1', 'invalid-inputs', ['inputs']],
        ['1', 'missing-rule', ['rule']],
      ],
    );
  });

  it.each([
    ['a rule', { rule: { kind: 'yes-no' } }],
    ['inputs', { inputs: [] }],
    ['a null rule', { rule: null }],
  ])('refuses a group with %s of its own', (_what, extra) => {
    expectFindings(
      broken((c) => Object.assign(nodeOf(c, '1'), extra)),
      [['1', 'rule-on-group', { vi: ['cách tính điểm'], en: ['rule', 'inputs'] }]],
    );
  });

  it('reports a group maximum that differs from its children, with both figures', () => {
    const [thirds] = expectFindings(
      broken((c) => (nodeOf(c, '1').declaredMax = '1/3')),
      [['1', 'max-mismatch', { vi: ['ghi 1/3', 'là 3;'], en: ['maximum 1/3', 'up to 3;'] }]],
    );
    expect(thirds).toMatchObject({ declared: 0.333333, computed: 3 });
    const [decimal] = expectFindings(
      broken((c) => {
        nodeOf(c, '1').declaredMax = '2.5';
        nodeOf(c, '1.2').declaredMax = '1/3';
      }),
      [['1', 'max-mismatch', { vi: ['ghi 2.5', 'là 7/3;'], en: ['maximum 2.5', 'up to 7/3;'] }]],
    );
    expect(decimal).toMatchObject({ declared: 2.5, computed: 2.333333 });
  });
});

describe('appliesTo', () => {
  it.each([
    ['a string', 'district'],
    ['an empty list', []],
    ['an unknown block', ['district', 'province']],
    ['a repeated block', ['district', 'district']],
    ['null', null],
  ])('refuses %s', (_what, appliesTo) => {
    expectFindings(
      broken((c) => (nodeOf(c, '1.1').appliesTo = appliesTo)),
      [['1.1', 'applies-to', ['"appliesTo"', 'department, district']]],
    );
  });

  it('accepts one block or both', () => {
    expectFindings(
      broken((c) => (nodeOf(c, '1').appliesTo = ['district', 'department'])),
      [],
    );
    expectFindings(
      broken((c) => (nodeOf(c, '1.2').appliesTo = ['department'])),
      [],
    );
  });

  it('notes a child that applies to a block its parent does not, naming only that block', () => {
    expectFindings(
      broken((c) => {
        nodeOf(c, '1').appliesTo = ['department'];
        nodeOf(c, '1.1').appliesTo = ['department', 'district'];
      }),
      [['1.1', 'applies-to-widens', { vi: ['cho district trong'], en: ['to district although'] }]],
    );
  });

  it('passes a valid list down to the grandchildren, and the inherited one past an invalid list', () => {
    expectFindings(
      broken((c) => {
        (c.root as Json).appliesTo = ['department'];
        nodeOf(c, '1.1').appliesTo = ['district'];
      }),
      [['1.1', 'applies-to-widens', ['district']]],
    );
    expectFindings(
      broken((c) => {
        nodeOf(c, '1').appliesTo = ['province'];
        nodeOf(c, '1.1').appliesTo = ['district'];
      }),
      [['1', 'applies-to']],
    );
  });
});

describe('leaves and their inputs', () => {
  it('reports a leaf without a maximum', () => {
    expectFindings(
      broken((c) => {
        delete nodeOf(c, '1.2').declaredMax;
        nodeOf(c, '1').declaredMax = '2';
      }),
      [['1.2', 'missing-max', { vi: ['tối đa'], en: ['maximum'] }]],
    );
  });

  it.each([undefined, null, 'a'])('reports a rule of %p, and no unused inputs then', (rule) => {
    expectFindings(leafWith(rule, [input('a', 'count')]), [['1.1', 'missing-rule', ['rule']]]);
  });

  it('notes an input the rule does not use, by name', () => {
    expectFindings(
      leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [
        input('a', 'count'),
        input('c', 'quantity'),
        input('b', 'count'),
      ]),
      [['1.1', 'unused-input', ['"c"']]],
    );
  });

  it.each([undefined, [], 'a', {}])('refuses inputs of %p', (inputs) => {
    expectFindings(leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, inputs), [
      ['1.1', 'invalid-inputs', ['inputs']],
      ['1.1', 'unknown-input', ['"b"']],
      ['1.1', 'unknown-input', ['"a"']],
    ]);
  });

  it.each([
    ['not an object', 'b'],
    ['no name', { type: 'count', label: 'B' }],
    ['a blank name', { name: ' ', type: 'count', label: 'B' }],
    ['an unknown type', { name: 'b', type: 'text', label: 'B' }],
    ['no label', { name: 'b', type: 'count' }],
    ['a blank label', { name: 'b', type: 'count', label: '' }],
  ])('refuses an input with %s, naming its position, and does not declare it', (_what, entry) => {
    expectFindings(leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [input('a', 'count'), entry]), [
      ['1.1', 'invalid-inputs', ['#2', '"name"', '"type"', 'count/quantity/boolean/option', '"label"']],
      ['1.1', 'unknown-input', ['"b"']],
    ]);
  });

  it('refuses an input declared twice, by name', () => {
    expectFindings(
      leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [
        input('a', 'count'),
        input('b', 'count'),
        input('a', 'quantity'),
      ]),
      [['1.1', 'invalid-inputs', ['"a"']]],
    );
  });

  it('checks the label and seed text of an input, naming the field', () => {
    expectFindings(
      leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [
        { name: 'a', type: 'count', label: 'Số tnh', seedText: 'tnh' },
        { name: 'b', type: 'count', label: 'B', seedText: 3 },
      ]),
      [
        ['1.1', 'broken-syllable', ['inputs.a.label', '"tnh"']],
        ['1.1', 'invalid-node', ['"inputs.b.seedText"']],
      ],
    );
  });
});

describe('rules', () => {
  const counts = [input('a', 'count'), input('b', 'count')];

  it('accepts each kind of rule when well formed', () => {
    const rules: Array<[unknown, unknown]> = [
      [{ kind: 'ratio', numerator: ['b'], denominator: ['a'], allowNumeratorAboveDenominator: true }, counts],
      [{ kind: 'ratio', numerator: 'b', denominator: 'a', zeroWhenNumeratorZero: false }, counts],
      [{ kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold: '80%' }, counts],
      [{ kind: 'step-threshold', numerator: 'a', threshold: '1/100' }, [input('a', 'quantity')]],
      [{ kind: 'yes-no' }, [input('value', 'boolean')]],
      [
        {
          kind: 'tiered',
          options: [
            { label: 'Đủ', fraction: '0' },
            { label: 'Một nửa', fraction: '1' },
          ],
        },
        [input('option', 'option')],
      ],
      [
        {
          kind: 'per-item',
          items: [
            { input: 'a', label: 'A', pointsEach: '0', cap: '0', maxCount: '0' },
            { input: 'v', label: 'V', pointsEach: '1/2', cap: '1', maxCount: '8' },
          ],
        },
        [input('a', 'count'), input('v', 'boolean')],
      ],
      [
        {
          kind: 'weighted-ratios',
          denominator: 'a',
          terms: [{ numerator: 'b', weight: '1/2' }],
          fullWhen: { numerator: 'c', threshold: '1' },
        },
        [input('a', 'count'), input('b', 'quantity'), input('c', 'count')],
      ],
      [{ kind: 'share-of-set', contents: [{ label: 'Kế hoạch', seedText: null }] }, [input('count', 'count')]],
    ];
    for (const [rule, inputs] of rules) expectFindings(leafWith(rule, inputs), []);
  });

  it('refuses an unknown kind, naming it', () => {
    expectFindings(leafWith({ kind: 'magic' }, counts), [
      ['1.1', 'invalid-rule', ['"magic"']],
      ['1.1', 'unused-input', ['"a"']],
      ['1.1', 'unused-input', ['"b"']],
    ]);
    expectFindings(leafWith({}, counts), [
      ['1.1', 'invalid-rule', ['"undefined"']],
      ['1.1', 'unused-input'],
      ['1.1', 'unused-input'],
    ]);
  });

  describe('operands', () => {
    it.each([
      ['numerator', 'b', { kind: 'ratio', numerator: 3, denominator: 'a' }],
      ['numerator', 'b', { kind: 'ratio', numerator: [], denominator: 'a' }],
      ['numerator', 'b', { kind: 'ratio', numerator: ['b', ''], denominator: 'a' }],
      ['numerator', 'b', { kind: 'ratio', numerator: ['b', 3], denominator: 'a' }],
      ['denominator', 'a', { kind: 'ratio', numerator: 'b', denominator: undefined }],
      ['numerator', 'b', { kind: 'threshold-proportional', numerator: undefined, denominator: 'a', threshold: '1' }],
      ['denominator', 'a', { kind: 'step-threshold', numerator: 'b', denominator: null, threshold: '1' }],
    ])('refuses a %s that names no input (a list is allowed there), leaving %p unused', (role, unused, rule) => {
      expectFindings(leafWith(rule, counts), [
        [
          '1.1',
          'invalid-rule',
          { vi: [`"${role}"`, ' hoặc danh sách tên số liệu'], en: [`"${role}"`, ' or a list of inputs'] },
        ],
        ['1.1', 'unused-input', [`"${unused}"`]],
      ]);
    });

    it('reads a sum of inputs, each checked', () => {
      expectFindings(
        leafWith({ kind: 'ratio', numerator: ['b', 'c'], denominator: ['a', 'x'] }, [...counts, input('c', 'count')]),
        [['1.1', 'unknown-input', ['"denominator"', '"x"']]],
      );
    });

    it('reports an undeclared input, naming the role and the name, and counts it used', () => {
      expectFindings(leafWith({ kind: 'ratio', numerator: 'x', denominator: 'a' }, counts), [
        ['1.1', 'unknown-input', ['"numerator"', '"x"']],
        ['1.1', 'unused-input', ['"b"']],
      ]);
    });

    it('reports an input of the wrong type, naming the types, the name and its type', () => {
      expectFindings(
        leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [input('a', 'count'), input('b', 'boolean')]),
        [['1.1', 'input-type', ['"numerator"', 'count/quantity', '"b"', 'boolean']]],
      );
      expectFindings(
        leafWith({ kind: 'ratio', numerator: 'b', denominator: 'a' }, [input('a', 'option'), input('b', 'quantity')]),
        [['1.1', 'input-type', ['"denominator"', 'count/quantity', '"a"', 'option']]],
      );
    });

    it('checks an optional denominator only when given', () => {
      expectFindings(
        leafWith({ kind: 'threshold-proportional', numerator: 'b', threshold: '1' }, [input('b', 'count')]),
        [],
      );
      expectFindings(
        leafWith({ kind: 'step-threshold', numerator: 'b', denominator: 'x', threshold: '1' }, [input('b', 'count')]),
        [['1.1', 'unknown-input', ['"denominator"', '"x"']]],
      );
    });
  });

  it.each([
    [
      'allowNumeratorAboveDenominator',
      { kind: 'ratio', numerator: 'b', denominator: 'a', allowNumeratorAboveDenominator: 1 },
    ],
    ['zeroWhenNumeratorZero', { kind: 'ratio', numerator: 'b', denominator: 'a', zeroWhenNumeratorZero: 'yes' }],
    [
      'allowNumeratorAboveDenominator',
      {
        kind: 'step-threshold',
        numerator: 'b',
        denominator: 'a',
        threshold: '1',
        allowNumeratorAboveDenominator: null,
      },
    ],
  ])('refuses a %s that is no boolean', (field, rule) => {
    expectFindings(leafWith(rule, counts), [
      ['1.1', 'invalid-rule', { vi: [`"${field}"`, 'true/false'], en: [`"${field}"`, 'boolean'] }],
    ]);
  });

  it.each([
    ['0', 'threshold', { vi: ['Ngưỡng 0 ', 'lớn hơn 0'], en: ['Threshold 0 ', 'positive'] }],
    ['-1/2', 'threshold', { vi: ['Ngưỡng -1/2 '], en: ['Threshold -1/2 '] }],
    ['0%', 'threshold', { vi: ['Ngưỡng 0% '], en: ['Threshold 0% '] }],
    ['x', 'invalid-exact', ['threshold = "x"']],
    [undefined, 'invalid-exact', ['threshold = undefined']],
  ])('refuses a threshold of %p', (threshold, kind, mentions: Mentions) => {
    expectFindings(leafWith({ kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold }, counts), [
      ['1.1', kind, mentions],
    ]);
  });

  it('accepts the smallest positive threshold', () => {
    expectFindings(
      leafWith({ kind: 'step-threshold', numerator: 'b', denominator: 'a', threshold: '1/1000000' }, counts),
      [],
    );
  });

  describe('yes-no, tiered and share-of-set: exactly one input of their type', () => {
    it.each([
      ['yes-no', { kind: 'yes-no' }, 'boolean', [input('a', 'count')], 0],
      ['yes-no', { kind: 'yes-no' }, 'boolean', [input('a', 'boolean'), input('b', 'boolean')], 2],
      ['tiered', { kind: 'tiered', options: [{ label: 'A', fraction: '1' }] }, 'option', [input('a', 'boolean')], 0],
      ['share-of-set', { kind: 'share-of-set', contents: [{ label: 'A' }] }, 'count', [input('a', 'quantity')], 0],
    ])('%s', (_kind, rule, type, inputs, found) => {
      const unused = inputs
        .filter((entry) => entry.type !== type)
        .map((entry): Expected => ['1.1', 'unused-input', [`"${entry.name as string}"`]]);
      expectFindings(leafWith(rule, inputs), [
        ['1.1', 'input-type', { vi: [`kiểu ${type} (đang có ${found})`], en: [`one ${type} input (found ${found})`] }],
        ...unused,
      ]);
    });
  });

  describe('lists of options, items, terms and contents', () => {
    it.each([
      ['options', { kind: 'tiered', options: [] }, [input('o', 'option')], []],
      ['options', { kind: 'tiered' }, [input('o', 'option')], []],
      ['items', { kind: 'per-item', items: {} }, [input('a', 'count')], ['a']],
      ['terms', { kind: 'weighted-ratios', denominator: 'a', terms: 'b' }, [input('a', 'count')], []],
      ['contents', { kind: 'share-of-set', contents: [] }, [input('n', 'count')], []],
    ])('refuses %s that are no non-empty list', (field, rule, inputs, unused) => {
      expectFindings(leafWith(rule, inputs), [
        ['1.1', 'invalid-rule', [`"${field}"`]],
        ...unused.map((name): Expected => ['1.1', 'unused-input', [`"${name}"`]]),
      ]);
    });

    it('checks each tiered option: label, seed text, fraction in [0, 1]', () => {
      expectFindings(
        leafWith(
          {
            kind: 'tiered',
            options: [
              { label: 'Đủ', fraction: '1' },
              { fraction: '1/2', seedText: 4 },
              'x',
              { label: 'mng', fraction: '3/2' },
              { label: 'Không', fraction: '-1/100' },
              { label: 'Lẻ', fraction: 'nửa' },
            ],
          },
          [input('o', 'option')],
        ),
        [
          ['1.1', 'invalid-rule', ['options[1]: ', '"label"']],
          ['1.1', 'invalid-node', ['"options[1].seedText"']],
          ['1.1', 'invalid-rule', ['options[2]: ', '"label"']],
          ['1.1', 'invalid-exact', ['options[2].fraction = undefined']],
          ['1.1', 'broken-syllable', ['options[3].label', '"mng"']],
          ['1.1', 'fraction-range', ['options[3].fraction = 3/2', '[0, 1]']],
          ['1.1', 'fraction-range', ['options[4].fraction = -1/100', '[0, 1]']],
          ['1.1', 'invalid-exact', ['options[5].fraction = "nửa"']],
        ],
      );
    });

    it('checks each per-item item: a count or boolean input (no sums), label, seed text, non-negative figures', () => {
      const seen = expectFindings(
        leafWith(
          {
            kind: 'per-item',
            items: [
              { input: 'q', label: 'Q', pointsEach: '1' },
              { input: ['a'], pointsEach: '-1', seedText: 2 },
              { input: 'a', label: 'tnh', pointsEach: '1', cap: '-1/2', maxCount: '-1' },
              { input: 'a', label: 'A', pointsEach: 'x', cap: 'y', maxCount: '1.5' },
              { input: 'a', label: 'A', pointsEach: '0', maxCount: 'z' },
            ],
          },
          [input('a', 'count'), input('q', 'quantity')],
        ),
        [
          ['1.1', 'input-type', ['"items[0].input"', 'count/boolean', '"q"', 'quantity']],
          ['1.1', 'invalid-rule', ['"items[1].input"']],
          ['1.1', 'invalid-rule', ['items[1]: ', '"label"']],
          ['1.1', 'invalid-node', ['"items[1].seedText"']],
          ['1.1', 'invalid-rule', ['items[1].pointsEach']],
          ['1.1', 'broken-syllable', ['items[2].label', '"tnh"']],
          ['1.1', 'invalid-rule', ['items[2].cap']],
          ['1.1', 'invalid-rule', ['items[2].maxCount']],
          ['1.1', 'invalid-exact', ['items[3].pointsEach = "x"']],
          ['1.1', 'invalid-exact', ['items[3].cap = "y"']],
          ['1.1', 'invalid-rule', ['items[3].maxCount']],
          ['1.1', 'invalid-exact', ['items[4].maxCount = "z"']],
        ],
      );
      // An item names one input: its refusal offers no list, and says nothing more.
      expect(seen[1].vi).toMatch(/"items\[1\].input" phải là tên số liệu$/);
      expect(seen[1].en).toMatch(/"items\[1\].input" must name an input$/);
    });

    it('checks weighted ratios: one denominator, each term, and fullWhen when given', () => {
      expectFindings(
        leafWith(
          {
            kind: 'weighted-ratios',
            denominator: ['a'],
            terms: [{ numerator: 'b', weight: '2' }, { weight: '1/2' }, 'x'],
            fullWhen: 'always',
          },
          [input('a', 'count'), input('b', 'count')],
        ),
        [
          ['1.1', 'invalid-rule', ['"denominator"']],
          ['1.1', 'fraction-range', ['terms[0].weight = 2']],
          ['1.1', 'invalid-rule', ['"terms[1].numerator"']],
          ['1.1', 'invalid-rule', ['"terms[2].numerator"']],
          ['1.1', 'invalid-exact', ['terms[2].weight = undefined']],
          ['1.1', 'invalid-rule', ['"fullWhen.numerator"']],
          ['1.1', 'invalid-exact', ['threshold = undefined']],
          ['1.1', 'unused-input', ['"a"']],
        ],
      );
      expectFindings(
        leafWith(
          {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [{ numerator: ['b'], weight: '1' }],
            fullWhen: { numerator: 'x', threshold: '0' },
          },
          [input('a', 'count'), input('b', 'count')],
        ),
        [
          ['1.1', 'invalid-rule', ['"terms[0].numerator"']],
          ['1.1', 'unknown-input', ['"fullWhen.numerator"', '"x"']],
          ['1.1', 'threshold', ['0']],
          ['1.1', 'unused-input', ['"b"']],
        ],
      );
      const [fullWhen] = expectFindings(
        leafWith(
          {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [{ numerator: 'b', weight: '1' }],
            fullWhen: { numerator: ['b'], threshold: '1' },
          },
          [input('a', 'count'), input('b', 'count')],
        ),
        [['1.1', 'invalid-rule', ['"fullWhen.numerator"']]],
      );
      expect(fullWhen.en).toMatch(/must name an input$/);
    });

    it('checks each share-of-set content: label and seed text', () => {
      expectFindings(
        leafWith({ kind: 'share-of-set', contents: [{ label: 'Đủ' }, { seedText: 1 }, { label: 'chuyn đi s' }] }, [
          input('n', 'count'),
        ]),
        [
          ['1.1', 'invalid-rule', ['contents[1]: ', '"label"']],
          ['1.1', 'invalid-node', ['"contents[1].seedText"']],
          ['1.1', 'broken-syllable', ['contents[2].label', '"chuyn", "đi", "s"', '"chuyn đi s"']],
        ],
      );
    });
  });
});

describe('errata', () => {
  it.each([undefined, null, {}, 'none'])('refuses errata of %p', (errata) => {
    expectFindings(
      broken((c) => (c.errata = errata)),
      [['spec-1', 'invalid-catalogue', ['errata']]],
    );
  });

  it('reports each erratum under its code and kind, with what the seed says and the reading', () => {
    expectFindings(
      broken(
        (c) =>
          (c.errata = [
            { code: '1.1', kind: 'inverted-ratio', seedSays: 'a/b', interpretation: 'b/a is meant.' },
            { code: '1', kind: 'merged-rows', seedSays: 'x', interpretation: 'y' },
          ]),
      ),
      [
        ['1.1', 'inverted-ratio', { vi: ['Đính chính'], en: ['"a/b" → b/a is meant.'] }],
        ['1', 'merged-rows', { vi: ['Đính chính'], en: ['"x" → y'] }],
      ],
    );
  });

  it('notes an erratum about a code the catalogue does not have, naming its position and the code', () => {
    expectFindings(
      broken(
        (c) =>
          (c.errata = [
            { code: '1', kind: 'other', seedSays: 's', interpretation: 'i' },
            { code: '9.9', kind: 'copied-row', seedSays: 's', interpretation: 'i' },
          ]),
      ),
      [
        ['1', 'other'],
        ['9.9', 'copied-row'],
        ['9.9', 'unknown-erratum-code', ['#2', '9.9']],
      ],
    );
  });

  it.each([
    ['not an object', 'x', 'errata[1]'],
    ['no code', { kind: 'other', seedSays: 's', interpretation: 'i' }, 'errata[1]'],
    ['a blank code', { code: ' ', kind: 'other', seedSays: 's', interpretation: 'i' }, 'errata[1]'],
    ['an unknown kind', { code: '1', kind: 'typo', seedSays: 's', interpretation: 'i' }, '1'],
    ['no kind', { code: '1', seedSays: 's', interpretation: 'i' }, '1'],
    ['no seedSays', { code: '1', kind: 'other', interpretation: 'i' }, '1'],
    ['a blank seedSays', { code: '1', kind: 'other', seedSays: ' ', interpretation: 'i' }, '1'],
    ['no interpretation', { code: '1', kind: 'other', seedSays: 's', interpretation: '' }, '1'],
  ])('refuses an erratum with %s, under %p', (_what, erratum, code) => {
    expectFindings(
      broken((c) => (c.errata = [{ code: '1', kind: 'other', seedSays: 's', interpretation: 'i' }, erratum])),
      [
        ['1', 'other'],
        [code, 'invalid-erratum', ['#2', '"code"', '"kind"', '"seedSays"', '"interpretation"']],
      ],
    );
  });
});

it('reads its tables afresh on each load: every input type, and count or boolean items', () => {
  // The validator's lists of types are built when the module loads; a fresh load checks them too.
  let fresh: typeof validateCatalogue | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<{ validateCatalogue: typeof validateCatalogue }>(
      './catalogue.validator',
    ).validateCatalogue;
  });
  const catalogue = broken((c) => {
    Object.assign(nodeOf(c, '1.1'), {
      rule: {
        kind: 'per-item',
        items: [
          { input: 'a', label: 'A', pointsEach: '1' },
          { input: 'v', label: 'V', pointsEach: '1' },
        ],
      },
      inputs: [input('a', 'count'), input('v', 'boolean')],
    });
    nodeOf(c, '1.2').rule = { kind: 'ratio', numerator: 'q', denominator: 'q' };
    nodeOf(c, '1.2').inputs = [input('q', 'quantity')];
    c.errata = [{ code: '1', kind: 'formula-typo', seedSays: 's', interpretation: 'i' }];
  });
  expect(fresh?.(catalogue as unknown as Catalogue).map((f) => `${f.code} ${f.kind}`)).toEqual(['1 formula-typo']);
});
