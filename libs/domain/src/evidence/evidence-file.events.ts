import type { UnitCode } from '../units/unit-code';

/**
 * Events of an evidence file's stream (`evidence-<sha256>`). The file itself lives in the evidence
 * store under its hash; the stream says who uploaded it, for which unit, under which name. One event
 * per unit and name: the same bytes uploaded by two units are stored once and recorded twice, so each
 * unit's submitters may read and cite it. Actor and time are the event's metadata.
 */
export type EvidenceFileStoredData = {
  /** Lower-case hex SHA-256 of the content: the file's name in the store. */
  sha256: string;
  /** The uploader's file name, sanitized (no path, no control characters, bounded length). */
  name: string;
  /** Bytes. */
  size: number;
  /** The media type detected from the bytes (never the name or the declared Content-Type). */
  mediaType: string;
  /** The unit the file was uploaded for. */
  unit: UnitCode;
};

export type EvidenceFileEvent = { type: 'EvidenceFileStored'; data: EvidenceFileStoredData };

export type EvidenceFileEventType = EvidenceFileEvent['type'];

export const EVIDENCE_FILE_EVENT_VERSIONS: Readonly<Record<EvidenceFileEventType, number>> = {
  EvidenceFileStored: 1,
};
