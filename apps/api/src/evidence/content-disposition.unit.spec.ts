import { asciiFallback, contentDisposition, encodeRfc8187 } from './content-disposition';

describe('Content-Disposition of an evidence file', () => {
  it('gives the Vietnamese name exactly as filename* and without diacritics as filename', () => {
    expect(contentDisposition('inline', 'Báo cáo quý 1 – Đà Nẵng.pdf')).toBe(
      `inline; filename="Bao cao quy 1 _ Da Nang.pdf"; ` +
        `filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%201%20%E2%80%93%20%C4%90%C3%A0%20N%E1%BA%B5ng.pdf`,
    );
  });

  it('decodes back to the same name', () => {
    const name = 'Kế hoạch 222/KH-UBND (bản ký).docx';
    expect(decodeURIComponent(encodeRfc8187(name))).toBe(name);
    expect(encodeRfc8187("it's (1)*!")).toBe('it%27s%20%281%29%2A%21');
  });

  it('keeps quotes and backslashes out of the quoted fallback', () => {
    expect(asciiFallback('a"b\\c.pdf')).toBe('a_b_c.pdf');
    expect(asciiFallback('中文')).toBe('__');
    expect(asciiFallback('  ')).toBe('evidence');
  });
});
