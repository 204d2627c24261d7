import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiMetrics } from './api-metrics';

/** Times every request into `dti_http_request_duration_seconds`, labelled by the route that matched. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ApiMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = this.metrics.httpDuration.startTimer();
    response.once('finish', () => {
      stop({ method: request.method, route: routeOf(request), status_code: String(response.statusCode) });
    });
    next();
  }
}

/** The matched pattern ("/assessments/:unit/:period"), or "unmatched": raw paths would explode the series. */
function routeOf(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  if (route === undefined || typeof route.path !== 'string') return 'unmatched';
  return `${request.baseUrl ?? ''}${route.path}` || '/';
}
