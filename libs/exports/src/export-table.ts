/**
 * An export as rows, independent of the file format: the HTTP routes and the CLI write the same tables
 * as .xlsx (exceljs's streaming writer) or .csv. Rows are an async iterable so a national-scale export
 * never sits in memory whole: each sheet's rows are read from the database page by page as they are written.
 */
export type CellValue = string | number | Date | null;

/** text; number (2 decimals); integer; date (a date and time, Asia/Ho_Chi_Minh wall clock in the sheet). */
export type ColumnType = 'text' | 'number' | 'integer' | 'date';

export interface ExportColumn {
  /** The Vietnamese header a civil servant reads (UI-GLOSSARY words). */
  header: string;
  type: ColumnType;
  /** Column width in characters (Excel's unit). */
  width: number;
}

export interface ExportSheet {
  /** The worksheet's name (at most 31 characters, none of : \ / ? * [ ]). */
  name: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<readonly CellValue[]>;
}

export interface ExportTable {
  /** The file name without extension, e.g. "diem-2025-Q2". */
  fileName: string;
  /**
   * One or more sheets with the same columns in CSV terms: the CSV is their rows one after another under a
   * single header (e.g. rankings: a sheet per block in Excel, one file with a block column in CSV).
   */
  sheets: readonly ExportSheet[];
}

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

export const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Rows written so far, for progress bars (the CLI) and the bench. */
export type RowProgress = (rowsWritten: number) => void;
