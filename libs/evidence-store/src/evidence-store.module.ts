import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@dti/platform';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store.port';
import { FilesystemEvidenceStore } from './filesystem/filesystem-evidence-store';

/** A staged upload untouched this long was abandoned (a crash, a killed replica): no live upload idles an hour. */
export const STALE_STAGED_FILE_MS = 60 * 60 * 1000;

/** Sweeps what crashed uploads left in staging when the app starts; never touches stored files. */
@Injectable()
class StagingSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger('EvidenceStore');

  constructor(@Inject(EVIDENCE_STORE) private readonly store: EvidenceStore) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const removed = await this.store.removeStaleStagedFiles(STALE_STAGED_FILE_MS);
      if (removed > 0) this.logger.log(`Removed ${removed} abandoned staged upload(s)`);
    } catch (error) {
      // Housekeeping: an unreadable staging directory must not stop the API; uploads will say why.
      this.logger.warn({ err: error }, 'Could not sweep abandoned staged uploads');
    }
  }
}

/** The application's EvidenceStore: the filesystem adapter at EVIDENCE_DIR. */
@Module({
  providers: [
    {
      provide: EVIDENCE_STORE,
      useFactory: (config: PlatformConfig): EvidenceStore => new FilesystemEvidenceStore(config.EVIDENCE_DIR),
      inject: [PLATFORM_CONFIG],
    },
    StagingSweep,
  ],
  exports: [EVIDENCE_STORE],
})
export class EvidenceStoreModule {}
