/**
 * Group 2 scored by hand: every figure below was worked out from the seed's "Cách tính điểm" text, not by
 * running the engine, and each case's name carries the arithmetic.
 */
import { scoreCriterion } from '@dti/scoring';
import { isLeaf, walkCatalogue } from '../catalogue-tree';
import { group2 } from './group-2';
import { tth2020 } from './index';

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

interface Refusal {
  code: string;
  inputs: Record<string, number | boolean>;
  why: string;
  error: string;
}

const cases: Case[] = [
  { code: '2.1.1', inputs: { value: true }, why: 'issued: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '2.1.1', inputs: { value: false }, why: 'not issued: 0', exact: '0', display: '0.00', of: '2' },
  { code: '2.1.2', inputs: { value: true }, why: 'issued: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '2.1.3', inputs: { value: false }, why: 'not issued: 0', exact: '0', display: '0.00', of: '2' },
  { code: '2.1.3', inputs: { value: true }, why: 'issued: full 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '2.2.1',
    inputs: { a: 8, b: 6 },
    why: '6 of 8 systems comply: 6/8 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  {
    code: '2.2.1',
    inputs: { a: 5, b: 5 },
    why: 'architecture maintained, every system complies (b = a): 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  { code: '2.2.2', inputs: { value: true }, why: 'issued: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '2.3.1', inputs: { value: true }, why: 'issued: full 1', exact: '1', display: '1.00', of: '1' },
  {
    code: '2.3.2',
    inputs: { a: 120, b: 90 },
    why: '90 of 120 workflows issued: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  { code: '2.3.2', inputs: { a: 120, b: 0 }, why: 'none issued: 0', exact: '0', display: '0.00', of: '2' },
  { code: '2.3.3', inputs: { value: true }, why: 'issued: full 1', exact: '1', display: '1.00', of: '1' },
  {
    code: '2.3.4',
    inputs: { count: 3 },
    why: '3 of the 4 contents: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  { code: '2.3.4', inputs: { count: 4 }, why: 'all 4 contents: 2', exact: '2', display: '2.00', of: '2' },
  { code: '2.3.4', inputs: { count: 1 }, why: '1 of 4: 1/4 × 2 = 1/2', exact: '1/2', display: '0.50', of: '2' },
  { code: '2.3.4', inputs: { count: 0 }, why: 'none: 0', exact: '0', display: '0.00', of: '2' },
  {
    code: '2.3.5',
    inputs: { value: true },
    why: 'issued, updated and shared: full 1',
    exact: '1',
    display: '1.00',
    of: '1',
  },
  { code: '2.3.6', inputs: { value: false }, why: 'not issued: 0', exact: '0', display: '0.00', of: '1' },
  { code: '2.3.6', inputs: { value: true }, why: 'issued: full 1', exact: '1', display: '1.00', of: '1' },
  { code: '2.3.7', inputs: { value: true }, why: 'issued: full 1', exact: '1', display: '1.00', of: '1' },
  {
    code: '2.3.8',
    inputs: { count: 3, count2: 5 },
    why: '3 priority × 0.5 + 5 other × 0.25 = 1.5 + 1.25 = 11/4',
    exact: '11/4',
    display: '2.75',
    of: '6',
  },
  {
    code: '2.3.8',
    inputs: { count: 8, count2: 10 },
    why: '8 × 0.5 + min(10 × 0.25, 2) = 4 + 2 = 6',
    exact: '6',
    display: '6.00',
    of: '6',
  },
  {
    code: '2.3.8',
    inputs: { count: 0, count2: 9 },
    why: '9 × 0.25 = 2.25, capped at 2',
    exact: '2',
    display: '2.00',
    of: '6',
  },
  {
    code: '2.3.8',
    inputs: { count: 13, count2: 0 },
    why: "13 × 0.5 = 6.5, capped at the criterion's 6",
    exact: '6',
    display: '6.00',
    of: '6',
  },
  { code: '2.3.9', inputs: { count: 3 }, why: '3 documents × 0.25 = 3/4', exact: '3/4', display: '0.75', of: '1' },
  { code: '2.3.9', inputs: { count: 6 }, why: '6 × 0.25 = 1.5, capped at 1', exact: '1', display: '1.00', of: '1' },
  { code: '2.4.1', inputs: { value: true }, why: 'decision exists: full 1', exact: '1', display: '1.00', of: '1' },
  { code: '2.4.2', inputs: { value: false }, why: 'none: 0', exact: '0', display: '0.00', of: '1' },
  { code: '2.4.2', inputs: { value: true }, why: 'exists: full 1', exact: '1', display: '1.00', of: '1' },
  {
    code: '2.4.3',
    inputs: { count: 1, count2: 0 },
    why: 'a dedicated unit: full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.4.3',
    inputs: { count: 0, count2: 1 },
    why: '1 dedicated staff member × 1/2 = 1/2',
    exact: '1/2',
    display: '0.50',
    of: '2',
  },
  {
    code: '2.4.3',
    inputs: { count: 0, count2: 3 },
    why: "3 × 1/2 = 3/2, capped at the bullet's 1",
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '2.4.3',
    inputs: { count: 1, count2: 2 },
    why: "2 + min(2 × 1/2, 1) = 3, capped at the criterion's 2",
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.4.4',
    inputs: { a: 4, b: 1 },
    why: '1 of 4 dedicated IT officers: 1/4 × 2 = 1/2',
    exact: '1/2',
    display: '0.50',
    of: '2',
  },
  { code: '2.4.4', inputs: { a: 3, b: 3 }, why: 'all 3: 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '2.5.1',
    inputs: { a: 200000000000, b: 1000000000 },
    why: '1 bn of 200 bn VND = 0.5% < 1%: (0.5% / 1%) × 2 = 1',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '2.5.1',
    inputs: { a: 200000000000, b: 2000000000 },
    why: '2 bn of 200 bn = 1%, at the threshold (≥ 1%): full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.5.1',
    inputs: { a: 200000000000, b: 3000000000 },
    why: '3 bn of 200 bn = 1.5% ≥ 1%: full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.5.1',
    inputs: { a: 1000, b: 2.5 },
    why: '2.5 of 1000 = 0.25%: (0.25% / 1%) × 2 = 1/2',
    exact: '1/2',
    display: '0.50',
    of: '2',
  },
  {
    code: '2.5.2',
    inputs: { a: 800, b: 60 },
    why: '60 of 800 = 7.5% < 10%: (7.5% / 10%) × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  {
    code: '2.5.2',
    inputs: { a: 800, b: 80 },
    why: '80 of 800 = 10%, at the threshold (≥ 10%): full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.5.2',
    inputs: { a: 800, b: 120 },
    why: '120 of 800 = 15% ≥ 10%: full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '2.5.2',
    inputs: { a: 900, b: 30 },
    why: '30 of 900 = 1/30 < 10%: (1/30 / 1/10) × 2 = 2/3',
    exact: '2/3',
    display: '0.67',
    of: '2',
  },
  {
    code: '2.5.3',
    inputs: { a: 5, b: 4 },
    why: '4 of 5 items published: 4/5 × 2 = 8/5',
    exact: '8/5',
    display: '1.60',
    of: '2',
  },
];

const refusals: Refusal[] = [
  { code: '2.3.4', inputs: { count: 5 }, why: 'only 4 contents are listed', error: 'COUNT_EXCEEDS_SET' },
  {
    code: '2.3.2',
    inputs: { a: 90, b: 120 },
    why: 'more workflows issued than need issuing',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '2.5.1',
    inputs: { a: 1000, b: 1200 },
    why: 'IT spending above the whole budget',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '2.5.2', inputs: { a: 0, b: 0 }, why: 'no IT spending to compare with', error: 'ZERO_DENOMINATOR' },
  { code: '2.1.1', inputs: {}, why: 'value not reported', error: 'MISSING_INPUT' },
];

function errorCodeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return undefined;
}

describe('tth-2020 group 2 (Kiến tạo thể chế), scored by hand', () => {
  it.each(cases)('$code: $why → $display of $of', ({ code, inputs, exact, display, of }) => {
    const score = scoreCriterion(tth2020, code, inputs);
    expect(score.points.toString()).toBe(exact);
    expect(score.points.toFixed(2)).toBe(display);
    expect(score.max.toString()).toBe(of);
  });

  it.each(refusals)('$code refuses $error: $why', ({ code, inputs, error }) => {
    expect(errorCodeOf(() => scoreCriterion(tth2020, code, inputs))).toBe(error);
  });

  it('has a hand-computed case for every criterion of the group', () => {
    const leaves = [...walkCatalogue(group2)].filter((entry) => isLeaf(entry.node)).map((entry) => entry.node.code);
    expect([...new Set(cases.map((c) => c.code))].sort()).toEqual([...leaves].sort());
    expect(leaves).toHaveLength(21);
  });
});
