import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreModule } from '@dti/event-store';
import { DependencyChecks } from './dependency-checks';
import { EventStoreHealthIndicator } from './event-store.health';
import { ProjectionHealthIndicator } from './projection.health';
import { ProjectionMonitor } from './projection-monitor';
import { RedisHealthIndicator } from './redis.health';

/**
 * Terminus, the dependency checks and the read side's monitor (lag, queue, parked jobs); an app's health
 * controller imports this and adds its own checks.
 */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), EventStoreModule],
  providers: [
    RedisHealthIndicator,
    EventStoreHealthIndicator,
    ProjectionMonitor,
    ProjectionHealthIndicator,
    DependencyChecks,
  ],
  exports: [TerminusModule, DependencyChecks, ProjectionMonitor],
})
export class PlatformHealthModule {}
