import { fixtureCatalogue } from '../testing/fixture.catalogue';
import type { ScoreCardNode } from './score-card';
import { scoreCard } from './score-card';
import { ScoringError } from './scoring-error';

const catalogue = fixtureCatalogue();

function find(node: ScoreCardNode, code: string): ScoreCardNode {
  const search = (current: ScoreCardNode): ScoreCardNode | undefined =>
    current.code === code ? current : current.children.map(search).find(Boolean);
  const found = search(node);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

describe('scoreCard', () => {
  it('mirrors the catalogue and rolls totals up from the leaves, never from declared maxima', () => {
    const card = scoreCard(catalogue, {});
    expect(card.catalogueId).toBe('fixture-2020');
    expect(card.root.code).toBe('I');
    expect(card.root.children.map((child) => child.code)).toEqual(['1', '2']);
    // Group 1 declares 99; its leaves are worth 2 + 3 + 4 + 2 + 2 + 10.
    expect(find(card.root, '1').applicableMax.toString()).toBe('23');
    expect(card.root.applicableMax.toString()).toBe('45');
    expect(card.root.points.toString()).toBe('0');
    expect(card.root.percent?.toString()).toBe('0');
    expect(card.root.counts['not-reported']).toBe(12);
  });

  it('scores reported criteria, counts missing ones as 0 of their max and keeps errors visible', () => {
    const card = scoreCard(catalogue, {
      '1.1': { inputs: { a: 4, b: 3 } },
      '1.3': { inputs: { a: 1000, b: 50 } },
      '2.1': { inputs: { value: true } },
      '2.2': { inputs: { option: 9 } },
    });
    const ratio = find(card.root, '1.1');
    expect(ratio.status).toBe('scored');
    expect(ratio.score?.points.toString()).toBe('3/2');
    expect(ratio.percent?.toString()).toBe('3/4');
    expect(find(card.root, '1.4').status).toBe('not-reported');
    const broken = find(card.root, '2.2');
    expect(broken.status).toBe('error');
    expect(broken.error).toBeInstanceOf(ScoringError);
    expect(broken.error?.code).toBe('OPTION_OUT_OF_RANGE');
    expect(broken.applicableMax.toString()).toBe('3');
    expect(find(card.root, '1').points.toString()).toBe('7/2');
    expect(card.root.points.toString()).toBe('11/2');
    expect(card.root.applicableMax.toString()).toBe('45');
    expect(card.root.counts).toEqual({
      scored: 3,
      error: 1,
      'not-reported': 8,
      'not-applicable': 0,
      'out-of-scope': 0,
    });
  });

  it('leaves a not-applicable criterion out of both points and maximum', () => {
    const card = scoreCard(catalogue, {
      '1.1': { inputs: { a: 4, b: 4 } },
      '1.2': { notApplicable: { reason: 'Không có giao dịch chia sẻ dữ liệu' } },
    });
    const na = find(card.root, '1.2');
    expect(na.status).toBe('not-applicable');
    expect(na.notApplicableReason).toBe('Không có giao dịch chia sẻ dữ liệu');
    expect(na.applicableMax.toString()).toBe('0');
    expect(na.percent).toBeNull();
    expect(find(card.root, '1').applicableMax.toString()).toBe('20');
    expect(card.root.applicableMax.toString()).toBe('42');
  });

  it('keeps criteria of the other block out of scope', () => {
    const department = scoreCard(catalogue, { '2.1': { inputs: { value: true } } }, { block: 'department' });
    expect(department.block).toBe('department');
    expect(find(department.root, '2').applicableMax.toString()).toBe('0');
    expect(find(department.root, '2').percent).toBeNull();
    expect(find(department.root, '2.1').status).toBe('out-of-scope');
    expect(department.root.applicableMax.toString()).toBe('23');
    const district = scoreCard(catalogue, {}, { block: 'district' });
    expect(find(district.root, '1.3').status).toBe('out-of-scope');
    expect(district.root.applicableMax.toString()).toBe('41');
    expect(district.root.counts['out-of-scope']).toBe(1);
  });

  it('reports a malformed entry as an error of its criterion', () => {
    const card = scoreCard(catalogue, {
      '1.1': { notApplicable: { reason: '  ' } },
      '1.2': {} as never,
      '1.3': { inputs: { a: 1, b: 1 }, notApplicable: { reason: 'x' } } as never,
    });
    expect(['1.1', '1.2', '1.3'].map((code) => find(card.root, code).error?.code)).toEqual([
      'INVALID_ENTRY',
      'INVALID_ENTRY',
      'INVALID_ENTRY',
    ]);
  });

  it('throws for an entry whose code is not a criterion of the catalogue', () => {
    expect(() => scoreCard(catalogue, { '7.7': { inputs: {} } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CRITERION' }),
    );
    expect(() => scoreCard(catalogue, { '1': { inputs: {} } })).toThrow(
      expect.objectContaining({ code: 'NOT_A_CRITERION' }),
    );
  });

  it('accepts a Map of entries', () => {
    const card = scoreCard(catalogue, new Map([['2.6', { inputs: { count: 2 } }]]));
    expect(find(card.root, '2.6').points.toString()).toBe('1');
  });

  it('rolls counts up through every level, not only to the root', () => {
    const card = scoreCard(catalogue, { '1.1': { inputs: { a: 4, b: 3 } }, '1.2': { inputs: { a: 1, b: 1 } } });
    expect(find(card.root, '1').counts).toMatchObject({ scored: 2, 'not-reported': 4 });
    expect(find(card.root, '2').counts).toMatchObject({ scored: 0, 'not-reported': 6 });
    expect(card.root.counts).toMatchObject({ scored: 2, 'not-reported': 10 });
  });

  it('names no block when none was asked for', () => {
    expect(Object.keys(scoreCard(catalogue, {}))).not.toContain('block');
  });

  it('keeps the reason of a not-applicable criterion without the spaces around it', () => {
    const card = scoreCard(catalogue, { '1.2': { notApplicable: { reason: '  Không có giao dịch  ' } } });
    expect(find(card.root, '1.2').notApplicableReason).toBe('Không có giao dịch');
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['text', 'không áp dụng'],
    ['a null notApplicable', { notApplicable: null }],
    ['a notApplicable that is text', { notApplicable: 'không áp dụng' }],
    ['a reason that is not text', { notApplicable: { reason: 5 } }],
  ])('refuses an entry that is %s as INVALID_ENTRY of its criterion, naming it', (_what, entry) => {
    const node = find(scoreCard(catalogue, { '1.1': entry as never }).root, '1.1');
    expect(node.status).toBe('error');
    expect(node.error).toMatchObject({ code: 'INVALID_ENTRY', criterion: '1.1' });
    expect(node.error?.messageVi).toContain('1.1');
    expect(node.error?.messageEn).toContain('1.1');
  });

  it('tells a missing reason apart from a malformed entry', () => {
    const card = scoreCard(catalogue, { '1.1': { notApplicable: { reason: ' ' } }, '1.2': {} as never });
    expect(find(card.root, '1.1').error?.messageEn).toContain('without a reason');
    expect(find(card.root, '1.1').error?.messageVi).toContain('thiếu lý do');
    expect(find(card.root, '1.2').error?.messageEn).toContain('either { inputs } or { notApplicable: { reason } }');
    expect(find(card.root, '1.2').error?.messageVi).toContain('cần hoặc { inputs }');
  });

  it('lets anything but a ScoringError through: a bug is not a reporting error', () => {
    const entry = {
      get inputs(): unknown {
        throw new TypeError('broken getter');
      },
    };
    expect(() => scoreCard(catalogue, { '1.1': entry })).toThrow(TypeError);
  });
});
