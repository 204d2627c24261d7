import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Issue #12: GET /assessments no longer repeats, among a criterion's latest submissions, the one it shows as
 * the official value or the pending submission (`shownApart`), so every criterion's stored text
 * (`assessment_criteria.view_parts`) is of the older shape. As in 1796699186742: the texts are cleared
 * (the reader builds the new shape in SQL meanwhile) and the projector is rewound for assessment keys.
 */
export class AssessmentViewPartsApart1796700494138 implements MigrationInterface {
  name = 'AssessmentViewPartsApart1796700494138';

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
