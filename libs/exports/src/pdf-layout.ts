import type { Content, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { vietnameseDateTime } from './vietnamese-labels';

/**
 * The frame every official PDF shares: A4, the issuing body and the national motto block at the top,
 * the place and date, page numbers and a provenance line in the footer.
 */
export const ISSUING_BODY = ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'];

export function officialDocument(options: {
  title: string[];
  body: Content[];
  /** Printed in the footer of every page: the version and the event position, so anyone can replay. */
  provenance: string;
  generatedAt: Date;
  info: { title: string; subject: string };
}): TDocumentDefinitions {
  const footer: DynamicContent = (currentPage: number, pageCount: number) => ({
    margin: [40, 8, 40, 0],
    columns: [
      { text: options.provenance, fontSize: 7, color: '#444444', width: '*' },
      { text: `Trang ${currentPage}/${pageCount}`, fontSize: 8, alignment: 'right', width: 70 },
    ],
  });
  const generated = vietnameseDateTime(options.generatedAt);
  const [day, month, year] = generated.slice(0, 10).split('/');
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { ...options.info, creator: 'dti-huế', producer: 'dti-huế (pdfmake)' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      motto: { bold: true, fontSize: 10, alignment: 'center' },
      body: { fontSize: 10, alignment: 'center' },
      title: { bold: true, fontSize: 13, alignment: 'center', margin: [0, 14, 0, 2] },
      heading: { bold: true, fontSize: 10.5, margin: [0, 10, 0, 4] },
      tableHeader: { bold: true, fillColor: '#e8eef7', alignment: 'center' },
    },
    footer,
    content: [
      {
        columns: [
          {
            width: 210,
            stack: [
              { text: ISSUING_BODY[0], style: 'body' },
              { text: ISSUING_BODY[1], style: 'body', bold: true },
              { canvas: [{ type: 'line', x1: 65, y1: 2, x2: 145, y2: 2, lineWidth: 0.6 }] },
            ],
          },
          {
            width: '*',
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'motto' },
              { text: 'Độc lập - Tự do - Hạnh phúc', style: 'motto', fontSize: 10.5 },
              { canvas: [{ type: 'line', x1: 92, y1: 2, x2: 212, y2: 2, lineWidth: 0.6 }] },
            ],
          },
        ],
      },
      {
        text: `Thừa Thiên Huế, ngày ${day} tháng ${month} năm ${year}`,
        italics: true,
        alignment: 'right',
        margin: [0, 8, 0, 0],
      },
      ...options.title.map((line, index): Content =>
        index === 0 ? { text: line, style: 'title' } : { text: line, bold: true, alignment: 'center', fontSize: 11 },
      ),
      ...options.body,
    ],
  };
}

/** A table whose header row repeats on every page it breaks onto; rows never split across pages. */
export function repeatingTable(
  widths: Array<number | string>,
  header: string[],
  rows: TableCell[][],
  alignments: Array<'left' | 'right' | 'center'> = [],
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header.map((text): TableCell => ({ text, style: 'tableHeader' })),
        ...rows.map((row) =>
          row.map((cell, index): TableCell => {
            const alignment = alignments[index];
            if (alignment === undefined || typeof cell !== 'string') return cell;
            return { text: cell, alignment };
          }),
        ),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#888888',
      vLineColor: () => '#888888',
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}
