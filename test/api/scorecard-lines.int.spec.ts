import {
  findScorecard,
  findScorecardLines,
  findScorecardVersion,
  findVersionedScorecardLines,
  qualifiedTable,
} from '@dti/read-model';
import { createProjectionHarness, type ProjectionHarness } from '../projections/support/projection-harness';
import { buildLifecycleWorld } from '../projections/support/lifecycle-world';
import { Workflow } from '../projections/support/workflow';

/**
 * GET /scorecards reads a unit-quarter's card in one statement (findScorecardLines: JSON built by
 * PostgreSQL) instead of three entity reads (findScorecard). On a whole workflow's projection (scored,
 * not-applicable, pending, corrected, reopened and refinalized cards), every card reads the same either way,
 * column for column — dates as the same instants, jsonb figures and counts alike, nodes and criteria in the
 * same order.
 */
describe('findScorecardLines reads what findScorecard reads, in one statement', () => {
  let harness: ProjectionHarness;
  const db = () => harness.dataSource.manager;

  beforeAll(async () => {
    harness = await createProjectionHarness('lines');
    const workflow = new Workflow(harness.store);
    await workflow.registerUnit('PLACEHOLDER', 'Đơn vị tạm', 'department', '2022-12-01');
    harness.runtime().start();
    await buildLifecycleWorld(workflow);
    await harness.waitForCheckpointAtHead();
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  it('answers every projected card alike, and null where there is no report', async () => {
    const cards: Array<{ unit: string; period: string }> = await db().query(
      `SELECT unit, period FROM ${qualifiedTable(db().connection, 'unit_reports')} ORDER BY unit, period`,
    );
    expect(cards.length).toBeGreaterThan(3);
    for (const { unit, period } of cards) {
      const entities = await findScorecard(db(), { unit, period });
      const lines = await findScorecardLines(db(), { unit, period });
      if (entities === null || lines === null) throw new Error(`no card for ${unit} ${period}`);
      expect(lines.report).toEqual(pick(entities.report, Object.keys(lines.report)));
      expect(lines.nodes).toEqual(entities.nodes.map((node) => pick(node, Object.keys(lines.nodes[0]))));
      expect(lines.criteria).toEqual(
        entities.criteria.map((criterion) => pick(criterion, Object.keys(lines.criteria[0]))),
      );
    }
    expect(await findScorecardLines(db(), { unit: 'PHONGDIEN', period: '2021-Q1' })).toBeNull();
  });

  it('reads the card’s version with its lines, the version alone, and a new version after any rewrite', async () => {
    const [{ unit, period }]: Array<{ unit: string; period: string }> = await db().query(
      `SELECT unit, period FROM ${qualifiedTable(db().connection, 'unit_reports')} ORDER BY unit, period LIMIT 1`,
    );
    const read = await findVersionedScorecardLines(db(), { unit, period });
    if (read === null) throw new Error(`no card for ${unit} ${period}`);
    expect(read.lines).toEqual(await findScorecardLines(db(), { unit, period }));
    expect(await findScorecardVersion(db(), { unit, period })).toBe(read.version);
    // A key job rewrites the report row with the rows it changes (an upsert even when nothing differs).
    await db().query(
      `UPDATE ${qualifiedTable(db().connection, 'unit_reports')} SET pending_count = pending_count
        WHERE unit = $1 AND period = $2`,
      [unit, period],
    );
    const rewritten = await findVersionedScorecardLines(db(), { unit, period });
    expect(rewritten?.version).not.toBe(read.version);
    expect(rewritten?.lines).toEqual(read.lines);
    expect(await findScorecardVersion(db(), { unit, period })).toBe(rewritten?.version);
    // A criterion's row changed alone (a repair by hand): the card's version changes all the same.
    await db().query(
      `UPDATE ${qualifiedTable(db().connection, 'criterion_scores')} SET title = title
        WHERE unit = $1 AND period = $2 AND ordinal = (SELECT max(ordinal) FROM ${qualifiedTable(db().connection, 'criterion_scores')}
                                                        WHERE unit = $1 AND period = $2)`,
      [unit, period],
    );
    expect(await findScorecardVersion(db(), { unit, period })).not.toBe(rewritten?.version);
    expect(await findScorecardVersion(db(), { unit: 'PHONGDIEN', period: '2021-Q1' })).toBeNull();
    expect(await findVersionedScorecardLines(db(), { unit: 'PHONGDIEN', period: '2021-Q1' })).toBeNull();
  });
});

function pick(row: object, keys: readonly string[]): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, values[key]]));
}
