import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventStoreModule } from '@dti/event-store';
import {
  BullWorkersDrainOnShutdown,
  HttpDrainOnShutdown,
  PLATFORM_CONFIG,
  PlatformConfig,
  PlatformConfigModule,
  PlatformHttpModule,
  PlatformLoggingModule,
  PlatformRedisModule,
  ReadModelDatabaseModule,
  bullMqRootOptions,
} from '@dti/platform';
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
