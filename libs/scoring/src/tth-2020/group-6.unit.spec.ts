/**
 * Group 6 scored by hand: every expected figure was worked out from the seed's "Cách tính điểm" text (and the
 * errata where the seed is wrong), not by running the engine; each case's `why` carries the arithmetic.
 * The catalogue is a small one around group 6, so these tests do not depend on the assembled tth-2020 index.
 */
import { group6, group6Errata } from '../../../catalogue/src/tth-2020/group-6';
import {
  describeHandScoredGroup,
  type HandScoredCase,
  type HandScoredRefusal,
} from '../../testing/hand-scored-group.test-kit';

const cases: HandScoredCase[] = [
  {
    code: '6.1.1',
    inputs: { a: 10, b4: 2, b3: 4, b2: 2, b1: 1 },
    why: '(2 × 100% + 4 × 50% + 2 × 30% + 1 × 10%) / 10 × 6 = 4.7/10 × 6 = 2.82',
    exact: '141/50',
    display: '2.82',
    of: '6',
  },
  {
    code: '6.1.1',
    inputs: { a: 5, b4: 5, b3: 0, b2: 0, b1: 0 },
    why: 'every system at 4 layers: 5/5 × 100% × 6 = 6',
    exact: '6',
    display: '6.00',
    of: '6',
  },
  {
    code: '6.1.1',
    inputs: { a: 3, b4: 0, b3: 0, b2: 0, b1: 1 },
    why: 'one system of 3 at 1 layer: 1/3 × 10% × 6 = 1/5',
    exact: '1/5',
    display: '0.20',
    of: '6',
  },
  {
    code: '6.1.1',
    inputs: { a: 4, b4: 0, b3: 0, b2: 0, b1: 0 },
    why: '"Chưa triển khai": 0',
    exact: '0',
    display: '0.00',
    of: '6',
  },
  { code: '6.2.1', inputs: { a: 12, b: 9 }, why: '9/12 = 3/4 × 4 = 3', exact: '3', display: '3.00', of: '4' },
  { code: '6.2.2', inputs: { a: 12, b: 5 }, why: '5/12 × 4 = 5/3', exact: '5/3', display: '1.67', of: '4' },
  { code: '6.3.1', inputs: { a: 8, b: 6 }, why: '6/8 = 3/4 × 4 = 3', exact: '3', display: '3.00', of: '4' },
  { code: '6.3.2', inputs: { a: 15, b: 15 }, why: '15/15 × 4 = 4', exact: '4', display: '4.00', of: '4' },
  { code: '6.3.3', inputs: { a: 20, b: 7 }, why: '7/20 × 4 = 7/5', exact: '7/5', display: '1.40', of: '4' },
];

const refusals: HandScoredRefusal[] = [
  {
    code: '6.1.1',
    inputs: { a: 5, b4: 3, b3: 2, b2: 1, b1: 0 },
    why: 'b4 + b3 + b2 + b1 = 6 systems out of 5 (each counts once, at its highest layer)',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '6.1.1', inputs: { a: 5, b4: 1, b3: 1, b2: 1 }, why: 'b1 missing', error: 'MISSING_INPUT' },
  { code: '6.2.1', inputs: { a: 0, b: 0 }, why: 'no systems reported', error: 'ZERO_DENOMINATOR' },
  { code: '6.3.2', inputs: { a: 15, b: 16 }, why: 'more agencies than exist', error: 'NUMERATOR_EXCEEDS_DENOMINATOR' },
];

describeHandScoredGroup({
  title: 'tth-2020 group 6 (An toàn, an ninh mạng và độ tin cậy số), scored by hand',
  group: group6,
  errata: group6Errata,
  leafCount: 6,
  cases,
  refusals,
});
