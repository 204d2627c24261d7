import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { DependencyChecks, healthResponse } from '@dti/platform';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';

// Probes carry no token: orchestrators and load balancers call them.
@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly dependencies: DependencyChecks,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness: the process answers. Checks no dependency, so an outage elsewhere never restarts it.',
  })
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return healthResponse(response, () => this.health.check([]));
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: PostgreSQL, Redis and the event store each answer; 503 naming any that does not.',
  })
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return healthResponse(response, () => this.health.check(this.dependencies.all()));
  }
}
