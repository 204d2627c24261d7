import type { DataSource, EntityManager } from 'typeorm';
import { qualifiedTable } from '../read-model-schema';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity';
import { readModelEpoch, writeReadModel } from './write-lock';

/** The projector's checkpoint row name. */
export const PROJECTOR_CHECKPOINT = 'projector';

/** The stored checkpoint (exclusive), or 0n when the projector never stored one. */
export async function readCheckpoint(manager: EntityManager, name = PROJECTOR_CHECKPOINT): Promise<bigint> {
  const row = await manager.findOne(ProjectionCheckpointEntity, { where: { name } });
  return row === null ? 0n : BigInt(row.position);
}

/** Moves the checkpoint forward only: a late or repeated write can never move it back. */
export async function advanceCheckpoint(
  manager: EntityManager,
  position: bigint,
  name = PROJECTOR_CHECKPOINT,
): Promise<void> {
  const table = qualifiedTable(manager.connection, 'projection_checkpoint');
  await manager.query(
    `INSERT INTO ${table} AS c (name, position, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
      WHERE c.position < excluded.position`,
    [name, position.toString()],
  );
}

export async function readCheckpointRow(
  manager: EntityManager,
  name = PROJECTOR_CHECKPOINT,
): Promise<ProjectionCheckpointEntity | null> {
  return manager.findOne(ProjectionCheckpointEntity, { where: { name } });
}

/** Where a subscription starts: the stored checkpoint, and the epoch of the read model it belongs to. */
export async function readFeedStart(
  dataSource: DataSource,
  name = PROJECTOR_CHECKPOINT,
): Promise<{ from: bigint; epoch: string | null }> {
  return writeReadModel(dataSource, async (manager) => ({
    from: await readCheckpoint(manager, name),
    epoch: await readModelEpoch(manager),
  }));
}

/**
 * The feed's checkpoint write: only into the read model its subscription started on. 'replaced' means
 * a rebuild swapped the schema since: nothing was written, and the feed must start again from the new
 * schema's checkpoint (the rebuild's head), or it would claim events projected into tables now gone.
 */
export async function persistCheckpoint(
  dataSource: DataSource,
  position: bigint,
  epoch: string | null,
  name = PROJECTOR_CHECKPOINT,
): Promise<'advanced' | 'replaced'> {
  return writeReadModel(dataSource, async (manager) => {
    if ((await readModelEpoch(manager)) !== epoch) return 'replaced';
    await advanceCheckpoint(manager, position, name);
    return 'advanced';
  });
}
