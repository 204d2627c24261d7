import { formatFigures } from './wording';

describe('formatFigures', () => {
  it('keeps every decimal of a long fraction together, grouping only the whole part', () => {
    expect(formatFigures('12500000.12345', 'vi')).toBe('12.500.000,12345');
    expect(formatFigures('12500000.12345', 'en')).toBe('12,500,000.12345');
    expect(formatFigures('0.12345 + 1234', 'vi')).toBe('0,12345 + 1.234');
  });
});
