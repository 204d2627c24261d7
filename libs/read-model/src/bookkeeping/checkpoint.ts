import type { EntityManager } from 'typeorm';
import { qualifiedTable } from '../read-model-schema';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity';

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
