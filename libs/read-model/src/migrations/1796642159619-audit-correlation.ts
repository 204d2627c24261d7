import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSchemaOf, renderReadModelSql } from '../read-model-schema';

/**
 * Audit entries carry their event's correlation and command ids, and are indexed for the unit's timeline
 * read newest first in pages (keyset on the global position), narrowed by actor or criterion. Rows
 * projected before this migration keep null ids until the next rebuild (`projections rebuild`).
 */
export class AuditCorrelation1796642159619 implements MigrationInterface {
  name = 'AuditCorrelation1796642159619';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(UP, readModelSchemaOf(queryRunner.connection)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(renderReadModelSql(DOWN, readModelSchemaOf(queryRunner.connection)));
  }
}

const UP = `
ALTER TABLE {schema}.audit_entries ADD COLUMN correlation_id text, ADD COLUMN command_id text;
CREATE INDEX audit_entries_unit_position ON {schema}.audit_entries (unit, global_position);
CREATE INDEX audit_entries_unit_actor ON {schema}.audit_entries (unit, actor, global_position);
CREATE INDEX audit_entries_unit_criterion ON {schema}.audit_entries (unit, criterion, global_position);
`;

const DOWN = `
DROP INDEX IF EXISTS {schema}.audit_entries_unit_criterion;
DROP INDEX IF EXISTS {schema}.audit_entries_unit_actor;
DROP INDEX IF EXISTS {schema}.audit_entries_unit_position;
ALTER TABLE {schema}.audit_entries DROP COLUMN IF EXISTS command_id, DROP COLUMN IF EXISTS correlation_id;
`;
