/**
 * Group 7 scored by hand: every expected figure was worked out from the seed's "Cách tính điểm" text (and the
 * errata where the seed is wrong), not by running the engine; each case's `why` carries the arithmetic.
 * The catalogue is a small one around group 7, so these tests do not depend on the assembled tth-2020 index.
 */
import { group7, group7Errata } from '../../../catalogue/src/tth-2020/group-7';
import {
  describeHandScoredGroup,
  type HandScoredCase,
  type HandScoredRefusal,
} from '../../testing/hand-scored-group.test-kit';

const cases: HandScoredCase[] = [
  {
    code: '7.1.1',
    inputs: { a: 1000, b: 50 },
    why: '50/1000 = 5% < 10% → 5%/10% × 4 = 2',
    exact: '2',
    display: '2.00',
    of: '4',
  },
  {
    code: '7.1.1',
    inputs: { a: 1000, b: 120 },
    why: '120/1000 = 12% ≥ 10% → full 4',
    exact: '4',
    display: '4.00',
    of: '4',
  },
  {
    code: '7.1.2',
    inputs: { a: 10, b: 6 },
    why: '6/10 = 60% < 80% → 60%/80% × 3 = 9/4',
    exact: '9/4',
    display: '2.25',
    of: '3',
  },
  {
    code: '7.1.2',
    inputs: { a: 10, b: 8 },
    why: '8/10 = 80% ≥ 80% → full 3 (although the title aims at 100%)',
    exact: '3',
    display: '3.00',
    of: '3',
  },
  {
    code: '7.1.3',
    inputs: { a: 600, b: 12 },
    why: '12/600 = 2% < 5% → 2%/5% × 3 = 6/5',
    exact: '6/5',
    display: '1.20',
    of: '3',
  },
  { code: '7.1.3', inputs: { a: 600, b: 30 }, why: '30/600 = 5% ≥ 5% → full 3', exact: '3', display: '3.00', of: '3' },
  { code: '7.2.1', inputs: { a: 120, b: 90 }, why: '90/120 = 3/4 × 2 = 3/2', exact: '3/2', display: '1.50', of: '2' },
  {
    code: '7.2.2',
    inputs: { a: 4, b: 6 },
    why: '6 turns / 4 staff = 1.5 turns < 3 → 1.5 × 2/3 = 1',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '7.2.2',
    inputs: { a: 4, b: 14 },
    why: '14/4 = 3.5 turns ≥ 3 → full 2 (more turns than staff is allowed)',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '7.2.2',
    inputs: { a: 3, b: 1 },
    why: '1/3 turn < 3 → (1/3) × 2/3 = 2/9',
    exact: '2/9',
    display: '0.22',
    of: '2',
  },
  {
    code: '7.2.3',
    inputs: { a: 4, b: 4 },
    why: '4/4 = 1 turn < 2 → 1 × 2/2 = 1 (erratum: the printed "số lượt × Điểm tối đa" would give 2)',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  {
    code: '7.2.3',
    inputs: { a: 3, b: 2 },
    why: '2/3 turn < 2 → (2/3) × 2/2 = 2/3',
    exact: '2/3',
    display: '0.67',
    of: '2',
  },
  { code: '7.2.3', inputs: { a: 2, b: 5 }, why: '5/2 = 2.5 turns ≥ 2 → full 2', exact: '2', display: '2.00', of: '2' },
  { code: '7.2.4', inputs: { a: 500, b: 125 }, why: '125/500 = 1/4 × 2 = 1/2', exact: '1/2', display: '0.50', of: '2' },
  {
    code: '7.2.5',
    inputs: { a: 500, b: 90 },
    why: '90/500 = 18%, read as < 30% → 18%/30% × 2 = 6/5',
    exact: '6/5',
    display: '1.20',
    of: '2',
  },
  {
    code: '7.2.5',
    inputs: { a: 500, b: 400 },
    why: '400/500 = 80%, read as ≥ 30% → full 2 (not 80%/30% × 2)',
    exact: '2',
    display: '2.00',
    of: '2',
  },
];

const refusals: HandScoredRefusal[] = [
  {
    code: '7.1.1',
    inputs: { a: 100, b: 101 },
    why: 'more IT staff than staff',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '7.2.2', inputs: { a: 0, b: 3 }, why: 'training turns but no IT staff', error: 'ZERO_DENOMINATOR' },
  { code: '7.2.3', inputs: { a: 2, b: 1.5 }, why: 'half a training turn', error: 'NOT_AN_INTEGER' },
  { code: '7.2.4', inputs: { a: 500, b: -1 }, why: 'negative count', error: 'NEGATIVE_VALUE' },
  { code: '7.2', inputs: {}, why: 'a sub-group, not a criterion', error: 'NOT_A_CRITERION' },
];

describeHandScoredGroup({
  title: 'tth-2020 group 7 (Đào tạo và nguồn nhân lực cho Chính quyền số), scored by hand',
  group: group7,
  errata: group7Errata,
  leafCount: 8,
  cases,
  refusals,
});
