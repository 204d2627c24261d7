/**
 * Group 4 scored by hand: every figure below was worked out from the seed's "Cách tính điểm" text, not by
 * running the engine, and each case's name carries the arithmetic.
 */
import { group4 } from '../../../catalogue/src/tth-2020/group-4';
import {
  describeHandScoredGroup,
  type HandScoredCase,
  type HandScoredRefusal,
} from '../../testing/hand-scored-group.test-kit';
import { tth2020 } from '../../../catalogue/src/tth-2020';

const cases: HandScoredCase[] = [
  { code: '4.1.1', inputs: { value: true }, why: 'catalogue issued: full 3', exact: '3', display: '3.00', of: '3' },
  { code: '4.1.1', inputs: { value: false }, why: 'not issued: 0', exact: '0', display: '0.00', of: '3' },
  {
    code: '4.1.2',
    inputs: { a: 8, b: 6 },
    why: '6 of 8 databases built: 3/4 × 3 = 9/4',
    exact: '9/4',
    display: '2.25',
    of: '3',
  },
  {
    code: '4.1.3',
    inputs: { a: 50, b: 20 },
    why: '20 of 50 core entities digitised: 2/5 × 3 = 6/5',
    exact: '6/5',
    display: '1.20',
    of: '3',
  },
  { code: '4.1.4', inputs: { a: 7, b: 7 }, why: '7 of 7: 3', exact: '3', display: '3.00', of: '3' },
  {
    code: '4.2.1',
    inputs: { a: 10, b: 3 },
    why: '3 of 10 databases on the LGSP: 3/10 × 3 = 9/10',
    exact: '9/10',
    display: '0.90',
    of: '3',
  },
  { code: '4.2.2', inputs: { a: 10, b: 0 }, why: 'none on the NGSP: 0', exact: '0', display: '0.00', of: '3' },
  {
    code: '4.2.3',
    inputs: { a: 400, b: 100 },
    why: '100 of 400 entities shared: 1/4 × 3 = 3/4',
    exact: '3/4',
    display: '0.75',
    of: '3',
  },
  {
    code: '4.2.4',
    inputs: { a: 6, b: 4 },
    why: '4 of 6 data services: 2/3 × 3 = 2',
    exact: '2',
    display: '2.00',
    of: '3',
  },
  {
    code: '4.2.5',
    inputs: { a: 90, b: 30 },
    why: '30 of 90 entities opened: 1/3 × 3 = 1',
    exact: '1',
    display: '1.00',
    of: '3',
  },
  {
    code: '4.2.6',
    inputs: { a: 12, b: 5 },
    why: '5 of 12 systems: 5/12 × 3 = 5/4',
    exact: '5/4',
    display: '1.25',
    of: '3',
  },
  {
    code: '4.2.7',
    inputs: { a: 9, b: 8 },
    why: '8 of 9 agencies: 8/9 × 3 = 8/3',
    exact: '8/3',
    display: '2.67',
    of: '3',
  },
  {
    code: '4.2.8',
    inputs: { a: 1500, b: 1000 },
    why: '1000 transactions against a national average of 1500: 2/3 × 3 = 2',
    exact: '2',
    display: '2.00',
    of: '3',
  },
  {
    code: '4.2.8',
    inputs: { a: 1500, b: 3000 },
    why: '3000 against 1500: 2, above the average, capped at 1 × 3 = 3',
    exact: '3',
    display: '3.00',
    of: '3',
  },
  {
    code: '4.2.8',
    inputs: { a: 1250.5, b: 500 },
    why: '500 / 1250.5 = 1000/2501; × 3 = 3000/2501 ≈ 1.1995',
    exact: '3000/2501',
    display: '1.20',
    of: '3',
  },
  { code: '4.3.1', inputs: { value: true }, why: 'in use: full 3', exact: '3', display: '3.00', of: '3' },
  { code: '4.3.1', inputs: { value: false }, why: 'not yet: 0', exact: '0', display: '0.00', of: '3' },
  {
    code: '4.3.2.1',
    inputs: { a: 20, b: 5 },
    why: '5 of 20 agencies: 1/4 × 3 = 3/4',
    exact: '3/4',
    display: '0.75',
    of: '3',
  },
  {
    code: '4.3.2.2',
    inputs: { a: 1200.5, b: 240.1 },
    why: '240.1 of 1200.5 GB = 1/5 (1200.5 = 5 × 240.1): 1/5 × 2 = 2/5',
    exact: '2/5',
    display: '0.40',
    of: '2',
  },
];

const refusals: HandScoredRefusal[] = [
  {
    code: '4.2.1',
    inputs: { a: 3, b: 10 },
    why: '10 databases connected of 3',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '4.3.2.2',
    inputs: { a: 100, b: 150.5 },
    why: 'more volume processed than digitised',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '4.2.8', inputs: { a: 0, b: 10 }, why: 'no national average to compare with', error: 'ZERO_DENOMINATOR' },
  { code: '4.1.2', inputs: { a: 8, b: 2.5 }, why: 'a count must be whole', error: 'NOT_AN_INTEGER' },
];

describeHandScoredGroup({
  title: 'tth-2020 group 4 (Dữ liệu số), scored by hand',
  catalogue: tth2020,
  group: group4,
  leafCount: 15,
  cases,
  refusals,
});
