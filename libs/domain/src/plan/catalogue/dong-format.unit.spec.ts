import { formatDong } from './dong-format';

describe('formatDong', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1.000'],
    ['12345', '12.345'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
    ['2732000000000', '2.732.000.000.000'],
    ['-999', '-999'],
    ['-1000', '-1.000'],
    ['-123456', '-123.456'],
  ])('%s → %s', (value, shown) => {
    expect(formatDong(value)).toBe(shown);
  });

  it('takes a bigint and keeps its exact value', () => {
    expect(formatDong(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatDong(-5000n)).toBe('-5.000');
  });
});
