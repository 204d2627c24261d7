import { ScoringError } from './scoring-error';

describe('ScoringError', () => {
  it('is named, carries both languages and the fields it was given', () => {
    const error = new ScoringError('NEGATIVE_VALUE', 'Không được âm', 'May not be negative', {
      criterion: '1.1',
      input: 'b',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScoringError');
    expect(error.code).toBe('NEGATIVE_VALUE');
    expect(error.message).toBe('Không được âm / May not be negative');
    expect(error).toMatchObject({ criterion: '1.1', input: 'b' });
  });

  it('leaves input and criterion undefined when none was given', () => {
    const error = new ScoringError('UNKNOWN_CATALOGUE', 'vi', 'en');
    expect(error.input).toBeUndefined();
    expect(error.criterion).toBeUndefined();
    const onlyCriterion = new ScoringError('INVALID_ENTRY', 'vi', 'en', { criterion: '2.1' });
    expect(onlyCriterion.criterion).toBe('2.1');
    expect(onlyCriterion.input).toBeUndefined();
  });
});
