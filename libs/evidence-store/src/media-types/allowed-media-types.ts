/**
 * The media types an evidence file may have, each with the file name extensions that fit it. Scanned
 * documents (PDF, images) and the office formats agencies write their reports in; nothing that runs
 * (no macro-enabled Office formats, no HTML, no archives).
 */
export const ALLOWED_EVIDENCE_MEDIA_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
} as const satisfies Record<string, readonly string[]>;

export type EvidenceMediaType = keyof typeof ALLOWED_EVIDENCE_MEDIA_TYPES;

export const EVIDENCE_MEDIA_TYPES = Object.keys(ALLOWED_EVIDENCE_MEDIA_TYPES) as EvidenceMediaType[];

export function isEvidenceMediaType(value: string): value is EvidenceMediaType {
  return Object.prototype.hasOwnProperty.call(ALLOWED_EVIDENCE_MEDIA_TYPES, value);
}

/** The usual extension of a media type ("pdf", "docx"). */
export function extensionOf(mediaType: EvidenceMediaType): string {
  return ALLOWED_EVIDENCE_MEDIA_TYPES[mediaType][0];
}

/** Opened by the browser itself (inline); everything else is downloaded (attachment). */
export function isShownInline(mediaType: string): boolean {
  return mediaType === 'application/pdf' || (mediaType.startsWith('image/') && isEvidenceMediaType(mediaType));
}
