import { rankChangeLabel } from './ranking-pdf.document';
import {
  quarterLabel,
  sheetName,
  vietnameseDateTime,
  vietnameseNumber,
  vietnameseNumberText,
} from './vietnamese-labels';

describe('Vietnamese display of exports', () => {
  it('writes numbers with a decimal comma and dotted thousands', () => {
    expect(vietnameseNumber(3.2)).toBe('3,20');
    expect(vietnameseNumber(12_500_000, 0)).toBe('12.500.000');
    expect(vietnameseNumber(1234.567)).toBe('1.234,57');
    expect(vietnameseNumber(-0.001)).toBe('0,00');
    expect(vietnameseNumber(-2.5)).toBe('−2,50');
    expect(vietnameseNumberText('83.33')).toBe('83,33');
    expect(vietnameseNumberText(null)).toBe('—');
  });

  it('writes quarters, dates in Huế time, and Excel-safe sheet names', () => {
    expect(quarterLabel('2025-Q2')).toBe('Quý 2/2025');
    expect(vietnameseDateTime(new Date('2025-06-30T07:05:00Z'))).toBe('30/06/2025 14:05');
    expect(sheetName('Điểm Quý 1/2021')).toBe('Điểm Quý 1 2021');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('says how a rank moved', () => {
    expect(rankChangeLabel(2)).toBe('Tăng 2 bậc');
    expect(rankChangeLabel(-1)).toBe('Giảm 1 bậc');
    expect(rankChangeLabel(0)).toBe('Không đổi');
    expect(rankChangeLabel(null)).toBe('—');
  });
});
