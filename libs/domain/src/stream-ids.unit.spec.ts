import { InvalidCommandError, InvalidPeriodError, InvalidUnitCodeError } from './domain-errors';
import {
  accountStreamId,
  ASSESSMENT_STREAM_PREFIX,
  assessmentStreamId,
  evidenceStreamId,
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

  const caught = (run: () => unknown): InvalidCommandError => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCommandError);
      return error as InvalidCommandError;
    }
    throw new Error('expected InvalidCommandError');
  };
  const hex = 'a1'.repeat(32);

  it('names an evidence stream by its 64 lower-case hex digits, and refuses anything else naming sha256', () => {
    expect(evidenceStreamId(hex)).toBe(`evidence-${hex}`);
    expect(evidenceStreamId('0'.repeat(64))).toBe(`evidence-${'0'.repeat(64)}`);
    for (const bad of [hex.slice(1), `${hex}0`, `x${hex}`, `${hex}x`, hex.toUpperCase(), 'g'.repeat(64), '']) {
      const error = caught(() => evidenceStreamId(bad));
      expect(error.code).toBe('INVALID_COMMAND');
      expect(error.details).toMatchObject({ field: 'sha256' });
      expect(String(error.details.problem)).toContain(`"${bad}"`);
    }
  });

  it('parses only a whole assessment stream id, naming streamId and the input when it refuses', () => {
    for (const bad of [
      'unit-STTTT',
      'x-assessment-STTTT-2021Q1',
      'assessment-STTTT-2021Q1-x',
      'assessment-STTTT-2021Q5',
      'assessment-S-2021Q1',
    ]) {
      const error = caught(() => parseAssessmentStreamId(bad));
      expect(error.code).toBe('INVALID_COMMAND');
      expect(error.details).toMatchObject({ field: 'streamId' });
      expect(String(error.details.problem)).toContain(`"${bad}"`);
    }
    expect(parseAssessmentStreamId('assessment-ST-2021Q1')).toEqual({ unit: 'ST', period: '2021-Q1' });
  });
});
