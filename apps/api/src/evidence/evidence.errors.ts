import type { ErrorStatusRule } from '@dti/platform';
import { EvidenceTooLargeError, EvidenceTypeNotAllowedError } from '@dti/evidence-store';

/** Base of the evidence endpoints' own refusals: a code, a message in Vietnamese and English, details. */
abstract class EvidenceRequestError extends Error {
  abstract readonly code: string;
  constructor(
    vi: string,
    en: string,
    readonly details: Readonly<Record<string, unknown>>,
  ) {
    super(`${vi} / ${en}`);
    this.name = new.target.name;
  }
}

/** A path hash that is not 64 hexadecimal digits. */
export class InvalidEvidenceHashError extends EvidenceRequestError {
  readonly code = 'INVALID_EVIDENCE_HASH';
  constructor(value: string) {
    super(
      'Mã SHA-256 của tệp minh chứng không hợp lệ (cần 64 chữ số thập lục phân)',
      `The evidence file's SHA-256 must be 64 hexadecimal digits, got "${value.slice(0, 80)}"`,
      { field: 'sha256' },
    );
  }
}

/** No such file, or none this account may read (the two are not told apart: a hash reveals content). */
export class EvidenceNotFoundError extends EvidenceRequestError {
  readonly code = 'EVIDENCE_NOT_FOUND';
  constructor(sha256: string) {
    super('Không tìm thấy tệp minh chứng', `No evidence file ${sha256} that this account may read`, { sha256 });
  }
}

/** The request is not a multipart form with one file in the field `file`. */
export class EvidenceUploadInvalidError extends EvidenceRequestError {
  readonly code = 'EVIDENCE_UPLOAD_INVALID';
  constructor(field: string, problem: string, vi = 'Yêu cầu tải tệp minh chứng không hợp lệ') {
    super(`${vi}: ${field}`, `The evidence upload is invalid (${field}): ${problem}`, { field, problem });
  }
}

/** A submission cites a file hash that was not uploaded for its unit. */
export class EvidenceFileNotUploadedError extends EvidenceRequestError {
  readonly code = 'EVIDENCE_FILE_NOT_UPLOADED';
  constructor(field: string, index: number, sha256: string, unit: string) {
    super(
      `Minh chứng thứ ${index + 1}: chưa có tệp nào với mã SHA-256 này được tải lên cho đơn vị ${unit}`,
      `Evidence #${index + 1} (${field}): no file with this SHA-256 was uploaded for unit ${unit}; upload it first (POST /evidence)`,
      { field, index, sha256, unit },
    );
  }
}

export const EVIDENCE_ERROR_RULES: ErrorStatusRule[] = [
  { error: EvidenceTooLargeError, status: 413, title: 'Evidence file too large' },
  { error: EvidenceTypeNotAllowedError, status: 415, title: 'Evidence file type not allowed' },
  { error: InvalidEvidenceHashError, status: 400 },
  { error: EvidenceUploadInvalidError, status: 400 },
  { error: EvidenceNotFoundError, status: 404 },
  { error: EvidenceFileNotUploadedError, status: 422 },
];
