import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Issue #12: each criterion record's members of GET /assessments as ready JSON text
 * (`assessment_criteria.view_parts`, `criterionViewParts`), written by the live writer and the rebuild, so the
 * API sends them without parsing and re-serialising rows. The rows are made again from the events: the
 * projector is rewound for assessment keys, as in 1796668201238 (so the replay check finds no row without
 * its text). Until a key is projected again its rows have none, and the reader builds the same text in SQL.
 */
export class AssessmentCriterionViewParts1796688829144 implements MigrationInterface {
  name = 'AssessmentCriterionViewParts1796688829144';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
ALTER TABLE {schema}.assessment_criteria ADD COLUMN view_parts text;
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
ALTER TABLE {schema}.assessment_criteria DROP COLUMN IF EXISTS view_parts;
`;
