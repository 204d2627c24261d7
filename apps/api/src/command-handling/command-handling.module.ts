import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FoldCache } from '@dti/command-handling';
import { EventStoreModule } from '@dti/event-store';
import { PlatformHttpModule } from '@dti/platform';
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
    { provide: FoldCache, useFactory: () => new FoldCache() },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyFingerprintInterceptor },
  ],
  exports: [OwnWrites, FoldCache, EventStoreModule],
})
export class CommandHandlingModule {}
