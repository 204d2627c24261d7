import { Injectable } from '@nestjs/common';
import { EdgeRejections, ProjectionMonitor, PROJECTION_QUEUE_STATES, type ProjectionSnapshot } from '@dti/platform';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The API's Prometheus metrics, in a registry of its own (not prom-client's global one, so two apps in
 * one process — the tests — never collide):
 *  - default process metrics (CPU, memory, event-loop lag, GC, handles), prefixed `dti_api_`;
 *  - `dti_http_request_duration_seconds{method,route,status_code}`: every request, `route` the matched
 *    pattern (never the raw path: ids would explode the series);
 *  - `dti_http_rejected_before_routing_total{method,status_code,code}`: requests refused before routing
 *    (malformed JSON, 413), which never reach the middleware timing the others;
 *  - the read side, read when scraped: `dti_projection_lag_events`, `dti_projection_lag_seconds`,
 *    `dti_projection_queue_jobs{state}`, `dti_projection_parked_jobs`, `dti_projection_checkpoint_position`,
 *    `dti_event_store_head_position`. A part that cannot be read is NaN.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly rejectedBeforeRouting: Counter<'method' | 'status_code' | 'code'>;

  constructor(monitor: ProjectionMonitor, edgeRejections: EdgeRejections) {
    collectDefaultMetrics({ register: this.registry, prefix: 'dti_api_' });
    this.httpDuration = new Histogram({
      name: 'dti_http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    // Malformed JSON, bodies too large: refused before the route's middleware could time them.
    this.rejectedBeforeRouting = new Counter({
      name: 'dti_http_rejected_before_routing_total',
      help: 'Requests refused before routing (malformed JSON, body too large, bad URL encoding), by status and code',
      labelNames: ['method', 'status_code', 'code'],
      registers: [this.registry],
    });
    edgeRejections.subscribe(({ method, status, code }) =>
      this.rejectedBeforeRouting.inc({ method, status_code: String(status), code }),
    );
    // One snapshot per scrape, shared by the gauges below (each gauge's collect asks for it).
    let scrape: Promise<ProjectionSnapshot> | undefined;
    const snapshot = () => (scrape ??= monitor.snapshot().finally(() => setImmediate(() => (scrape = undefined))));
    const gauge = (name: string, help: string, read: (s: ProjectionSnapshot) => number | null | undefined) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const value = read(await snapshot());
          this.set(value ?? Number.NaN);
        },
      });
    gauge(
      'dti_projection_lag_events',
      'Events after the projector checkpoint (counted up to 10,000)',
      (s) => s.lag?.events,
    );
    gauge(
      'dti_projection_lag_seconds',
      'Age in seconds of the oldest event not yet projected (0 when none)',
      (s) => s.lag?.seconds,
    );
    gauge('dti_projection_parked_jobs', 'Projection jobs parked after all their attempts', (s) => s.parked);
    gauge('dti_projection_checkpoint_position', 'Global position of the projector checkpoint', (s) =>
      s.lag === null ? null : Number(s.lag.checkpoint),
    );
    gauge('dti_event_store_head_position', 'Global position of the last event in the log', (s) =>
      s.lag === null ? null : Number(s.lag.head),
    );
    new Gauge({
      name: 'dti_projection_queue_jobs',
      help: 'Jobs in the projection queue, by state',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const { queue } = await snapshot();
        for (const state of PROJECTION_QUEUE_STATES) this.set({ state }, queue?.[state] ?? Number.NaN);
      },
    });
  }
}
