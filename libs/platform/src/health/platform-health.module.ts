import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreModule } from '@dti/event-store';
import { DependencyChecks } from './dependency-checks';
import { EventStoreHealthIndicator } from './event-store.health';
import { RedisHealthIndicator } from './redis.health';

/** Terminus and the dependency checks; an app's health controller imports this and adds its own checks. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), EventStoreModule],
  providers: [RedisHealthIndicator, EventStoreHealthIndicator, DependencyChecks],
  exports: [TerminusModule, DependencyChecks],
})
export class PlatformHealthModule {}
