import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@dti/evidence-store';
import { PlatformHttpModule } from '@dti/platform';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { EvidenceCatalog } from './evidence-catalog';
import { EvidenceController } from './evidence.controller';
import { EVIDENCE_ERROR_RULES } from './evidence.errors';
import { MultipartEvidenceReader } from './multipart-evidence.reader';
import { RecordEvidenceFile } from './record-evidence-file';

/**
 * Evidence files: upload (POST /evidence), download and metadata (GET /evidence/{sha256}[/meta]). Bytes in
 * the evidence store (EVIDENCE_DIR), who uploaded what for which unit in `evidence-<sha256>` streams.
 * Its error statuses (EVIDENCE_ERROR_RULES) also answer the assessment commands' EVIDENCE_FILE_NOT_UPLOADED.
 */
@Module({
  imports: [CommandHandlingModule, EvidenceStoreModule, PlatformHttpModule.forFeature(EVIDENCE_ERROR_RULES)],
  controllers: [EvidenceController],
  providers: [EvidenceCatalog, MultipartEvidenceReader, RecordEvidenceFile],
})
export class EvidenceModule {}
