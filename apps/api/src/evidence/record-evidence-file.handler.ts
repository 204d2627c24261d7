import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideEvidenceFile, evidenceStreamId } from '@dti/domain';
import { EVIDENCE_STORE, type EvidenceStore } from '@dti/evidence-store';
import { StreamCommandExecutor } from '../command-handling/stream-command-executor';
import { EvidenceFileResponse } from './dto/evidence-file.response';
import { evidenceFileStream } from './evidence-file.stream';
import { RecordEvidenceFileCommand } from './record-evidence-file.command';

/**
 * The file is kept first, then recorded: an event never names a file the store lacks. A crash between
 * the two leaves a kept file nobody cites, which is harmless (files are never deleted) and which the
 * next upload of the same bytes records. A refused command (another unit) keeps nothing: the unit was
 * already checked before the upload was read, and is checked again here by the decider.
 */
@CommandHandler(RecordEvidenceFileCommand)
export class RecordEvidenceFileHandler implements ICommandHandler<RecordEvidenceFileCommand, EvidenceFileResponse> {
  constructor(
    private readonly streams: StreamCommandExecutor,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  async execute({ received, envelope }: RecordEvidenceFileCommand): Promise<EvidenceFileResponse> {
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
    await this.streams.executeOnStream(
      evidenceStreamId(staged.sha256),
      evidenceFileStream,
      (state) => decideEvidenceFile(command, state),
      { envelope },
    );
    return { sha256: staged.sha256, name, size: staged.size, mediaType, unit };
  }
}
