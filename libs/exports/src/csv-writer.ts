import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CellValue, ExportColumn, ExportTable, RowProgress } from './export-table';

/** UTF-8's byte order mark: without it Excel reads a CSV as the local code page and mangles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV, UTF-8 with BOM, CRLF line ends. Numbers use a dot and 2 decimals (machine-readable and
 * what every CSV reader expects; the .xlsx carries the Vietnamese number display), dates ISO 8601 with
 * their offset. Honours back-pressure, so memory stays bounded whatever the row count.
 */
export async function writeCsv(table: ExportTable, output: Writable, onProgress?: RowProgress): Promise<number> {
  const columns = table.sheets[0]?.columns ?? [];
  let rows = 0;
  let buffer = UTF8_BOM + csvLine(columns.map((column) => column.header));
  for (const sheet of table.sheets) {
    for await (const row of sheet.rows) {
      buffer += csvLine(row.map((value, index) => csvCell(value, columns[index])));
      rows += 1;
      // A few dozen rows per write: fewer, larger chunks without holding more than ~64 KB.
      if (buffer.length > 65_536) {
        await write(output, buffer);
        buffer = '';
        onProgress?.(rows);
      }
    }
  }
  await write(output, buffer);
  onProgress?.(rows);
  return rows;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(quote).join(',')}\r\n`;
}

function csvCell(value: CellValue, column: ExportColumn | undefined): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') {
    return column?.type === 'number' ? value.toFixed(2) : String(value);
  }
  return value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (!output.write(chunk, 'utf8')) await once(output, 'drain');
}
