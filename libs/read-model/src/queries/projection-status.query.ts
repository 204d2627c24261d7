import type { EntityManager } from 'typeorm';
import { readCheckpointRow } from '../bookkeeping/checkpoint';
import type { ParkedJobEntity } from '../bookkeeping/parked-job.entity';
import { UnrecognizedEventEntity } from '../bookkeeping/unrecognized-event.entity';
import { qualifiedTable } from '../read-model-schema';
import { openParkedJobs } from '../writers/parked-jobs';

export interface ProjectionStatus {
  /** Exclusive: every event at or below it is projected (or parked). 0 before the first run. */
  checkpoint: bigint;
  checkpointUpdatedAt: Date | null;
  parked: ParkedJobEntity[];
  unrecognizedEvents: number;
  /** Quarters whose rankings and roll-up wait for a period job (built < dirty). */
  periodsBehind: string[];
}

/** The read model's own view of its progress, for `projections status` and the health of the projector. */
export async function readProjectionStatus(manager: EntityManager): Promise<ProjectionStatus> {
  const checkpoint = await readCheckpointRow(manager);
  const parked = await openParkedJobs(manager);
  const unrecognizedEvents = await manager.count(UnrecognizedEventEntity);
  const behind: Array<{ period: string }> = await manager.query(
    `SELECT period FROM ${qualifiedTable(manager.connection, 'period_state')}
      WHERE built_seq < dirty_seq ORDER BY period_index`,
  );
  return {
    checkpoint: checkpoint === null ? 0n : BigInt(checkpoint.position),
    checkpointUpdatedAt: checkpoint?.updatedAt ?? null,
    parked,
    unrecognizedEvents,
    periodsBehind: behind.map((row) => row.period),
  };
}
