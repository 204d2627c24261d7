import { Inject, Injectable } from '@nestjs/common';
import { handleCommand } from '@dti/command-handling';
import { decideEvidenceFile, evidenceFileDecider, evidenceStreamId, type CommandEnvelope } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { EVIDENCE_STORE, type EvidenceStore } from '@dti/evidence-store';
import { OwnWrites } from '../command-handling/own-writes';
import type { EvidenceFileResponse } from './dto/evidence-file.response';
import type { ReceivedEvidence } from './multipart-evidence.reader';

/**
 * Keeps a received (staged, checked) upload under its hash and records it in `evidence-<sha256>`.
 * The file is kept first, then recorded: an event never names a file the store lacks. A crash between
 * the two leaves a kept file nobody cites, which is harmless (files are never deleted) and which the
 * next upload of the same bytes records. A refused command (another unit) keeps nothing: the unit was
 * already checked before the upload was read, and is checked again here by the decider.
 */
@Injectable()
export class RecordEvidenceFile {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly ownWrites: OwnWrites,
  ) {}

  async record(received: ReceivedEvidence, envelope: CommandEnvelope): Promise<EvidenceFileResponse> {
    const { staged, name, mediaType, unit } = received;
    const command = {
      type: 'RecordEvidenceFile' as const,
      data: { sha256: staged.sha256, name, size: staged.size, mediaType, unit },
      metadata: envelope,
    };
    try {
      // Decided once before keeping the bytes, so a refusal leaves no file behind.
      decideEvidenceFile(command, { status: 'unknown' });
    } catch (error) {
      await this.store.discard(staged);
      throw error;
    }
    await this.store.commit(staged);
    const streamId = evidenceStreamId(staged.sha256);
    await this.ownWrites.recording(envelope.actor, streamId, (onRead) =>
      handleCommand(this.events, streamId, evidenceFileDecider, command, { envelope, onRead }),
    );
    return { sha256: staged.sha256, name, size: staged.size, mediaType, unit };
  }
}
