/**
 * Group 1 scored by hand: every figure below was worked out from the seed's "Cách tính điểm" text, not by
 * running the engine, and each case's name carries the arithmetic.
 */
import { group1 } from '../../../catalogue/src/tth-2020/group-1';
import {
  describeHandScoredGroup,
  type HandScoredCase,
  type HandScoredRefusal,
} from '../../testing/hand-scored-group.test-kit';
import { tth2020 } from '../../../catalogue/src/tth-2020';

const cases: HandScoredCase[] = [
  { code: '1.1.1', inputs: { count: 3 }, why: '3 workshops × 1 = 3', exact: '3', display: '3.00', of: '5' },
  {
    code: '1.1.1',
    inputs: { count: 7 },
    why: '7 workshops × 1 = 7, capped at 5',
    exact: '5',
    display: '5.00',
    of: '5',
  },
  { code: '1.1.1', inputs: { count: 0 }, why: 'none: 0', exact: '0', display: '0.00', of: '5' },
  { code: '1.1.2', inputs: { count: 2 }, why: '2 materials × 1 = 2', exact: '2', display: '2.00', of: '5' },
  {
    code: '1.1.2',
    inputs: { count: 6 },
    why: '6 materials × 1 = 6, capped at 5',
    exact: '5',
    display: '5.00',
    of: '5',
  },
  { code: '1.2.1', inputs: { option: 1 }, why: 'chaired by the head: full 3', exact: '3', display: '3.00', of: '3' },
  {
    code: '1.2.1',
    inputs: { option: 2 },
    why: 'chaired by a deputy: 1/3 × 3 = 1',
    exact: '1',
    display: '1.00',
    of: '3',
  },
  {
    code: '1.2.1',
    inputs: { option: 3 },
    why: 'chaired outside the leadership: 0',
    exact: '0',
    display: '0.00',
    of: '3',
  },
  {
    code: '1.2.2',
    inputs: { count: 2, count2: 2 },
    why: '2 chaired by the Chairman × 1 + 2 by a Vice-Chairman × 1/3 = 2 + 2/3 = 8/3',
    exact: '8/3',
    display: '2.67',
    of: '3',
  },
  {
    code: '1.2.2',
    inputs: { count: 1, count2: 1 },
    why: '1 × 1 + 1 × 1/3 = 4/3',
    exact: '4/3',
    display: '1.33',
    of: '3',
  },
  {
    code: '1.2.2',
    inputs: { count: 0, count2: 4 },
    why: "4 × 1/3 = 4/3, capped at the bullet's 1",
    exact: '1',
    display: '1.00',
    of: '3',
  },
  {
    code: '1.2.2',
    inputs: { count: 3, count2: 3 },
    why: "min(3, 3) + min(1, 1) = 4, capped at the criterion's 3",
    exact: '3',
    display: '3.00',
    of: '3',
  },
  {
    code: '1.2.3.1',
    inputs: { option: 1 },
    why: 'plan drawn up and carried out: full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '1.2.3.1',
    inputs: { option: 2 },
    why: 'plan not yet carried out: 1/2 × 2 = 1',
    exact: '1',
    display: '1.00',
    of: '2',
  },
  { code: '1.2.3.1', inputs: { option: 3 }, why: 'no plan: 0', exact: '0', display: '0.00', of: '2' },
  {
    code: '1.2.3.2',
    inputs: { a: 6, b: 4 },
    why: '4 of 6 heads trained: 4/6 × 2 = 4/3',
    exact: '4/3',
    display: '1.33',
    of: '2',
  },
  {
    code: '1.2.3.2',
    inputs: { a: 5, b: 5 },
    why: 'all 5 heads trained: 5/5 × 2 = 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '1.2.4',
    inputs: { count: 1, count2: 2 },
    why: '1 signed by the head × 1 + 2 by a deputy × 1/3 = 5/3',
    exact: '5/3',
    display: '1.67',
    of: '3',
  },
  {
    code: '1.2.4',
    inputs: { count: 4, count2: 0 },
    why: "4 × 1 = 4, capped at the bullet's 3",
    exact: '3',
    display: '3.00',
    of: '3',
  },
  { code: '1.2.4', inputs: { count: 0, count2: 0 }, why: 'none: 0', exact: '0', display: '0.00', of: '3' },
  { code: '1.3.1', inputs: { option: 1 }, why: 'dedicated resolution: full 3', exact: '3', display: '3.00', of: '3' },
  {
    code: '1.3.1',
    inputs: { option: 2 },
    why: 'resolution touching on it: 1/3 × 3 = 1',
    exact: '1',
    display: '1.00',
    of: '3',
  },
  { code: '1.3.1', inputs: { option: 3 }, why: 'no resolution: 0', exact: '0', display: '0.00', of: '3' },
  { code: '1.3.2', inputs: { option: 1 }, why: 'dedicated directive: full 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '1.3.2',
    inputs: { option: 2 },
    why: 'directive touching on it: 1/3 × 2 = 2/3',
    exact: '2/3',
    display: '0.67',
    of: '2',
  },
  { code: '1.4.1', inputs: { value: true }, why: 'took part: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '1.4.1', inputs: { value: false }, why: 'did not: 0', exact: '0', display: '0.00', of: '2' },
];

const refusals: HandScoredRefusal[] = [
  { code: '1.2.1', inputs: { option: 4 }, why: 'the cell has 3 bullets', error: 'OPTION_OUT_OF_RANGE' },
  { code: '1.2.3.2', inputs: { a: 4, b: 5 }, why: '5 heads trained of 4', error: 'NUMERATOR_EXCEEDS_DENOMINATOR' },
  { code: '1.2.3.2', inputs: { a: 0, b: 0 }, why: 'no heads to count', error: 'ZERO_DENOMINATOR' },
  { code: '1.2.2', inputs: { count: 2 }, why: 'count2 not reported', error: 'MISSING_INPUT' },
];

describeHandScoredGroup({
  title: 'tth-2020 group 1 (Chuyển đổi nhận thức), scored by hand',
  catalogue: tth2020,
  group: group1,
  leafCount: 10,
  cases,
  refusals,
});
