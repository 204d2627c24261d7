import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Pool } from 'pg';
import type Redis from 'ioredis';

export interface MachineInfo {
  nproc: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  postgres: string;
  redis: string;
  /** 1-minute load average at the start and end of the run: other engineers' test runs share the machine. */
  loadAverageStart: number;
  loadAverageEnd?: number;
  /** PostgreSQL's autovacuum setting: off here, so the bench runs ANALYZE itself. */
  autovacuum?: string;
}

export async function describeMachine(pool: Pool, redis: Redis): Promise<MachineInfo> {
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  const info = await redis.info('server');
  return {
    nproc: nproc(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres: rows[0].server_version,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    loadAverageStart: Math.round(loadavg()[0] * 100) / 100,
  };
}

export function currentLoadAverage(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}

function nproc(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return cpus().length;
  }
}
