import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * A unit-quarter's criterion records (official value, pending submission, submission ids) in rows of their
 * own, beside its submissions and histories (migration 1796667116902), so a live job writes only the
 * criteria its events changed and the `assessment_states` row keeps the report's own few fields. The rows
 * are made again from the events: the projector is rewound for assessment keys, as in 1796667116902.
 * Until a key is projected again readers take its state row's own criteria.
 */
export class AssessmentCriteria1796668201238 implements MigrationInterface {
  name = 'AssessmentCriteria1796668201238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
CREATE TABLE {schema}.assessment_criteria (
  unit text NOT NULL,
  period text NOT NULL,
  criterion text NOT NULL,
  ordinal integer NOT NULL,
  record json NOT NULL,
  PRIMARY KEY (unit, period, criterion)
);
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.assessment_criteria;
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;
