import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@dti/evidence-store';
import { PlatformHttpModule } from '@dti/platform';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { EvidenceCatalog } from './evidence-catalog';
import { EvidenceController } from './evidence.controller';
import { EVIDENCE_ERROR_RULES } from './evidence.errors';
import { MultipartEvidenceReader } from './multipart-evidence.reader';
import { RecordEvidenceFileHandler } from './record-evidence-file.handler';

/**
 * Evidence files: upload (POST /evidence), download and metadata (GET /evidence/{sha256}[/meta]). Bytes in
 * the evidence store (EVIDENCE_DIR), who uploaded what for which unit in `evidence-<sha256>` streams.
 * Exports EvidenceCatalog so the assessment commands check the files they cite.
 */
@Module({
  imports: [CommandHandlingModule, EvidenceStoreModule, PlatformHttpModule.forFeature(EVIDENCE_ERROR_RULES)],
  controllers: [EvidenceController],
  providers: [EvidenceCatalog, MultipartEvidenceReader, RecordEvidenceFileHandler],
  exports: [EvidenceCatalog],
})
export class EvidenceModule {}
