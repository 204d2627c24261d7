import { Inject, Injectable } from '@nestjs/common';
import Busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import {
  EVIDENCE_MEDIA_TYPES,
  EVIDENCE_STORE,
  EvidenceTooLargeError,
  EvidenceTypeNotAllowedError,
  sanitizeEvidenceName,
  sniffMediaType,
  type EvidenceMediaType,
  type EvidenceStore,
  type StagedEvidenceFile,
} from '@dti/evidence-store';
import { EvidenceUploadInvalidError } from './evidence.errors';

/** An upload received in full and checked, staged but not yet kept. */
export interface ReceivedEvidence {
  staged: StagedEvidenceFile;
  name: string;
  mediaType: EvidenceMediaType;
  unit: string;
}

export interface ReadEvidenceOptions {
  maxBytes: number;
  /** The unit from the query string, if given. */
  unit?: string;
  /** The unit when neither the query nor the form names one (a submitter's own). */
  defaultUnit?: string | null;
  /** Refuses a unit (throws); called as soon as the unit is known, before the file is read if possible. */
  checkUnit(unit: string): void;
}

// The form around the file (boundaries, headers, the unit field) is small; a body this much larger than
// the limit cannot hold an acceptable file and is refused before it is read.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a `multipart/form-data` upload: one file in the field `file` and, optionally, the field `unit`.
 * The file is streamed into the store's staging area while it is hashed (busboy, never buffered in
 * memory), cut off past the limit (413), then its media type is read from the staged bytes (415 for
 * anything outside the allow-list). Whatever goes wrong, the staged file is removed.
 */
@Injectable()
export class MultipartEvidenceReader {
  constructor(@Inject(EVIDENCE_STORE) private readonly store: EvidenceStore) {}

  async read(request: IncomingMessage, options: ReadEvidenceOptions): Promise<ReceivedEvidence> {
    const contentType = request.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) {
      throw new EvidenceUploadInvalidError(
        'Content-Type',
        `expected multipart/form-data, got "${contentType.slice(0, 100)}"`,
      );
    }
    const declaredLength = Number(request.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > options.maxBytes + FORM_OVERHEAD_BYTES) {
      throw new EvidenceTooLargeError(options.maxBytes);
    }
    let unit = options.unit;
    if (unit !== undefined) options.checkUnit(unit);

    const form = new FormReception();
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: request.headers,
        defParamCharset: 'utf8', // browsers send the file name as raw UTF-8
        limits: { files: 1, fileSize: options.maxBytes + 1, fields: 5, fieldSize: 200, parts: 8, fieldNameSize: 50 },
      });
    } catch (error) {
      throw new EvidenceUploadInvalidError('Content-Type', error instanceof Error ? error.message : 'unreadable');
    }
    const finished = new Promise<void>((resolve, reject) => {
      busboy.on('close', resolve);
      busboy.on('error', reject);
      request.on('error', reject);
      // Past the limit busboy discards the rest of the file but reads on to the end. A body without
      // Content-Length (chunked) that goes on well beyond any acceptable size is cut off here instead:
      // only a client not sending what browsers send does that, and it gets its connection closed.
      let received = 0;
      request.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received <= options.maxBytes + FORM_OVERHEAD_BYTES) return;
        const tooLarge = new EvidenceTooLargeError(options.maxBytes);
        request.unpipe(busboy);
        request.destroy();
        busboy.destroy(tooLarge); // ends the file stream with the error, so the staged part is removed
        reject(tooLarge);
      });
    });

    busboy.on('field', (name, value) => {
      if (name !== 'unit')
        return form.refuse(new EvidenceUploadInvalidError(name, 'unknown form field (expected file and unit)'));
      if (unit !== undefined && unit !== value) {
        return form.refuse(new EvidenceUploadInvalidError('unit', 'the form and the query name different units'));
      }
      unit = value;
      form.attempt(() => options.checkUnit(value));
    });
    busboy.on('file', (name, content, info) => {
      if (name !== 'file' || form.staging !== undefined || form.problem !== undefined) {
        if (name !== 'file') form.refuse(new EvidenceUploadInvalidError(name, 'the file goes in the field "file"'));
        content.resume(); // drain it: nothing of a refused part is written anywhere
        return;
      }
      form.fileName = info.filename;
      form.staging = this.store.stage(content, { maxBytes: options.maxBytes });
      // Settled later; never an unhandled rejection meanwhile.
      form.staging.catch(() => undefined);
    });
    busboy.on('filesLimit', () => form.refuse(new EvidenceUploadInvalidError('file', 'send one file per request')));
    busboy.on('partsLimit', () => form.refuse(new EvidenceUploadInvalidError('file', 'too many form parts')));
    busboy.on('fieldsLimit', () => form.refuse(new EvidenceUploadInvalidError('unit', 'too many form fields')));

    request.pipe(busboy);
    try {
      await finished;
    } catch (error) {
      await this.discard(form.staging);
      if (error instanceof EvidenceTooLargeError) throw error;
      throw new EvidenceUploadInvalidError(
        'file',
        `the multipart body is malformed or was cut off (${error instanceof Error ? error.message : 'unreadable'})`,
      );
    }
    if (form.problem !== undefined) {
      await this.discard(form.staging);
      throw form.problem;
    }
    if (form.staging === undefined) throw new EvidenceUploadInvalidError('file', 'no file in the field "file"');
    const staged = await form.staging; // EvidenceTooLargeError when cut off at the limit; nothing kept
    try {
      const chosen = unit ?? options.defaultUnit ?? undefined;
      if (chosen === undefined || chosen === null) {
        throw new EvidenceUploadInvalidError('unit', 'name the unit the file is for (?unit=CODE or a form field)');
      }
      if (unit === undefined) options.checkUnit(chosen);
      const sniffed = await sniffMediaType(staged.localPath);
      if (!sniffed.allowed) throw new EvidenceTypeNotAllowedError(sniffed.detected, EVIDENCE_MEDIA_TYPES);
      return {
        staged,
        mediaType: sniffed.mediaType,
        name: sanitizeEvidenceName(form.fileName, sniffed.mediaType),
        unit: chosen,
      };
    } catch (error) {
      await this.store.discard(staged);
      throw error;
    }
  }

  private async discard(staging: Promise<StagedEvidenceFile> | undefined): Promise<void> {
    if (staging === undefined) return;
    const staged = await staging.catch(() => undefined); // a failed stage already removed its file
    if (staged !== undefined) await this.store.discard(staged);
  }
}

/** What the form brought so far, and the first reason to refuse it. */
class FormReception {
  staging?: Promise<StagedEvidenceFile>;
  fileName?: string;
  problem?: unknown;

  refuse(problem: unknown): void {
    this.problem ??= problem;
  }

  attempt(check: () => void): void {
    try {
      check();
    } catch (error) {
      this.refuse(error);
    }
  }
}
