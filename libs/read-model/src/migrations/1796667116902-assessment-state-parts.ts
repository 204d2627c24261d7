import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * A unit-quarter's submissions (with their stored scores) and its criteria's histories in rows of their
 * own, so a live job writes the few that changed instead of the whole folded state (≈100 KB at 200
 * events, ≈500 KB at 1,000) in the `assessment_states` row, which keeps only the small per-criterion
 * state. The rows are made again from the events: the migration rewinds the projector (checkpoint to the
 * start, assessment keys marked for a whole rewrite), as the scorecard versions' migration did; a rebuild
 * does too. Until a key is projected again its state row is the old whole one, which readers take as it is.
 */
export class AssessmentStateParts1796667116902 implements MigrationInterface {
  name = 'AssessmentStateParts1796667116902';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
CREATE TABLE {schema}.assessment_submissions (
  unit text NOT NULL,
  period text NOT NULL,
  submission_id text NOT NULL,
  ordinal integer NOT NULL,
  submission json NOT NULL,
  score json,
  PRIMARY KEY (unit, period, submission_id)
);
CREATE TABLE {schema}.assessment_history (
  unit text NOT NULL,
  period text NOT NULL,
  criterion text NOT NULL,
  seq integer NOT NULL,
  entry json NOT NULL,
  PRIMARY KEY (unit, period, criterion, seq)
);
-- Rewind: every assessment key is written whole (state row and parts) at its next job, and the checkpoint
-- goes back to the start so every key gets one; the jobs are idempotent by stream revision.
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.assessment_history;
DROP TABLE IF EXISTS {schema}.assessment_submissions;
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;
