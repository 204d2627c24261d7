import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnType, ExportTable, RowProgress } from './export-table';

/** Excel number formats: 2 decimals shown with the reader's own separators (Vietnamese Excel: 3,20). */
const NUMBER_FORMAT: Readonly<Record<ColumnType, string | undefined>> = {
  text: undefined,
  number: '#,##0.00',
  integer: '0',
  date: 'dd/mm/yyyy hh:mm',
};

/** Vietnam's offset: dates are written as the wall-clock time a civil servant in Huế reads. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Streams an .xlsx with exceljs's WorkbookWriter: each row is committed as it is written, so memory holds
 * one row, not the sheet. Formatted as a civil servant expects: bold Vietnamese headers, the header row
 * frozen, an autofilter over the columns, numbers as numbers with 2 decimals, dates as dates, sensible
 * column widths.
 */
export async function writeXlsx(table: ExportTable, output: Writable, onProgress?: RowProgress): Promise<number> {
  // Inline strings, not a shared-strings table: that table would hold every distinct text (each unit's
  // inputs, reasons…) in memory until the end, which is what streaming is meant to avoid.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'dti-huế';
  workbook.created = new Date();
  let rows = 0;
  for (const sheet of table.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    worksheet.columns = sheet.columns.map((column, index) => ({
      key: `c${index}`,
      width: column.width,
      style: NUMBER_FORMAT[column.type] === undefined ? {} : { numFmt: NUMBER_FORMAT[column.type] },
    }));
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    if (sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    for await (const row of sheet.rows) {
      worksheet
        .addRow(
          row.map((value, index) =>
            value instanceof Date && sheet.columns[index]?.type === 'date' ? wallClock(value) : value,
          ),
        )
        .commit();
      rows += 1;
      if (rows % 1000 === 0) onProgress?.(rows);
    }
    worksheet.commit();
  }
  await workbook.commit();
  onProgress?.(rows);
  return rows;
}

/** Excel dates carry no zone: shift so the cell shows Huế's time rather than UTC. */
function wallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}
