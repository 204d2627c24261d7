import { Module } from '@nestjs/common';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { EventStoreModule, EventStoreUpcastersModule } from '@dti/event-store';
import {
  HttpDrainOnShutdown,
  PlatformConfigModule,
  PlatformHttpModule,
  PlatformLoggingModule,
  PlatformRedisModule,
  ProjectionReadSideModule,
  ReadModelDatabaseModule,
} from '@dti/platform';
import { PROJECTION_QUEUE, qualifiedTable, readProjectionLag } from '@dti/read-model';
import { HealthModule } from './health/health.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { ReviewQueueModule } from './review-queue/review-queue.module';
import { AuthModule } from './auth/auth.module';
import { AccountsModule } from './accounts/accounts.module';
import { UnitsModule } from './units/units.module';
import { CataloguesModule } from './catalogues/catalogues.module';
import { ReadSideModule } from './read-side/read-side.module';
import { ExportsModule } from './exports/exports.module';
import { OpenDataModule } from './open-data/open-data.module';
import { OperationsModule } from './operations/operations.module';
import { EvidenceModule } from './evidence/evidence.module';
import { PlansModule } from './plans/plans.module';

/**
 * The HTTP API's root. Feature modules (commands, queries, auth) are added to `imports`; the platform
 * modules above them give every feature configuration, JSON logs, problem+json errors and validation.
 */
@Module({
  imports: [
    PlatformConfigModule.forRoot(),
    PlatformLoggingModule.forRoot({ service: 'api' }),
    PlatformHttpModule.forRoot(),
    PlatformRedisModule,
    ReadModelDatabaseModule,
    EventStoreModule,
    // Old schema versions of the domain's events are upgraded on read, before any decider or projection sees them.
    EventStoreUpcastersModule.register(DOMAIN_UPCASTERS),
    // The platform's health checks and metrics read the projector's lag, queue and parked jobs through this port.
    ProjectionReadSideModule.register({
      queueName: PROJECTION_QUEUE,
      readLag: readProjectionLag,
      parkedJobsTable: (dataSource) => qualifiedTable(dataSource, 'parked_jobs'),
    }),
    HealthModule,
    AssessmentsModule,
    ReviewQueueModule,
    AuthModule,
    AccountsModule,
    UnitsModule,
    CataloguesModule,
    // Before ReadSideModule: routes match in registration order, and …/{period}.pdf must not reach /:period.
    ExportsModule,
    ReadSideModule,
    OpenDataModule,
    OperationsModule,
    EvidenceModule,
    PlansModule,
  ],
  // Here, in the root module, so it drains requests before any other module tears down.
  providers: [HttpDrainOnShutdown],
})
export class AppModule {}
