import { getCatalogue } from '@dti/catalogue';
import type { NewEvent } from '@dti/event-store';
import { qualifiedTable, recomputePeriod, recomputeStream, ReplayerCache } from '@dti/read-model';
import {
  assessmentEventsFor,
  unitRegistrationEvents,
} from '../../libs/read-model/testing/recorded-assessment.test-kit';
import { createProjectionHarness, type ProjectionHarness } from './support/projection-harness';

/**
 * The period job's partial runs (issue #12): after assessments' incremental key writes, a period job reads
 * the units' totals and only the changed nodes' and criteria's rows, and writes only what changed — and the
 * quarter's rankings (ties included), roll-ups and statistics are then row for row what a whole recompute
 * makes. A bump that does not say what it changed (a unit's register) recomputes the whole quarter.
 */
describe('period job: partial runs after incremental key writes', () => {
  let harness: ProjectionHarness;
  const cache = new ReplayerCache();
  const options = { catalogues: getCatalogue, replayers: cache };
  const PERIOD = '2021-Q1';
  // Two units with the same stream tie; one district unit reports nothing (0 points of its full maximum).
  const UNITS = [
    { code: 'PA001', block: 'department', seed: 3 },
    { code: 'PA002', block: 'department', seed: 3 },
    { code: 'PA003', block: 'department', seed: 9 },
    { code: 'PA004', block: 'district', seed: 5 },
    { code: 'PA005', block: 'district', seed: null },
  ] as const;
  const streams = new Map<string, { events: NewEvent[]; next: number }>();
  let registered = 0;

  beforeAll(async () => {
    harness = await createProjectionHarness('periodchg');
    for (const unit of UNITS) {
      await registerUnit(unit.code, unit.block);
      if (unit.seed === null) continue;
      const events = eventsOf(unit.code, unit.seed);
      streams.set(unit.code, { events, next: 40 });
      await harness.store.append(streamOf(unit.code), events.slice(0, 40), 'no_stream');
      await recomputeStream(harness.store, harness.dataSource, streamOf(unit.code), options);
    }
    await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue });
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  const streamOf = (code: string) => `assessment-${code}-2021Q1`;
  const table = (name: string) => qualifiedTable(harness.dataSource, name);

  function eventsOf(code: string, seed: number): NewEvent[] {
    return assessmentEventsFor(code, `8${code.slice(2)}`, 120, 16, seed);
  }

  async function registerUnit(code: string, block: 'department' | 'district'): Promise<void> {
    registered += 1;
    await harness.store.append(
      `unit-${code}`,
      unitRegistrationEvents(code, `Đơn vị ${code}`, block, registered, code),
      'no_stream',
    );
    await recomputeStream(harness.store, harness.dataSource, `unit-${code}`, options);
  }

  /** `count` more events of each unit's stream, each projected by its key job (incremental writes). */
  async function advance(codes: readonly string[], count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      for (const code of codes) {
        const stream = streams.get(code);
        if (stream === undefined) throw new TypeError(code);
        await harness.store.append(streamOf(code), [stream.events[stream.next]], BigInt(stream.next - 1));
        stream.next += 1;
        await recomputeStream(harness.store, harness.dataSource, streamOf(code), options);
      }
    }
  }

  /** The quarter's derived rows, every column, in key order. */
  async function periodRows(): Promise<Record<string, unknown[]>> {
    const rows: Record<string, unknown[]> = {};
    for (const [name, order] of [
      ['rankings', 'block, unit'],
      ['criterion_rollups', 'scope, catalogue_id, criterion'],
      ['period_stats', 'scope, node_code'],
    ]) {
      rows[name] = await harness.dataSource.query(`SELECT * FROM ${table(name)} WHERE period = $1 ORDER BY ${order}`, [
        PERIOD,
      ]);
    }
    return rows;
  }

  /** The rows a whole recompute makes now (the period job run as for a quarter never built). */
  async function wholeRecompute(): Promise<Record<string, unknown[]>> {
    await harness.dataSource.query(`UPDATE ${table('period_state')} SET built_seq = 0 WHERE period = $1`, [PERIOD]);
    await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue });
    return periodRows();
  }

  /** How many of a table's rows of the quarter the last period job wrote (same transaction as its state row). */
  async function writtenByLastJob(name: string): Promise<number> {
    const [row]: Array<{ n: string }> = await harness.dataSource.query(
      `SELECT count(*)::text AS n FROM ${table(name)} t
        WHERE t.period = $1 AND t.xmin::text = (SELECT s.xmin::text FROM ${table('period_state')} s WHERE s.period = $1)`,
      [PERIOD],
    );
    return Number(row?.n);
  }

  it('after incremental key writes, writes only what changed, and the rows are a whole recompute’s', async () => {
    for (const [codes, count] of [
      [['PA003'], 1],
      [['PA001', 'PA002'], 3],
      [['PA004', 'PA003'], 2],
      [['PA001'], 5],
    ] as const) {
      await advance(codes, count);
      const changes: Array<{ n: string }> = await harness.dataSource.query(
        `SELECT count(*)::text AS n FROM ${table('period_changes')} WHERE period = $1`,
        [PERIOD],
      );
      expect(Number(changes[0]?.n)).toBe(codes.length * count);
      expect(await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue })).toMatchObject({
        written: true,
      });
      const partial = await periodRows();
      // Partial: some statistics and roll-ups were left as stored, and the changes built are gone.
      expect(await writtenByLastJob('period_stats')).toBeLessThan(partial.period_stats.length);
      expect(await writtenByLastJob('criterion_rollups')).toBeLessThan(partial.criterion_rollups.length);
      expect(await writtenByLastJob('rankings')).toBeLessThanOrEqual(partial.rankings.length);
      expect(
        await harness.dataSource.query(`SELECT 1 FROM ${table('period_changes')} WHERE period = $1`, [PERIOD]),
      ).toEqual([]);
      expect(await wholeRecompute()).toEqual(partial);
    }
    // The two units with the same events tie (competition ranking) once their streams are level again.
    await advance(['PA002'], 5);
    await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue });
    const ranks = (await periodRows()).rankings as Array<{ unit: string; rank: number | null }>;
    const rankOf = (unit: string) => ranks.find((row) => row.unit === unit)?.rank;
    expect(rankOf('PA001')).toBe(rankOf('PA002'));
    expect(await wholeRecompute()).toEqual(await periodRows());
  });

  it('leaves the rows as they are when run again (a duplicate job)', async () => {
    await advance(['PA003'], 1);
    await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue });
    const rows = await periodRows();
    expect(await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue })).toMatchObject({
      written: false,
    });
    expect(await periodRows()).toEqual(rows);
  });

  it('recomputes the whole quarter after a bump that says nothing of what changed (a new unit)', async () => {
    await advance(['PA001'], 1);
    // A unit registered after the key write: its job bumps every quarter without a change row.
    await registerUnit('PA006', 'department');
    await recomputePeriod(harness.dataSource, PERIOD, { catalogues: getCatalogue });
    const rows = await periodRows();
    expect((rows.rankings as Array<{ unit: string }>).map((row) => row.unit)).toContain('PA006');
    expect(await writtenByLastJob('period_stats')).toBe(rows.period_stats.length);
    expect(await wholeRecompute()).toEqual(rows);
  });
});
