import type { Response } from 'express';
import { CONTENT_TYPE, EXPORT_FORMATS, type ExportFormat, type ExportTable, writeExport } from '@dti/exports';
import { invalidInput } from '../read-side/read-inputs';

export function readFormat(value: unknown): ExportFormat {
  if (typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw invalidInput('format', 'định dạng phải là xlsx hoặc csv / the format must be xlsx or csv', 'isIn');
}

/** RFC 6266 with an ASCII fallback; the file names are ASCII already (e.g. diem-2025-Q2.xlsx). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Streams an export into the response. The rows are read while they are written: a failure before the
 * first byte is still the usual problem+json (rethrown to the exception filter), one after it cannot be
 * any more, so the connection is cut and the client sees a truncated download rather than a file that
 * looks whole.
 */
export async function streamExport(response: Response, table: ExportTable, format: ExportFormat): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', CONTENT_TYPE[format]);
  response.setHeader('Content-Disposition', attachment(`${table.fileName}.${format}`));
  response.setHeader('Cache-Control', 'private, no-store');
  try {
    await writeExport(table, format, response);
    response.end();
  } catch (error) {
    if (!response.headersSent) {
      response.removeHeader('Content-Disposition');
      response.removeHeader('Content-Type');
      throw error;
    }
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
