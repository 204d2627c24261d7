/**
 * Group 3 scored by hand: every figure below was worked out from the seed's "Cách tính điểm" text, not by
 * running the engine, and each case's name carries the arithmetic.
 */
import { group3 } from '../../../catalogue/src/tth-2020/group-3';
import {
  describeHandScoredGroup,
  type HandScoredCase,
  type HandScoredRefusal,
} from '../../testing/hand-scored-group.test-kit';
import { tth2020 } from '../../../catalogue/src/tth-2020';

const cases: HandScoredCase[] = [
  {
    code: '3.1.1',
    inputs: { a: 45, b: 50 },
    why: "45 desktops for 50 staff: a/b = 9/10 (the seed's b/a inverted) × 2 = 9/5",
    exact: '9/5',
    display: '1.80',
    of: '2',
  },
  {
    code: '3.1.1',
    inputs: { a: 60, b: 50 },
    why: '60 desktops for 50 staff: a/b = 6/5, capped at 1 × 2 = 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '3.1.2',
    inputs: { a: 30, b: 40 },
    why: '30 desktops for 40 staff: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  {
    code: '3.1.3',
    inputs: { a: 100, b: 300 },
    why: '100 commune desktops for 300 commune staff: 1/3 × 2 = 2/3',
    exact: '2/3',
    display: '0.67',
    of: '2',
  },
  {
    code: '3.2.1',
    inputs: { a: 10, b: 50 },
    why: '10 laptops for 50 staff: 1/5 × 2 = 2/5',
    exact: '2/5',
    display: '0.40',
    of: '2',
  },
  {
    code: '3.2.2',
    inputs: { a: 25, b: 40 },
    why: '25 laptops for 40 staff: 5/8 × 2 = 5/4',
    exact: '5/4',
    display: '1.25',
    of: '2',
  },
  { code: '3.2.3', inputs: { a: 0, b: 120 }, why: 'no laptops for 120 staff: 0', exact: '0', display: '0.00', of: '2' },
  {
    code: '3.2.3',
    inputs: { a: 130, b: 120 },
    why: '130 for 120 staff: capped at 1 × 2 = 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  {
    code: '3.3.1.1',
    inputs: { a: 12, b: 9 },
    why: '9 of 12 agencies with a LAN: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
  { code: '3.3.1.2', inputs: { a: 15, b: 15 }, why: '15 of 15: 2', exact: '2', display: '2.00', of: '2' },
  {
    code: '3.3.1.3',
    inputs: { a: 27, b: 18 },
    why: '18 of 27 communes: 2/3 × 2 = 4/3',
    exact: '4/3',
    display: '1.33',
    of: '2',
  },
  {
    code: '3.3.2.1',
    inputs: { a: 200, b: 150 },
    why: '150 of 200 computers online: 3/4 × 4 = 3',
    exact: '3',
    display: '3.00',
    of: '4',
  },
  {
    code: '3.3.3.1',
    inputs: { a: 30, b: 24 },
    why: '24 of 30 agencies on the WAN: 4/5 × 4 = 16/5',
    exact: '16/5',
    display: '3.20',
    of: '4',
  },
  {
    code: '3.3.4.1',
    inputs: { a: 10, b: 7 },
    why: '7 of 10 on TSLCD: 7/10 × 2 = 7/5',
    exact: '7/5',
    display: '1.40',
    of: '2',
  },
  { code: '3.3.4.2', inputs: { a: 12, b: 3 }, why: '3 of 12: 1/4 × 2 = 1/2', exact: '1/2', display: '0.50', of: '2' },
  {
    code: '3.3.4.3',
    inputs: { a: 40, b: 10 },
    why: '10 of 40 communes: 1/4 × 2 = 1/2',
    exact: '1/2',
    display: '0.50',
    of: '2',
  },
  {
    code: '3.3.4.4',
    inputs: { value: true },
    why: 'level II connected to level I: full 2',
    exact: '2',
    display: '2.00',
    of: '2',
  },
  { code: '3.3.4.4', inputs: { value: false }, why: 'not: 0', exact: '0', display: '0.00', of: '2' },
  { code: '3.4.1', inputs: { value: true }, why: 'plan exists: full 2', exact: '2', display: '2.00', of: '2' },
  { code: '3.4.1', inputs: { value: false }, why: 'no plan: 0', exact: '0', display: '0.00', of: '2' },
  {
    code: '3.4.2',
    inputs: { a: 9, b: 3 },
    why: '3 of 9 systems on IPv6: 1/3 × 2 = 2/3',
    exact: '2/3',
    display: '0.67',
    of: '2',
  },
  {
    code: '3.5.1',
    inputs: { a: 150, b: 60 },
    why: '60 of 150 services with online payment: 2/5 × 3 = 6/5',
    exact: '6/5',
    display: '1.20',
    of: '3',
  },
  {
    code: '3.5.2',
    inputs: { a: 60, b: 45 },
    why: '45 of the 60 paying services on PayGov: 3/4 × 2 = 3/2',
    exact: '3/2',
    display: '1.50',
    of: '2',
  },
];

const refusals: HandScoredRefusal[] = [
  { code: '3.1.1', inputs: { a: 45, b: 0 }, why: 'no staff to equip', error: 'ZERO_DENOMINATOR' },
  {
    code: '3.3.1.1',
    inputs: { a: 9, b: 12 },
    why: '12 agencies with a LAN of 9',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  {
    code: '3.5.2',
    inputs: { a: 45, b: 60 },
    why: 'more on PayGov than support online payment',
    error: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  },
  { code: '3.3.2.1', inputs: { a: 200 }, why: 'b not reported', error: 'MISSING_INPUT' },
];

describeHandScoredGroup({
  title: 'tth-2020 group 3 (Hạ tầng và nền tảng số), scored by hand',
  catalogue: tth2020,
  group: group3,
  leafCount: 19,
  cases,
  refusals,
});
