import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@dti/event-store';
import { PlatformHttpModule } from '@dti/platform';
import { APPLICATION_ERROR_RULES } from './error-statuses';
import { IdempotencyFingerprintInterceptor } from './idempotency-fingerprint.interceptor';
import { OwnWrites } from './own-writes';

/**
 * Shared command plumbing for every feature module: the CQRS buses (CqrsModule.forRoot is global, so
 * it is set up here once; feature modules import this module, never CqrsModule.forRoot again), the
 * event store, OwnWrites, the HTTP statuses of the domain's errors (registered once), and the
 * Idempotency-Key fingerprint check of every command route.
 */
@Module({
  imports: [CqrsModule.forRoot(), EventStoreModule, PlatformHttpModule.forFeature(APPLICATION_ERROR_RULES)],
  providers: [OwnWrites, { provide: APP_INTERCEPTOR, useClass: IdempotencyFingerprintInterceptor }],
  exports: [OwnWrites, EventStoreModule],
})
export class CommandHandlingModule {}
