import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * What request paths read instead of scanning or folding streams: each unit-quarter's folded state
 * (GET /assessments, the submissions export), the pending submissions (the review queue) and the account
 * register ('account' keys). Streams projected before this migration have no such rows yet, so it
 * rewinds the projector: the checkpoint goes back to the start and assessment keys are marked unprojected,
 * and the next projector start writes every assessment and account again (unit and plan keys skip).
 */
export class RequestPathRegisters1796642181389 implements MigrationInterface {
  name = 'RequestPathRegisters1796642181389';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
ALTER TABLE {schema}.projection_keys DROP CONSTRAINT projection_keys_kind_check;
ALTER TABLE {schema}.projection_keys ADD CONSTRAINT projection_keys_kind_check
  CHECK (kind IN ('assessment', 'unit', 'plan', 'account'));

CREATE TABLE {schema}.assessment_states (
  unit            text NOT NULL,
  period          text NOT NULL,
  period_index    integer NOT NULL,
  block           text NOT NULL,
  catalogue_id    text NOT NULL,
  status          text NOT NULL CHECK (status IN ('open', 'finalized', 'reopened')),
  state           json NOT NULL,
  stream_revision bigint NOT NULL,
  position        bigint NOT NULL,
  PRIMARY KEY (unit, period)
);
CREATE INDEX assessment_states_period_unit ON {schema}.assessment_states (period, unit);

CREATE TABLE {schema}.review_queue (
  unit          text NOT NULL,
  period        text NOT NULL,
  criterion     text NOT NULL,
  block         text NOT NULL,
  catalogue_id  text NOT NULL,
  group_code    text NOT NULL,
  submission_id text NOT NULL,
  submitted_by  text NOT NULL,
  submitted_at  timestamptz NOT NULL,
  submission    json NOT NULL,
  official      json,
  PRIMARY KEY (unit, period, criterion)
);
-- The queue's order: oldest first, then unit, period and criterion (byte order, as the API compares).
CREATE INDEX review_queue_order ON {schema}.review_queue
  (submitted_at, unit COLLATE "C", period COLLATE "C", criterion COLLATE "C");

CREATE TABLE {schema}.accounts (
  username        text PRIMARY KEY,
  display_name    text NOT NULL,
  role            text NOT NULL,
  unit            text,
  status          text NOT NULL CHECK (status IN ('active', 'disabled')),
  disabled_reason text,
  stream_revision bigint NOT NULL,
  position        bigint NOT NULL
);

UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.accounts;
DROP TABLE IF EXISTS {schema}.review_queue;
DROP TABLE IF EXISTS {schema}.assessment_states;
DELETE FROM {schema}.projection_keys WHERE kind = 'account';
ALTER TABLE {schema}.projection_keys DROP CONSTRAINT projection_keys_kind_check;
ALTER TABLE {schema}.projection_keys ADD CONSTRAINT projection_keys_kind_check
  CHECK (kind IN ('assessment', 'unit', 'plan'));
`;
