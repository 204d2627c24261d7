import type { Writable } from 'node:stream';
import { writeCsv } from './csv-writer';
import type { ExportFormat, ExportTable, RowProgress } from './export-table';
import { writeXlsx } from './xlsx-writer';

/** Writes a table in the asked format; resolves with the number of data rows written. */
export function writeExport(
  table: ExportTable,
  format: ExportFormat,
  output: Writable,
  onProgress?: RowProgress,
): Promise<number> {
  return format === 'xlsx' ? writeXlsx(table, output, onProgress) : writeCsv(table, output, onProgress);
}
