import { PassThrough } from 'node:stream';
import { writeCsv } from './csv-writer';
import type { CellValue, ExportTable } from './export-table';

async function* rows(values: CellValue[][]): AsyncGenerator<CellValue[]> {
  for (const row of values) yield row;
}

async function csvOf(table: ExportTable): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeCsv(table, output);
  output.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV writer', () => {
  it('writes a BOM, one header for every sheet, quoted cells, 2-decimal numbers and ISO dates', async () => {
    const columns = [
      { header: 'Đơn vị', type: 'text', width: 10 },
      { header: 'Điểm', type: 'number', width: 10 },
      { header: 'Thứ hạng', type: 'integer', width: 10 },
      { header: 'Thời điểm', type: 'date', width: 10 },
    ] as const;
    const text = await csvOf({
      fileName: 'x',
      sheets: [
        { name: 'a', columns, rows: rows([['Sở "A", Huế', 3.2, 1, new Date('2025-06-30T07:05:00Z')]]) },
        { name: 'b', columns, rows: rows([['dòng\nhai', null, null, null]]) },
      ],
    });
    expect(text).toBe(
      '\uFEFFĐơn vị,Điểm,Thứ hạng,Thời điểm\r\n' +
        '"Sở ""A"", Huế",3.20,1,2025-06-30T07:05:00.000Z\r\n' +
        '"dòng\nhai",,,\r\n',
    );
  });
});
