import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Scorecard versions without a report line per event (issue #12: the rebuild wrote ~1 row per event for
 * it). Every version now carries its event's stream revision (`stream_revision`); the report line keeps
 * only what no other part says (status, version, dates) and is versioned at the opening, finalizations
 * and reopenings — its totals are the total node's, its pending count the pending parts', and a bound's
 * last event the newest version of any part made by then (every event makes one) — so an instant bound
 * looks among all parts.
 *
 * The versions kept so far are dropped and made again from the events: the migration rewinds the projector
 * (checkpoint to the start, assessment keys marked for a whole rewrite), as the migration that created the
 * table did; a rebuild does too. Until a unit-quarter's key is projected again, its as-of answers 404.
 */
export class ScorecardVersionsRevision1796664745169 implements MigrationInterface {
  name = 'ScorecardVersionsRevision1796664745169';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
TRUNCATE {schema}.scorecard_versions;
ALTER TABLE {schema}.scorecard_versions ADD COLUMN stream_revision bigint NOT NULL;
-- An instant bound: the last version of any part recorded by then.
DROP INDEX {schema}.scorecard_versions_recorded;
CREATE INDEX scorecard_versions_recorded ON {schema}.scorecard_versions (unit, period, recorded_at);
-- Rewind: every assessment key is written whole (all its versions) at its next job, and the checkpoint
-- goes back to the start so every key gets one; the jobs are idempotent by stream revision.
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

// Back to a report line per event: the versions are made again by a rewound projector.
const DOWN = `
TRUNCATE {schema}.scorecard_versions;
ALTER TABLE {schema}.scorecard_versions DROP COLUMN stream_revision;
DROP INDEX {schema}.scorecard_versions_recorded;
CREATE INDEX scorecard_versions_recorded ON {schema}.scorecard_versions (unit, period, recorded_at)
  WHERE part = 'report';
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;
