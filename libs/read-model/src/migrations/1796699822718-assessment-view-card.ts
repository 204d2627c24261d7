import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Issue #12: each assessment state row keeps the card's part of GET /assessments as text
 * (`assessment_states.view_card`, `assessmentViewCard`), written by the live writer and the rebuild, so a
 * request reads no scorecard lines. The rows are made again from the events: the projector is rewound for
 * assessment keys, as in 1796688829144 (so the replay check finds no row without its text). Until a key is
 * projected again its row has none, and the API builds the same part from the scorecard's lines.
 */
export class AssessmentViewCard1796699822718 implements MigrationInterface {
  name = 'AssessmentViewCard1796699822718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
ALTER TABLE {schema}.assessment_states ADD COLUMN view_card text;
UPDATE {schema}.projection_keys SET stream_revision = -1 WHERE kind = 'assessment';
DELETE FROM {schema}.projection_checkpoint;
`;

const DOWN = `
ALTER TABLE {schema}.assessment_states DROP COLUMN IF EXISTS view_card;
`;
