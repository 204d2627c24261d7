import type { Operand } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import { CriterionInputs, describeInput } from './criterion-inputs';
import { ScoringError } from './scoring-error';
import { formatFigures } from './wording';
import type { Wording } from './wording';

/** An operand's inputs and their sum (5.9 pools a+c and b+d). */
export interface OperandValue {
  names: readonly string[];
  values: readonly Rational[];
  total: Rational;
}

export function readOperand(inputs: CriterionInputs, operand: Operand): OperandValue {
  const names = typeof operand === 'string' ? [operand] : operand;
  const values = names.map((name) => inputs.number(name));
  return { names, values, total: Rational.sum(values) };
}

/** "b" or "(b+d)". */
export function operandSymbol(operand: OperandValue): string {
  return operand.names.length === 1 ? operand.names[0] : `(${operand.names.join('+')})`;
}

/** "50" or "(30+20)". */
export function operandFigures(operand: OperandValue, w: Wording): string {
  const figures = operand.values.map((value) => w.exact(value));
  return figures.length === 1 ? figures[0] : `(${figures.join('+')})`;
}

export interface RatioValue {
  value: Rational;
  numerator: OperandValue;
  denominator: OperandValue;
}

/**
 * numerator / denominator, refusing a zero denominator and, unless the rule compares with an outside figure,
 * a numerator above the denominator (a part larger than its whole is a reporting error).
 */
export function readRatio(
  inputs: CriterionInputs,
  numeratorOperand: Operand,
  denominatorOperand: Operand,
  allowNumeratorAboveDenominator: boolean,
): RatioValue {
  const numerator = readOperand(inputs, numeratorOperand);
  const denominator = readOperand(inputs, denominatorOperand);
  const criterion = inputs.criterion;
  const name = (operand: OperandValue, language: 'vi' | 'en') =>
    operand.names.map((input) => describeInput(inputs.spec(input), language)).join(' + ');
  if (denominator.total.isZero()) {
    throw new ScoringError(
      'ZERO_DENOMINATOR',
      // Stryker disable next-line StringLiteral: equivalent, describeInput writes every language but 'en' in Vietnamese
      `Mẫu số ${name(denominator, 'vi')} của tiêu chí ${criterion} bằng 0 nên không tính được tỷ lệ; ` +
        `nếu tiêu chí không áp dụng cho đơn vị, hãy khai báo "không áp dụng" kèm lý do`,
      `Denominator ${name(denominator, 'en')} of criterion ${criterion} is 0, so the ratio is undefined; ` +
        `if the criterion does not apply to the unit, declare it not applicable with a reason`,
      { criterion, input: denominator.names[0] },
    );
  }
  if (!allowNumeratorAboveDenominator && numerator.total.gt(denominator.total)) {
    throw numeratorExceeds(inputs, numerator, denominator, name);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a one-input numerator's pair check is the check above
  if (!allowNumeratorAboveDenominator && numerator.names.length > 1) {
    assertEachPartWithinItsWhole(inputs, numerator, denominator, name);
  }
  return { value: numerator.total.div(denominator.total), numerator, denominator };
}

export function numeratorExceeds(
  inputs: CriterionInputs,
  numerator: OperandValue,
  denominator: OperandValue,
  name: (operand: OperandValue, language: 'vi' | 'en') => string,
): ScoringError {
  const criterion = inputs.criterion;
  const n = numerator.total.toExactDecimal() ?? numerator.total.toString();
  const d = denominator.total.toExactDecimal() ?? denominator.total.toString();
  return new ScoringError(
    'NUMERATOR_EXCEEDS_DENOMINATOR',
    // Stryker disable next-line StringLiteral: equivalent, describeInput writes every language but 'en' in Vietnamese
    `Tiêu chí ${criterion}: ${name(numerator, 'vi')} = ${formatFigures(n, 'vi')} lớn hơn ` +
      // Stryker disable next-line StringLiteral: equivalent, describeInput writes every language but 'en' in Vietnamese
      `${name(denominator, 'vi')} = ${formatFigures(d, 'vi')}; phần không thể lớn hơn tổng`,
    // Stryker disable next-line StringLiteral: equivalent, formatFigures writes every language but 'vi' the English way
    `Criterion ${criterion}: ${name(numerator, 'en')} = ${formatFigures(n, 'en')} exceeds ` +
      // Stryker disable next-line StringLiteral: equivalent, formatFigures writes every language but 'vi' the English way
      `${name(denominator, 'en')} = ${formatFigures(d, 'en')}; a part cannot exceed its whole`,
    { criterion, input: numerator.names[0] },
  );
}

/**
 * Operands listing the same number of inputs pair up by position (5.9: b of a, d of c): a pooled sum that
 * holds can hide one level whose part exceeds its whole (a=10, b=12, c=10, d=2), so each pair is checked.
 */
function assertEachPartWithinItsWhole(
  inputs: CriterionInputs,
  numerator: OperandValue,
  denominator: OperandValue,
  name: (operand: OperandValue, language: 'vi' | 'en') => string,
): void {
  if (numerator.names.length !== denominator.names.length) return;
  numerator.names.forEach((part, position) => {
    if (numerator.values[position].gt(denominator.values[position])) {
      throw numeratorExceeds(inputs, readOperand(inputs, part), readOperand(inputs, denominator.names[position]), name);
    }
  });
}

/** "b/a = 50/1000" or "(b+d)/(a+c) = (30+20)/(40+10) = 50/50". */
export function ratioFormula(ratio: RatioValue, w: Wording): string {
  const { numerator, denominator } = ratio;
  const figures = `${operandFigures(numerator, w)}/${operandFigures(denominator, w)}`;
  const totals = `${w.exact(numerator.total)}/${w.exact(denominator.total)}`;
  const pooled = numerator.names.length > 1 || denominator.names.length > 1 ? ` = ${totals}` : '';
  return `${operandSymbol(numerator)}/${operandSymbol(denominator)} = ${figures}${pooled}`;
}
