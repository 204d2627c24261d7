/**
 * The store's refusals, as typed errors the HTTP layer maps to statuses in one place. Each says why in
 * Vietnamese and in English and carries machine-readable details.
 */
export class EvidenceTooLargeError extends Error {
  override readonly name = 'EvidenceTooLargeError';
  readonly code = 'EVIDENCE_TOO_LARGE' as const;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(readonly maxBytes: number) {
    super(
      `Tệp minh chứng vượt quá dung lượng cho phép (${maxBytes} byte) / ` +
        `The evidence file is larger than the limit of ${maxBytes} bytes`,
    );
    this.details = { field: 'file', maxBytes };
  }
}

export class EvidenceTypeNotAllowedError extends Error {
  override readonly name = 'EvidenceTypeNotAllowedError';
  readonly code = 'EVIDENCE_TYPE_NOT_ALLOWED' as const;
  readonly details: Readonly<Record<string, unknown>>;

  /** `detected`: what the bytes are (e.g. "application/x-msdownload", "application/zip"), or null when unknown. */
  constructor(detected: string | null, allowed: readonly string[]) {
    super(
      `Loại tệp không được chấp nhận${detected === null ? '' : ` (${detected})`}: chỉ nhận PDF, ảnh (PNG, JPEG, GIF, WEBP) ` +
        `và văn bản Office/OpenDocument / The file's content is not an accepted type` +
        `${detected === null ? '' : ` (${detected})`}: PDF, images (PNG, JPEG, GIF, WEBP) and office documents only`,
    );
    this.details = { field: 'file', detected, allowed };
  }
}
