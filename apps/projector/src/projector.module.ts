import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { EventStoreModule, EventStoreUpcastersModule } from '@dti/event-store';
import {
  BullWorkersDrainOnShutdown,
  HttpDrainOnShutdown,
  PLATFORM_CONFIG,
  PlatformConfig,
  PlatformConfigModule,
  PlatformHttpModule,
  PlatformLoggingModule,
  PlatformRedisModule,
  ProjectionReadSideModule,
  ReadModelDatabaseModule,
  bullMqRootOptions,
} from '@dti/platform';
import { PROJECTION_QUEUE, qualifiedTable, readProjectionLag } from '@dti/read-model';
import { EventStoreHeadReporter } from './event-store-head.reporter';
import { HealthModule } from './health/health.module';
import { ProjectionsModule } from './projections/projections.module';

/**
 * The projector's root: it will read the event store's global subscription and feed BullMQ workers
 * that build the read model. Feature modules (subscription, projections) are added to `imports`.
 */
@Module({
  imports: [
    PlatformConfigModule.forRoot(),
    PlatformLoggingModule.forRoot({ service: 'projector' }),
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
    BullModule.forRootAsync({
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig) => bullMqRootOptions(config),
    }),
    DiscoveryModule,
    HealthModule,
    ProjectionsModule,
  ],
  // Root-module providers are torn down first: workers finish their jobs and HTTP drains before
  // the pools they use close.
  providers: [BullWorkersDrainOnShutdown, HttpDrainOnShutdown, EventStoreHeadReporter],
})
export class ProjectorModule {}
