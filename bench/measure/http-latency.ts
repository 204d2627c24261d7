import autocannon from 'autocannon';
import { percentiles, round1, type Percentiles } from '../support/percentiles';

export interface EndpointLoad {
  /** Key in the results (`scorecard`, `ranking`…). */
  name: string;
  /** What is asked, for the report: e.g. `GET /scorecards/{unit}/{period}`. */
  route: string;
  /** The paths requested in turn (units, quarters, positions vary so no one row is always hot). */
  paths: readonly string[];
  authenticated: boolean;
}

export interface EndpointLatency extends Percentiles {
  route: string;
  requests: number;
  requestsPerSec: number;
  mean: number;
  max: number;
  non2xx: number;
  errors: number;
  /** p95 of this endpoint ÷ p95 of the trivial endpoint (/health) in the same run. */
  p95VsHealth?: number;
}

/**
 * Latency of each endpoint with autocannon against the real API process: `connections` concurrent
 * clients for `seconds`, each request taking the next path of the list. Percentiles come from every
 * response's own time (autocannon's summary has no p95), and any non-2xx answer is counted, not hidden.
 */
export async function measureEndpoint(
  baseUrl: string,
  token: string,
  load: EndpointLoad,
  settings: { connections: number; seconds: number },
): Promise<EndpointLatency> {
  let next = 0;
  const times: number[] = [];
  const headers: Record<string, string> = load.authenticated ? { authorization: `Bearer ${token}` } : {};
  const result = await new Promise<autocannon.AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: settings.connections,
        duration: settings.seconds,
        timeout: 30,
        headers,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const path = load.paths[next % load.paths.length];
              next += 1;
              return { ...request, path };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  const stats = percentiles(times);
  return {
    route: load.route,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
    mean: stats.mean,
    max: stats.max,
    requests: result.requests.total,
    requestsPerSec: round1(result.requests.total / Math.max(1, result.duration)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
