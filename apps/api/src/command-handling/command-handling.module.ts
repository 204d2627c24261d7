import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FoldCache } from '@dti/command-handling';
import { EventStoreModule } from '@dti/event-store';
import { PlatformHttpModule, type PlatformConfig } from '@dti/platform';
import { APPLICATION_ERROR_RULES } from './error-statuses';
import { IdempotencyFingerprintInterceptor } from './idempotency-fingerprint.interceptor';
import { OwnWrites } from './own-writes';

/**
 * Shared command plumbing for every feature module: the CQRS buses (CqrsModule.forRoot is global, so
 * it is set up here once; feature modules import this module, never CqrsModule.forRoot again), the
 * event store, OwnWrites, the process's FoldCache (one per process: a command reads only the events after
 * the state kept for its stream), the HTTP statuses of the domain's errors (registered once), and the
 * Idempotency-Key fingerprint check of every command route.
 */
@Module({
  imports: [CqrsModule.forRoot(), EventStoreModule, PlatformHttpModule.forFeature(APPLICATION_ERROR_RULES)],
  providers: [
    OwnWrites,
    {
      provide: FoldCache,
      inject: [ConfigService],
      useFactory: (config: ConfigService<PlatformConfig, true>) =>
        new FoldCache({ maxEvents: config.get('COMMAND_CACHE_MAX_EVENTS', { infer: true }) }),
    },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyFingerprintInterceptor },
  ],
  exports: [OwnWrites, FoldCache, EventStoreModule],
})
export class CommandHandlingModule {}
