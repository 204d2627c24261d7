/**
 * Group 5 scored by hand: every expected figure was worked out from the seed's "Cách tính điểm" text (and the
 * errata where the seed is wrong), not by running the engine; each case's `why` carries the arithmetic.
 * The catalogue is a small one around group 5, so these tests do not depend on the assembled tth-2020 index.
 */
import { scoreCriterion, ScoringError } from '@dti/scoring';
import type { Catalogue, CatalogueNode } from '../catalogue.types';
import { group5, group5Errata } from './group-5';

const catalogue: Catalogue = {
  id: 'tth-2020',
  title: 't',
  source: 's',
  effectiveFrom: '2021-01-01',
  root: { code: 'I', title: 'CHÍNH QUYỀN SỐ', children: [group5] },
  errata: group5Errata,
};

interface Case {
  code: string;
  inputs: Record<string, number | boolean>;
  /** The hand computation. */
  why: string;
  /** Points in lowest terms, as Rational#toString() gives them. */
  exact: string;
  /** Points for display, two decimals. */
  display: string;
  /** The criterion's maximum. */
  of: string;
}

const cases: Case[] = [
  { code: '5.1.1', inputs: { a: 200, b: 150 }, why: '150/200 = 3/4 × 2 = 3/2', exact: '3/2', display: '1.50', of: '2' },
  {
    code: '5.2.1',
    inputs: { a: 100, b: 30, c: 60 },
    why: '30/100 × 2 × 1/2 + 60/100 × 2 = 0.3 + 1.2 = 1.5',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  {
    code: '5.2.1',
    inputs: { a: 50, b: 0, c: 50 },
    why: 'all fully electronic: 0 + 50/50 × 2 = 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '5.2.2',
    inputs: { a: 300, b: 100, c: 150 },
    why: '100/300 × 2 × 1/2 + 150/300 × 2 = 1/3 + 1 = 4/3',
    exact: '4/3',
    display: '1.33',
    of: '2',
  },
  {
    code: '5.2.3',
    inputs: { a: 80, b: 80, c: 0 },
    why: 'all paper + electronic: 80/80 × 2 × 1/2 = 1',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  { code: '5.3.1', inputs: { a: 30, b: 30 }, why: '30/30 × 2 = 2', exact: '2', display: '2.00', of: '2' },
  { code: '5.3.2', inputs: { a: 45, b: 36 }, why: '36/45 = 4/5 × 2 = 8/5', exact: '8/5', display: '1.60', of: '2' },
  { code: '5.4.1', inputs: { a: 7, b: 3 }, why: '3/7 × 2 = 6/7 = 0.857…', exact: '6/7', display: '0.86', of: '2' },
  { code: '5.4.2', inputs: { a: 12, b: 9 }, why: '9/12 = 3/4 × 2 = 3/2', exact: '3/2', display: '1.50', of: '2' },
  { code: '5.4.3', inputs: { a: 10, b: 0 }, why: '0/10 × 2 = 0', exact: '0', display: '0.00', of: '2' },
  { code: '5.4.4', inputs: { a: 9, b: 6 }, why: '6/9 = 2/3 × 2 = 4/3', exact: '4/3', display: '1.33', of: '2' },
  { code: '5.5.1', inputs: { value: true }, why: 'deployed: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '5.5.1', inputs: { value: false }, why: 'not deployed: 0', exact: '0', display: '0.00', of: '2' },
  { code: '5.5.2', inputs: { a: 24, b: 18 }, why: '18/24 = 3/4 × 2 = 3/2', exact: '3/2', display: '1.50', of: '2' },
  { code: '5.6.1', inputs: { a: 40, b: 25 }, why: '25/40 = 5/8 × 2 = 5/4', exact: '5/4', display: '1.25', of: '2' },
  {
    code: '5.7.1',
    inputs: { a: 200, b: 60 },
    why: '60/200 = 30% < 50% → 30%/50% × 2 = 6/5',
    exact: '6/5',
    display: '1.20',
    of: '2',
  },
  { code: '5.7.1', inputs: { a: 10, b: 5 }, why: '5/10 = 50% ≥ 50% → full 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '5.8.1',
    inputs: { a: 200, b: 60, c: 100 },
    why: 'level 4: 100/200 = 50% < 80% → 60/200 × 10/2 + 100/200 × 10 = 1.5 + 5 = 6.5',
    exact: '13/2',
    display: '6.50',
    of: '10',
  },
  {
    code: '5.8.1',
    inputs: { a: 100, b: 20, c: 79 },
    why: 'level 4: 79% < 80% → 20/100 × 10/2 + 79/100 × 10 = 1 + 7.9 = 8.9',
    exact: '89/10',
    display: '8.90',
    of: '10',
  },
  {
    code: '5.8.1',
    inputs: { a: 100, b: 10, c: 80 },
    why: 'level 4: 80/100 = 80% ≥ 80% → full 10 (the formula would give 0.5 + 8 = 8.5)',
    exact: '10',
    display: '10.00',
    of: '10',
  },
  {
    code: '5.9.1',
    inputs: { a: 40, b: 20, c: 60, d: 30 },
    why: 'x = (20+30)/(40+60) = 50% < 70% → 50%/70% × 10 = 50/7',
    exact: '50/7',
    display: '7.14',
    of: '10',
  },
  {
    code: '5.9.1',
    inputs: { a: 10, b: 8, c: 10, d: 6 },
    why: 'x = (8+6)/(10+10) = 70% ≥ 70% → full 10',
    exact: '10',
    display: '10.00',
    of: '10',
  },
  {
    code: '5.10.1',
    inputs: { a: 1000, b: 450 },
    why: '450/1000 = 45% < 60% → 45%/60% × 4 = 3',
    exact: '3',
    display: '3.00',
    of: '4',
  },
  {
    code: '5.10.1',
    inputs: { a: 1000, b: 600 },
    why: '600/1000 = 60%: the lost sign read as ≥ 60% → full 4',
    exact: '4',
    display: '4.00',
    of: '4',
  },
  {
    code: '5.10.2',
    inputs: { a: 500, b: 100 },
    why: '100/500 = 20% < 60% → 20%/60% × 4 = 4/3',
    exact: '4/3',
    display: '1.33',
    of: '4',
  },
  {
    code: '5.10.3',
    inputs: { a: 250, b: 200 },
    why: '200/250 = 80% ≥ 60% → full 4',
    exact: '4',
    display: '4.00',
    of: '4',
  },
  {
    code: '5.11.1',
    inputs: { a: 400, b: 300 },
    why: '300/400 = 75% < 80% → 75%/80% × 5 = 75/16 = 4.6875',
    exact: '75/16',
    display: '4.69',
    of: '5',
  },
  {
    code: '5.11.1',
    inputs: { a: 400, b: 320 },
    why: '320/400 = 80%: the lost sign read as ≥ 80% → full 5',
    exact: '5',
    display: '5.00',
    of: '5',
  },
  {
    code: '5.12.1',
    inputs: { a: 40, b: 10 },
    why: "the seed's a% = 10/40 = 25% < 50% → 2 × 25%/50% = 1",
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '5.12.1',
    inputs: { a: 40, b: 30 },
    why: '30/40 = 75% ≥ 50% → full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '5.12.2',
    inputs: { a: 1000, b: 49 },
    why: '49/1000 = 4.9% < 5% → 0 (all or nothing)',
    exact: '0',
    display: '0.00',
    of: '2',
  },
  {
    code: '5.12.2',
    inputs: { a: 1000, b: 50 },
    why: '50/1000 = 5% ≥ 5% → full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '5.12.3',
    inputs: { a: 300, b: 60 },
    why: '60/300 = 20% ≥ 20% → full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '5.12.3',
    inputs: { a: 300, b: 59 },
    why: '59/300 = 19.67% < 20% → 0',
    exact: '0',
    display: '0.00',
    of: '2',
  },
  {
    code: '5.13.1',
    inputs: { a: 40, b: 30 },
    why: '30 of 40 items: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  { code: '5.13.2', inputs: { a: 25, b: 25 }, why: 'all 25 items: full 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '5.13.3',
    inputs: { a: 1_100_000, b: 550_000 },
    why: '550 000 visits / 1 100 000 inhabitants = 1/2 × 2 = 1',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '5.13.3',
    inputs: { a: 1_100_000, b: 3_000_000 },
    why: '3 000 000 / 1 100 000 = 2.73 visits per inhabitant, capped at 1 → full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  { code: '5.14.1', inputs: { value: true }, why: 'has the function: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '5.14.2', inputs: { value: false }, why: 'no function: 0', exact: '0', display: '0.00', of: '2' },
  { code: '5.14.2', inputs: { value: true }, why: 'has the function: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '5.14.3', inputs: { value: true }, why: 'has e-voting: full 1', exact: '1', display: '1.00', of: '1' },
  {
    code: '5.14.4',
    inputs: { value: true },
    why: 'publishes the meetings: full 1',
    exact: '1',
    display: '1.00',
    of: '1',
  },
  { code: '5.14.4', inputs: { value: false }, why: 'does not: 0', exact: '0', display: '0.00', of: '1' },
];

interface Refusal {
  code: string;
  inputs: Record<string, number | boolean>;
  why: string;
  error: string;
}

const refusals: Refusal[] = [
  {
    code: '5.1.1',
    inputs: { a: 10, b: 11 },
    why: 'more accounts than officials',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '5.1.1', inputs: { a: 0, b: 0 }, why: 'no officials reported', error: 'ZERO_DENOMINATOR' },
  { code: '5.1.1', inputs: { a: 10 }, why: 'b missing', error: 'MISSING_INPUT' },
  {
    code: '5.2.1',
    inputs: { a: 100, b: 60, c: 50 },
    why: 'b + c = 110 documents out of 100',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '5.8.1',
    inputs: { a: 100, b: 30, c: 80 },
    why: 'b + c = 110 services out of 100',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '5.9.1',
    inputs: { a: 10, b: 12, c: 10, d: 9 },
    why: '(b+d) = 21 services with applications out of (a+c) = 20',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '5.12.2',
    inputs: { a: 100, b: 101 },
    why: 'more by post than received',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '5.5.1', inputs: { value: 1 }, why: 'yes/no given as a number', error: 'INVALID_TYPE' },
  { code: '5.8.2', inputs: { a: 1 }, why: '5.8.2 is merged into 5.8.1, not a criterion', error: 'UNKNOWN_CRITERION' },
  { code: '5.9.2', inputs: { a: 1 }, why: '5.9.2 is merged into 5.9.1, not a criterion', error: 'UNKNOWN_CRITERION' },
];

function leafCodes(node: CatalogueNode): string[] {
  return node.children?.length ? node.children.flatMap(leafCodes) : [node.code];
}

describe('tth-2020 group 5 (Hoạt động của Chính quyền số), scored by hand', () => {
  it.each(cases)('$code $inputs: $why = $exact', ({ code, inputs, exact, display, of }) => {
    const score = scoreCriterion(catalogue, code, inputs);
    expect(score.catalogueId).toBe('tth-2020');
    expect(score.criterion).toBe(code);
    expect(score.points.toString()).toBe(exact);
    expect(score.points.toFixed(2)).toBe(display);
    expect(score.max.toString()).toBe(of);
    expect(score.explanation.vi.length).toBeGreaterThan(0);
    expect(score.explanation.en.length).toBeGreaterThan(0);
  });

  it.each(refusals)('$code refuses $inputs ($why) with $error', ({ code, inputs, error }) => {
    let thrown: unknown;
    try {
      scoreCriterion(catalogue, code, inputs);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(ScoringError);
    expect((thrown as ScoringError).code).toBe(error);
  });

  it('exercises every scored criterion of the group', () => {
    const tested = new Set(cases.map((c) => c.code));
    expect(leafCodes(group5).filter((code) => !tested.has(code))).toEqual([]);
    expect(leafCodes(group5)).toHaveLength(30);
  });
});
