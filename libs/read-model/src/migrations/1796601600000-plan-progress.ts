import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/** Plan progress (Kế hoạch 222): one row per progress report, and 'plan' keys in the projector's bookkeeping. */
export class PlanProgress1796601600000 implements MigrationInterface {
  name = 'PlanProgress1796601600000';

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
  CHECK (kind IN ('assessment', 'unit', 'plan'));

CREATE TABLE {schema}.plan_reports (
  report_id       text PRIMARY KEY,
  stream_id       text NOT NULL,
  plan            text NOT NULL,
  period          text NOT NULL,
  period_index    integer NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('target', 'task', 'project')),
  code            text NOT NULL,
  unit            text NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  progress        jsonb NOT NULL,
  evidence        jsonb NOT NULL,
  submitted_by    text NOT NULL,
  submitted_at    timestamptz NOT NULL,
  reviewed_by     text,
  reviewed_at     timestamptz,
  reason          text,
  note            text,
  stream_revision bigint NOT NULL
);
CREATE INDEX plan_reports_plan_kind_code ON {schema}.plan_reports (plan, kind, code);
CREATE INDEX plan_reports_stream ON {schema}.plan_reports (stream_id);
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.plan_reports;
DELETE FROM {schema}.projection_keys WHERE kind = 'plan';
ALTER TABLE {schema}.projection_keys DROP CONSTRAINT projection_keys_kind_check;
ALTER TABLE {schema}.projection_keys ADD CONSTRAINT projection_keys_kind_check CHECK (kind IN ('assessment', 'unit'));
`;
