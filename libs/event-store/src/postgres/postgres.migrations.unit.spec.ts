import { assertSchemaName, EVENT_STORE_MIGRATIONS, renderMigrationSql } from './postgres.migrations';

describe('event store migrations', () => {
  it('are numbered 1, 2, 3... with no gap or repeat, so applied versions identify them', () => {
    expect(EVENT_STORE_MIGRATIONS.map((migration) => migration.version)).toEqual(
      EVENT_STORE_MIGRATIONS.map((_, index) => index + 1),
    );
  });

  it('render the quoted schema name', () => {
    expect(renderMigrationSql('CREATE TABLE {schema}.events', 'event_store')).toBe('CREATE TABLE "event_store".events');
  });

  it('accept only plain lower-case schema names', () => {
    expect(() => assertSchemaName('t_ab12')).not.toThrow();
    for (const bad of ['', 'Events', '1x', 'a-b', 'a"; drop', 'x'.repeat(49)]) {
      expect(() => assertSchemaName(bad)).toThrow(/Invalid event store schema name/);
    }
  });
});
