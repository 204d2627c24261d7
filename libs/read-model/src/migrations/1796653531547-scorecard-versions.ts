import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Every version of each unit-quarter's scorecard with the positions it held for, so `?asOf=` is an
 * indexed lookup rather than a replay of the stream on the API's thread. The history is filled from the
 * events: the migration rewinds the projector (checkpoint to the start, assessment keys marked for a whole
 * rewrite), so a running system fills every unit-quarter's versions without an operator; a rebuild does too.
 */
export class ScorecardVersions1796653531547 implements MigrationInterface {
  name = 'ScorecardVersions1796653531547';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
CREATE TABLE {schema}.scorecard_versions (
  unit text NOT NULL,
  period text NOT NULL,
  part text NOT NULL,
  code text NOT NULL,
  valid_from bigint NOT NULL,
  valid_to bigint,
  recorded_at timestamptz NOT NULL,
  ordinal integer NOT NULL,
  row jsonb NOT NULL,
  PRIMARY KEY (unit, period, part, code, valid_from)
);
-- The parts of a unit-quarter (what each as-of lookup probes the primary key for, once per part).
CREATE INDEX scorecard_versions_current ON {schema}.scorecard_versions (unit, period) WHERE valid_to IS NULL;
-- An instant bound: the last report line recorded by then.
CREATE INDEX scorecard_versions_recorded ON {schema}.scorecard_versions (unit, period, recorded_at)
  WHERE part = 'report';
-- Rewind: every assessment key is written whole (all its versions) at its next job, and the checkpoint
-- goes back to the start so every key gets one; the jobs are idempotent by stream revision.
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.scorecard_versions;
`;
