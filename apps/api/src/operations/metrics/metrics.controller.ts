import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { ApiMetrics } from './api-metrics';
import { MetricsTokenError } from './metrics-token.error';

/**
 * Prometheus' scrape endpoint. Public by default (scraped from inside the deployment's network, like the
 * probes); set METRICS_TOKEN and it wants `Authorization: Bearer <METRICS_TOKEN>` — a static secret of
 * the scraper's, not a user's JWT, so no account has to exist for monitoring.
 */
@Public()
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: ApiMetrics,
    config: ConfigService,
  ) {
    const token = config.get<string>('METRICS_TOKEN');
    this.token = token ? Buffer.from(token) : null;
  }

  @Get()
  @ApiOperation({
    summary:
      'Prometheus metrics: HTTP durations, projection lag, queue depths, parked jobs, process metrics. ' +
      'Public unless METRICS_TOKEN is set (then Authorization: Bearer <METRICS_TOKEN>).',
  })
  @ApiProduces('text/plain')
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and was not sent (problem+json).' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    if (this.token !== null && !this.presented(authorization)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="dti-hue-metrics"');
      throw new MetricsTokenError();
    }
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }

  private presented(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (match === null || this.token === null) return false;
    const given = Buffer.from(match[1]);
    return given.length === this.token.length && timingSafeEqual(given, this.token);
  }
}
