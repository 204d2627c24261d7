import { Controller, Get, Res } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { DependencyChecks, healthResponse } from '@dti/platform';
import type { Response } from 'express';

/** The projector serves HTTP for its probes only. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly dependencies: DependencyChecks,
  ) {}

  /** Liveness: the process answers; no dependency is touched. */
  @Get()
  @HealthCheck()
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return healthResponse(response, () => this.health.check([]));
  }

  /** Readiness: PostgreSQL (projections), Redis (BullMQ) and the event store (subscription) answer. */
  @Get('ready')
  @HealthCheck()
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return healthResponse(response, () => this.health.check(this.dependencies.all()));
  }
}
