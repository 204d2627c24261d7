import { InvalidCommandError, InvalidPeriodError, InvalidUnitCodeError } from './domain-errors';
import {
  accountStreamId,
  ASSESSMENT_STREAM_PREFIX,
  assessmentStreamId,
  parseAssessmentStreamId,
  unitStreamId,
} from './stream-ids';

describe('stream ids', () => {
  it('names one assessment stream per unit and quarter, under the assessment- category', () => {
    expect(assessmentStreamId('STTTT', '2021-Q1')).toBe('assessment-STTTT-2021Q1');
    expect(assessmentStreamId('HUE', { year: 2025, quarter: 2 })).toBe('assessment-HUE-2025Q2');
    expect(assessmentStreamId('STTTT', '2021-Q1').startsWith(ASSESSMENT_STREAM_PREFIX)).toBe(true);
    expect(parseAssessmentStreamId('assessment-HUONGTHUY-2024Q4')).toEqual({ unit: 'HUONGTHUY', period: '2024-Q4' });
  });

  it('refuses bad parts', () => {
    expect(() => assessmentStreamId('stttt', '2021-Q1')).toThrow(InvalidUnitCodeError);
    expect(() => assessmentStreamId('STTTT', '2021-Q7')).toThrow(InvalidPeriodError);
    expect(() => parseAssessmentStreamId('unit-STTTT')).toThrow(InvalidCommandError);
  });

  it('names unit and account streams', () => {
    expect(unitStreamId('SKHDT')).toBe('unit-SKHDT');
    expect(accountStreamId('lan.stttt')).toBe('account-lan.stttt');
  });
});
