import { InvalidPeriodError, InvalidUnitCodeError, parseQuarter } from '@dti/domain';
import { QUARTER_SYNTAX, isMalformedIdentifier } from './input-syntax';

describe('one rule for malformed and not-allowed identifiers', () => {
  it.each(['2021-Q1', '1999-Q4', '2999-Q2'])('reads %s as written like a quarter', (value) => {
    expect(QUARTER_SYNTAX.test(value)).toBe(true);
  });

  it.each(['2021-Q5', '2021-Q0', 'Q3-2021', '2021-q1', '21-Q1', ' 2021-Q1'])('reads %s as malformed', (value) => {
    expect(QUARTER_SYNTAX.test(value)).toBe(false);
  });

  it('calls a period error malformed only when the input is not written like a quarter', () => {
    const malformed = (input: string) => {
      try {
        parseQuarter(input);
      } catch (error) {
        return isMalformedIdentifier(error as InvalidPeriodError);
      }
      throw new Error(`${input} parsed`);
    };
    expect(malformed('2021-Q7')).toBe(true);
    expect(malformed('1999-Q1')).toBe(false);
  });

  it('calls every unit-code error malformed', () => {
    expect(isMalformedIdentifier(InvalidUnitCodeError.because('stttt', 'lower case'))).toBe(true);
  });
});
