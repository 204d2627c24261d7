import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { PlatformConfig } from '../config/platform-config.schema';
import { EventStoreHealthIndicator } from './event-store.health';
import { ProjectionHealthIndicator } from './projection.health';
import { RedisHealthIndicator } from './redis.health';

/** The dependencies every app needs to do useful work: what /health/ready checks in each of them. */
@Injectable()
export class DependencyChecks {
  constructor(
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionHealthIndicator,
    private readonly config: ConfigService<PlatformConfig, true>,
  ) {}

  all(): HealthIndicatorFunction[] {
    const timeout = this.config.get('HEALTH_TIMEOUT_MS', { infer: true });
    return [
      // TypeORM's ping is a `SELECT 1` on the read-model connection pool.
      () => this.postgres.pingCheck('postgres', { timeout }),
      () => this.redis.pingCheck('redis'),
      () => this.eventStore.pingCheck('eventStore'),
      // Informational unless a PROJECTION_READY_MAX_* limit is set (projection.health.ts).
      () => this.projections.check('projections'),
    ];
  }
}
