import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Issue #12: each criterion record's members of GET /assessments as ready JSON text
 * (`assessment_criteria.view_parts`, `criterionViewParts`), written by the live writer and the rebuild, so the
 * API sends them without parsing and re-serialising rows. Rows written before are left null, not rewound: the
 * reader builds their text in SQL (same answer, slower) until a job rewrites the row or a rebuild fills all.
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
`;

const DOWN = `
ALTER TABLE {schema}.assessment_criteria DROP COLUMN IF EXISTS view_parts;
`;
