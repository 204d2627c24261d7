import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ConfigurationRefusedError } from '../config/configuration-refused.error';
import { ProjectionMonitor } from './projection-monitor';

/**
 * Readiness limits on the read side, each optional (unset = informational only):
 *  PROJECTION_READY_MAX_LAG_SECONDS — the oldest unprojected event may wait this long;
 *  PROJECTION_READY_MAX_LAG_EVENTS  — this many events may wait;
 *  PROJECTION_READY_MAX_PARKED      — this many jobs may be parked.
 */
export interface ProjectionReadinessLimits {
  maxLagSeconds?: number;
  maxLagEvents?: number;
  maxParked?: number;
}

const LIMIT_SETTINGS = {
  maxLagSeconds: 'PROJECTION_READY_MAX_LAG_SECONDS',
  maxLagEvents: 'PROJECTION_READY_MAX_LAG_EVENTS',
  maxParked: 'PROJECTION_READY_MAX_PARKED',
} as const;

/** Reads the limits; a value that is not a number ≥ 0 refuses to boot, naming the setting. */
export function projectionReadinessLimits(read: (setting: string) => unknown): ProjectionReadinessLimits {
  const limits: ProjectionReadinessLimits = {};
  const problems: Array<{ setting: string; message: string }> = [];
  for (const [field, setting] of Object.entries(LIMIT_SETTINGS) as Array<[keyof ProjectionReadinessLimits, string]>) {
    const raw = read(setting);
    if (raw === undefined || raw === null || raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) {
      problems.push({ setting, message: `${setting} must be a number ≥ 0, got "${String(raw)}"` });
    } else limits[field] = value;
  }
  if (problems.length > 0) throw new ConfigurationRefusedError(problems);
  return limits;
}

/**
 * The read side in /health/ready: lag, queue depths and parked jobs as details. Up whatever they say
 * (a lagging projector still serves what it has) unless a PROJECTION_READY_MAX_* limit is set and
 * exceeded; parts that cannot be read are listed under `unavailable`, the dependency checks beside this
 * one say why.
 */
@Injectable()
export class ProjectionHealthIndicator {
  private readonly limits: ProjectionReadinessLimits;

  constructor(
    private readonly monitor: ProjectionMonitor,
    private readonly health: HealthIndicatorService,
    config: ConfigService,
  ) {
    this.limits = projectionReadinessLimits((setting) => config.get<unknown>(setting));
  }

  async check(key = 'projections'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const snapshot = await this.monitor.snapshot();
    const details = {
      checkpoint: snapshot.lag?.checkpoint ?? null,
      head: snapshot.lag?.head ?? null,
      lagEvents: snapshot.lag?.events ?? null,
      lagEventsAtLeast: snapshot.lag?.atLeast ?? false,
      lagSeconds: snapshot.lag?.seconds ?? null,
      queue: snapshot.queue,
      parked: snapshot.parked,
      ...(Object.keys(snapshot.unavailable).length > 0 ? { unavailable: snapshot.unavailable } : {}),
    };
    const exceeded: string[] = [];
    const { maxLagSeconds, maxLagEvents, maxParked } = this.limits;
    if (maxLagSeconds !== undefined && (snapshot.lag?.seconds ?? 0) > maxLagSeconds) {
      exceeded.push(`lag ${snapshot.lag?.seconds} s > PROJECTION_READY_MAX_LAG_SECONDS ${maxLagSeconds}`);
    }
    if (maxLagEvents !== undefined && (snapshot.lag?.events ?? 0) > maxLagEvents) {
      exceeded.push(`lag ${snapshot.lag?.events} events > PROJECTION_READY_MAX_LAG_EVENTS ${maxLagEvents}`);
    }
    if (maxParked !== undefined && (snapshot.parked ?? 0) > maxParked) {
      exceeded.push(`${snapshot.parked} parked jobs > PROJECTION_READY_MAX_PARKED ${maxParked}`);
    }
    return exceeded.length === 0 ? indicator.up(details) : indicator.down({ ...details, message: exceeded.join('; ') });
  }
}
