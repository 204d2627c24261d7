import type { EntityManager } from 'typeorm';
import { StatementBatch } from './row-upsert';

class ThingEntity {
  code!: string;
  label!: string | null;
}

/** A manager that knows one entity (`things`: key `code`) and records the statements it is asked to run. */
function recordingManager(): { manager: EntityManager; queries: Array<{ sql: string; params: unknown[] }> } {
  const queries: Array<{ sql: string; params: unknown[] }> = [];
  const column = (propertyName: string, databaseName: string) => ({
    propertyName,
    databaseName,
    isGenerated: false,
    isVirtual: false,
  });
  const metadata = {
    target: ThingEntity,
    tableName: 'things',
    columns: [column('code', 'code'), column('label', 'label')],
    primaryColumns: [column('code', 'code')],
  };
  const manager = {
    connection: { options: { schema: 'rm_spec' }, getMetadata: () => metadata },
    query: (sql: string, params: unknown[]) => {
      queries.push({ sql, params });
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, queries };
}

describe('StatementBatch', () => {
  it("sends every part as one statement, each table's rows as a JSON parameter of its own", async () => {
    const { manager, queries } = recordingManager();
    const batch = new StatementBatch(manager)
      .rows(ThingEntity, [{ code: 'a', label: 'A' }], 'update')
      .rows(ThingEntity, [], 'ignore')
      .rows(ThingEntity, [{ code: 'b', label: undefined as unknown as null }], 'ignore');
    const key = batch.param('a');
    batch.add(`DELETE FROM "rm_spec"."other" WHERE code = ${key} RETURNING code`, 'gone');

    await batch.run('SELECT code FROM gone');

    expect(batch.size).toBe(3);
    expect(queries).toHaveLength(1);
    const [{ sql, params }] = queries;
    expect(sql).toBe(
      'WITH w0 AS (INSERT INTO "rm_spec"."things" ("code", "label") SELECT "code", "label" ' +
        'FROM json_populate_recordset(NULL::"rm_spec"."things", $1::json) ' +
        'ON CONFLICT ("code") DO UPDATE SET "label" = EXCLUDED."label"),\n' +
        'w1 AS (INSERT INTO "rm_spec"."things" ("code", "label") SELECT "code", "label" ' +
        'FROM json_populate_recordset(NULL::"rm_spec"."things", $2::json) ON CONFLICT DO NOTHING),\n' +
        'gone AS (DELETE FROM "rm_spec"."other" WHERE code = $3 RETURNING code)\n' +
        'SELECT code FROM gone',
    );
    // A missing property is stored as NULL, as writeRows stores it.
    expect(params).toEqual(['[{"code":"a","label":"A"}]', '[{"code":"b","label":null}]', 'a']);
  });

  it('runs only the final query when no part was added', async () => {
    const { manager, queries } = recordingManager();
    await new StatementBatch(manager).run();
    expect(queries).toEqual([{ sql: 'SELECT 1 WHERE false', params: [] }]);
  });
});
