import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Issue #12: GET /assessments' submissions no longer carry their scores, so every criterion's stored text
 * (`assessment_criteria.view_parts`, `criterionViewParts`) is of the older shape. The texts are cleared
 * (the reader then builds the new shape in SQL from the stored rows) and the projector is rewound for
 * assessment keys, as in 1796688829144, so the live writer writes them again and the replay check finds
 * no stale text.
 */
export class AssessmentViewPartsWithoutScores1796699186742 implements MigrationInterface {
  name = 'AssessmentViewPartsWithoutScores1796699186742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The older texts are made again the same way (a rewind), by the older code.
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
UPDATE {schema}.assessment_criteria SET view_parts = NULL WHERE view_parts IS NOT NULL;
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;
