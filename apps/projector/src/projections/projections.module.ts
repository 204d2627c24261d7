import { Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, EventStoreModule } from '@dti/event-store';
import { PLATFORM_CONFIG, PlatformConfig } from '@dti/platform';
import { ReadModelModule } from '@dti/read-model';
import { ProjectorRuntime } from './projector-runtime';

/**
 * Starts the projection feed and worker with the app and stops them before the connections they use
 * close. Start-up never waits for PostgreSQL or Redis: the feed retries with backoff and /health/ready
 * reports the outage.
 */
@Injectable()
export class ProjectorRuntimeHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private readonly runtime: ProjectorRuntime;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {
    this.runtime = new ProjectorRuntime({
      store,
      dataSource,
      redisUrl: config.REDIS_URL,
      prefix: config.BULLMQ_PREFIX,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.runtime.start();
    this.logger.log('Projection feed and worker started');
  }

  async onModuleDestroy(): Promise<void> {
    await this.runtime.stop(this.config.SHUTDOWN_TIMEOUT_MS);
  }
}

@Module({
  imports: [EventStoreModule, ReadModelModule],
  providers: [ProjectorRuntimeHost],
})
export class ProjectionsModule {}
