import { Injectable } from '@nestjs/common';
import { evidenceStreamId, mayReadAssessment, type Actor } from '@dti/domain';
import { SHA256_HEX } from '@dti/evidence-store';
import { StreamCommandExecutor } from '../command-handling/stream-command-executor';
import { EvidenceFileNotUploadedError, EvidenceNotFoundError, InvalidEvidenceHashError } from './evidence.errors';
import { evidenceFileStream } from './evidence-file.stream';

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
 * or cite them. A submitter reads and cites the files uploaded for their own unit (a submission can only
 * cite those, so every file their unit's submissions reference is among them); every other role that
 * reads assessments reads any file.
 */
@Injectable()
export class EvidenceCatalog {
  constructor(private readonly streams: StreamCommandExecutor) {}

  /** The hash of a request path, lower-cased; 400 when it is not 64 hex digits. */
  static parseHash(value: string): string {
    const sha256 = value.toLowerCase();
    if (!SHA256_HEX.test(sha256)) throw new InvalidEvidenceHashError(value);
    return sha256;
  }

  async find(sha256: string): Promise<EvidenceRecord | null> {
    const loaded = await this.streams.loadStream(evidenceStreamId(sha256), evidenceFileStream);
    if (loaded.state.status !== 'stored') return null;
    const { size, mediaType } = loaded.state;
    const uploads = loaded.events.map(({ event, recorded }) => ({
      unit: event.data.unit,
      name: event.data.name,
      uploadedBy: recorded.metadata.actor,
      uploadedAt: recorded.metadata.occurredAt,
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

  /**
   * Every file hash a command of `unit` cites must have been uploaded for that unit: else 422 naming the
   * item (`evidence[2].sha256`). Nothing is decided before this passes.
   */
  async requireCitableBy(
    unit: string,
    evidence: ReadonlyArray<{ sha256?: string | null }> | undefined,
    field = 'evidence',
  ): Promise<void> {
    for (const [index, item] of (evidence ?? []).entries()) {
      if (typeof item.sha256 !== 'string' || !SHA256_HEX.test(item.sha256.toLowerCase())) continue; // the domain says why
      const sha256 = item.sha256.toLowerCase();
      const record = await this.find(sha256);
      if (!record?.uploads.some((upload) => upload.unit === unit)) {
        throw new EvidenceFileNotUploadedError(`${field}[${index}].sha256`, index, sha256, unit);
      }
    }
  }
}
