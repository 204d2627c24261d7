import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/**
 * PDFs are drawn by pdfmake (pdfkit underneath): pure JavaScript, no browser, so the API renders a report
 * in-process in milliseconds. The font is the Roboto pdfmake ships in its npm package (regular, medium,
 * italic): it has every Vietnamese precomposed letter (ữ, ỗ, ậ, Đ…), is embedded (subset) in each PDF,
 * and comes with `npm ci`, so a production image needs no system fonts.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- pdfmake's font map is a CommonJS file of paths
const ROBOTO = require('pdfmake/fonts/Roboto.js') as TFontDictionary;
const FONT_DIRECTORY = dirname(require.resolve('pdfmake/fonts/Roboto.js'));

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts(ROBOTO);
  // Documents are built from our own data: no remote images, and no file but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIRECTORY));
  configured = true;
}

export const PDF_CONTENT_TYPE = 'application/pdf';

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return (await pdfmake.createPdf(document).getBuffer()) as Buffer;
}
