import type { EndpointLatency } from '../measure/http-latency';
import type { LiveLagResult } from '../measure/live-lag';
import type { LoadResult } from '../measure/load-events';
import type { RawReadResult } from '../measure/raw-read';
import type { RebuildResult } from '../measure/rebuild';
import type { ProfileSummary } from '../summarize-cpu-profile';
import type { MachineInfo } from '../support/machine';
import type { Percentiles } from '../support/percentiles';
import { TARGETS, atLeast, below, type TargetCheck } from './targets';

/** bench/results/latest.json. The first keys are the contract; the rest is detail for the reader. */
export interface BenchResults {
  bench: 'read-side';
  date: string;
  command: string;
  mode: string;
  seconds: number;
  machine: MachineInfo;
  province: {
    units: number;
    quarters: string;
    unitQuarters: number;
    seed: number;
    eventTypes: Record<string, number>;
    commands: Record<string, number>;
    generationSeconds: number;
    reusedCachedFile: boolean;
  };
  events: number;
  loadEventsPerSec: number;
  load: LoadResult;
  rawReadEventsPerSec: number;
  rawRead: RawReadResult;
  rebuildEventsPerSec: number;
  rebuild: RebuildResult;
  rebuildVsRawRead: number;
  lagMs: Percentiles;
  lag: LiveLagResult;
  queries: Record<string, Percentiles>;
  http: { connections: number; secondsPerEndpoint: number; endpoints: Record<string, EndpointLatency> };
  asOfReplayMs: Percentiles & { samples: number };
  targets: TargetCheck[];
  profiles?: Record<string, ProfileSummary>;
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [
    atLeast('full rebuild', results.rebuildEventsPerSec, TARGETS.rebuildEventsPerSec, ' events/s'),
    atLeast('rebuild ÷ raw keyset read', results.rebuildVsRawRead, TARGETS.rebuildVsRawRead, ''),
    below('live lag p95', results.lagMs.p95, TARGETS.lagP95Ms, ' ms'),
    below('live lag p99', results.lagMs.p99, TARGETS.lagP99Ms, ' ms'),
    below('rankings lag p95', results.lag.rankingsLagMs.p95, TARGETS.rankingsLagP95Ms, ' ms'),
  ];
  for (const [name, q] of Object.entries(results.queries)) {
    if (name === 'health') continue;
    checks.push(below(`${name} p95`, q.p95, TARGETS.queryP95Ms, ' ms'));
  }
  checks.push(below('as-of replay p95 (in process)', results.asOfReplayMs.p95, TARGETS.asOfReplayP95Ms, ' ms'));
  return checks;
}
