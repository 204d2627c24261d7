import { Inject, Injectable } from '@nestjs/common';
import { readState } from '@dti/command-handling';
import { evidenceFileDecider, evidenceStreamId, mayReadAssessment, type Actor } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { SHA256_HEX } from '@dti/evidence-store';
import { EvidenceNotFoundError, InvalidEvidenceHashError } from './evidence.errors';

export interface EvidenceUpload {
  unit: string;
  name: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** What the event store knows of a stored file. */
export interface EvidenceRecord {
  sha256: string;
  size: number;
  mediaType: string;
  /** Oldest first. */
  uploads: EvidenceUpload[];
}

/**
 * The metadata of evidence files, read from their streams (one indexed read per file), and who may read
 * them. A submitter reads the files uploaded for their own unit (a submission can only cite those: see
 * AssessmentCommands, so every file their unit's submissions reference is among them); every other role
 * that reads assessments reads any file.
 */
@Injectable()
export class EvidenceCatalog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The hash of a request path, lower-cased; 400 when it is not 64 hex digits. */
  static parseHash(value: string): string {
    const sha256 = value.toLowerCase();
    if (!SHA256_HEX.test(sha256)) throw new InvalidEvidenceHashError(value);
    return sha256;
  }

  async find(sha256: string): Promise<EvidenceRecord | null> {
    const read = await readState(this.store, evidenceStreamId(sha256), evidenceFileDecider);
    if (read.state.status !== 'stored') return null;
    const { size, mediaType } = read.state;
    const uploads = read.events.map(({ event, metadata }) => ({
      unit: event.data.unit,
      name: event.data.name,
      uploadedBy: metadata.actor,
      uploadedAt: metadata.occurredAt,
    }));
    return { sha256, size, mediaType, uploads };
  }

  /** The file as this reader may see it: a submitter sees only their unit's uploads. 404 otherwise. */
  async readableBy(reader: Actor, rawHash: string): Promise<EvidenceRecord> {
    const sha256 = EvidenceCatalog.parseHash(rawHash);
    const record = await this.find(sha256);
    const uploads = record?.uploads.filter((upload) => mayReadAssessment(reader, upload.unit)) ?? [];
    if (record === null || uploads.length === 0) throw new EvidenceNotFoundError(sha256);
    return { ...record, uploads };
  }
}
