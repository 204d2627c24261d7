import { open, type FileHandle } from 'node:fs/promises';
import { fromFile } from 'file-type';
import type { EvidenceMediaType } from './allowed-media-types';
import { readCompoundFileNames } from './compound-file';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory';

export type SniffedMediaType =
  { allowed: true; mediaType: EvidenceMediaType } | { allowed: false; detected: string | null };

const DIRECTLY_ALLOWED: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

// Office Open XML: the main part's content type, declared in [Content_Types].xml. Macro-enabled variants
// (docm, xlsm, pptm) declare another one and are refused.
const OFFICE_OPEN_XML: ReadonlyArray<{ mainPart: string; contentType: string; mediaType: EvidenceMediaType }> = [
  {
    mainPart: 'word/',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    mainPart: 'xl/',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    mainPart: 'ppt/',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
];

const OPEN_DOCUMENT: ReadonlySet<string> = new Set([
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

// Stream names at the root of a legacy Office compound file.
const COMPOUND_DOCUMENTS: ReadonlyArray<{ stream: string; mediaType: EvidenceMediaType }> = [
  { stream: 'WordDocument', mediaType: 'application/msword' },
  { stream: 'Workbook', mediaType: 'application/vnd.ms-excel' },
  { stream: 'Book', mediaType: 'application/vnd.ms-excel' },
  { stream: 'PowerPoint Document', mediaType: 'application/vnd.ms-powerpoint' },
];

const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * What a file is, from its bytes alone (its name and the declared Content-Type are the sender's claims).
 * file-type reads the signature; zips and compound files are then opened to tell an office document from
 * any other archive or container: a zip is docx/xlsx/pptx only if its central directory holds
 * [Content_Types].xml declaring the right main part and that part's folder, ODF only if its `mimetype`
 * entry says so; a compound file is a .doc/.xls/.ppt only if its directory holds their main stream.
 */
export async function sniffMediaType(path: string): Promise<SniffedMediaType> {
  const signature = await fromFile(path);
  if (signature === undefined) return { allowed: false, detected: null };
  if (DIRECTLY_ALLOWED.has(signature.mime)) {
    return { allowed: true, mediaType: signature.mime as EvidenceMediaType };
  }
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (signature.mime === 'application/x-cfb') return await sniffCompoundFile(file, size);
    if (
      signature.ext === 'zip' ||
      signature.ext === 'docx' ||
      signature.ext === 'xlsx' ||
      signature.ext === 'pptx' ||
      OPEN_DOCUMENT.has(signature.mime)
    ) {
      return await sniffZip(file, size);
    }
    return { allowed: false, detected: signature.mime };
  } finally {
    await file.close();
  }
}

async function sniffZip(file: FileHandle, size: number): Promise<SniffedMediaType> {
  const entries = await readZipDirectory(file, size);
  if (entries === null) return { allowed: false, detected: 'application/zip' };
  const byName = new Map<string, ZipEntry>(entries.map((entry) => [entry.name, entry]));

  const manifest = byName.get('[Content_Types].xml');
  if (manifest !== undefined) {
    const text = (await readZipEntry(file, size, manifest, MAX_MANIFEST_BYTES))?.toString('utf8') ?? '';
    for (const format of OFFICE_OPEN_XML) {
      const declared = text.includes(`"${format.contentType}"`);
      const hasPart = entries.some((entry) => entry.name.startsWith(format.mainPart) && entry.name.endsWith('.xml'));
      if (declared && hasPart) return { allowed: true, mediaType: format.mediaType };
    }
    return { allowed: false, detected: 'application/zip (Office Open XML without an accepted main part)' };
  }

  const mimetype = byName.get('mimetype');
  if (mimetype !== undefined && mimetype.method === 0) {
    const declared = (await readZipEntry(file, size, mimetype, 200))?.toString('ascii').trim() ?? '';
    if (OPEN_DOCUMENT.has(declared)) return { allowed: true, mediaType: declared as EvidenceMediaType };
    // Echoed in the refusal: only when it looks like a media type, never arbitrary bytes of the upload.
    return { allowed: false, detected: /^[a-z]+\/[a-z0-9.+-]{1,100}$/.test(declared) ? declared : 'application/zip' };
  }
  return { allowed: false, detected: 'application/zip' };
}

async function sniffCompoundFile(file: FileHandle, size: number): Promise<SniffedMediaType> {
  const names = await readCompoundFileNames(file, size);
  const match = COMPOUND_DOCUMENTS.find((document) => names?.has(document.stream));
  if (match !== undefined) return { allowed: true, mediaType: match.mediaType };
  return { allowed: false, detected: 'application/x-cfb' };
}
