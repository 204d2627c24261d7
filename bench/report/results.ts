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
  /** The lag phase again at each `--lag-rates` rate, after the main one (absent in older results and unswept runs). */
  lagSweep?: LagSweepStep[];
  /** The highest achieved rate of the sweep whose unit-rows p95 stayed under 250 ms; null if none did. */
  lagSweepMaxRateUnder250ms?: number | null;
  queries: Record<string, Percentiles>;
  http: { connections: number; secondsPerEndpoint: number; endpoints: Record<string, EndpointLatency> };
  asOfReplayMs: Percentiles & { samples: number };
  targets: TargetCheck[];
  profiles?: Record<string, ProfileSummary>;
  /** The last national-scale run (`--scale national`), kept beside the province run's figures. */
  national?: BenchResults;
}

/** One rate of the lag sweep: the same quarter as the main lag phase, its streams longer at each step. */
export interface LagSweepStep {
  /** Commands/s asked for. */
  ratePerSec: number;
  achievedRatePerSec: number;
  seconds: number;
  /** Append acknowledged → the unit-quarter's rows. */
  unitRowsMs: Percentiles;
  /** Append acknowledged → the quarter's rankings and statistics. */
  rankingsP95Ms: number;
  commands: number;
  failed: number;
  neverVisible: number;
  /** Mean events per stream of the quarter when the step ended: each step starts where the last one left off. */
  streamEventsMeanAtEnd: number;
}

/** The bound issue 12 names: the highest command rate at which the unit rows' p95 stays under it. */
export const LAG_SWEEP_P95_BOUND_MS = 250;

export function lagSweepStep(lag: LiveLagResult, seconds: number): LagSweepStep {
  return {
    ratePerSec: lag.targetRatePerSec,
    achievedRatePerSec: lag.achievedRatePerSec,
    seconds,
    unitRowsMs: { p50: lag.lagMs.p50, p95: lag.lagMs.p95, p99: lag.lagMs.p99 },
    rankingsP95Ms: lag.rankingsLagMs.p95,
    commands: lag.commands,
    failed: lag.failedCommands,
    neverVisible: lag.neverVisible,
    streamEventsMeanAtEnd: lag.streamEventsAtEnd.mean,
  };
}

/**
 * The highest achieved rate whose unit-rows p95 is under the bound, or null. A step with no visible command
 * has no p95 (NaN, null once in JSON) and never counts.
 */
export function maxRateUnder(steps: readonly LagSweepStep[], boundMs = LAG_SWEEP_P95_BOUND_MS): number | null {
  let best: number | null = null;
  for (const step of steps) {
    const p95 = step.unitRowsMs.p95;
    if (typeof p95 === 'number' && p95 < boundMs && (best === null || step.achievedRatePerSec > best)) {
      best = step.achievedRatePerSec;
    }
  }
  return best;
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
