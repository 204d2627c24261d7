import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * What each key write of a quarter changed, for the period job to recompute only that: one row per dirty
 * sequence an assessment's incremental write bumped, with the scorecard nodes and criteria it wrote. A bump
 * without a row (a unit's register change, an assessment written whole) makes the period job recompute the
 * whole quarter. Rows up to the quarter's built sequence are deleted by the period job that built them.
 */
export class PeriodChanges1796687971937 implements MigrationInterface {
  name = 'PeriodChanges1796687971937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
CREATE TABLE {schema}.period_changes (
  period   text NOT NULL,
  seq      bigint NOT NULL,
  nodes    text[] NOT NULL,
  criteria text[] NOT NULL,
  PRIMARY KEY (period, seq)
);
`;

const DOWN = `
DROP TABLE IF EXISTS {schema}.period_changes;
`;
