import { Client, Pool } from 'pg';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { GuardedPgClient, PostgresEventStore } from '@dti/event-store';
import { withApplicationName } from '@dti/read-model';
import { Workflow } from '../projections/support/workflow';
import { TEST_DATABASE_URL, createOperationsHarness, type OperationsHarness } from './support/operations-harness';

/**
 * PostgreSQL sessions of the projector and of a rebuild cut (pg_terminate_backend, found by
 * application_name) again and again, mid-batch, while commands keep arriving: batches are retried, and
 * at every observation the checkpoint is covered by the rows — no event at or below it that the rows do
 * not reflect (or a parked job does not cover). At the end the tables equal a rebuild from the events.
 */
describe('PostgreSQL connections dropped mid-batch', () => {
  let harness: OperationsHarness;
  let writerPool: Pool;
  let workflow: Workflow;
  let observer: Client;

  beforeAll(async () => {
    harness = await createOperationsHarness('pgdrop');
    // The commands go through a pool of their own: only the projector's and the rebuild's sessions are cut.
    writerPool = new Pool({
      connectionString: withApplicationName(TEST_DATABASE_URL, `ops_writer_${harness.id}`),
      max: 4,
      options: '-c synchronous_commit=off',
      Client: GuardedPgClient,
    });
    writerPool.on('error', () => undefined);
    workflow = new Workflow(
      new PostgresEventStore({ pool: writerPool, schema: harness.eventStoreSchema, upcasters: DOMAIN_UPCASTERS }),
    );
    for (const code of ['STTTT', 'SNV', 'SYT', 'SGDDT']) await workflow.registerUnit(code, `Sở ${code}`, 'department');
    observer = new Client({ connectionString: withApplicationName(TEST_DATABASE_URL, `ops_observer_${harness.id}`) });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await harness?.dispose();
    await writerPool?.end();
  });

  it('retries the batch, and the checkpoint never runs ahead of the rows', async () => {
    // Generous attempts: a job that only lost its connection must not exhaust them and park.
    const projector = harness.runtime({ retry: { attempts: 10, backoffMs: 50 } });
    projector.start();

    let writing = true;
    const agency = async (unit: string, period: string): Promise<void> => {
      const script = workflow.assessment(unit, period);
      for (let i = 0; writing; i++) {
        const id = `${unit}-${period}-${i}`;
        const correction = i === 0 ? undefined : { corrects: `${unit}-${period}-${i - 1}`, reason: 'Cập nhật' };
        await script.submit(id, '5.1.1', { a: 100, b: (i * 13) % 100 }, correction);
        await script.approve(id);
      }
    };
    const agencies = Promise.all([
      agency('STTTT', '2021-Q1'),
      agency('SNV', '2021-Q1'),
      agency('SYT', '2021-Q2'),
      agency('SGDDT', '2021-Q2'),
    ]);

    const violations: string[] = [];
    let observations = 0;
    let observing = true;
    const watching = (async () => {
      while (observing) {
        violations.push(...(await observe()));
        observations += 1;
        await new Promise((done) => setTimeout(done, 30));
      }
    })();

    try {
      // The projector's sessions cut a few times while it works.
      let cuts = 0;
      for (let round = 0; round < 6; round++) {
        await new Promise((done) => setTimeout(done, 150));
        cuts += await harness.terminate(harness.names.readModel);
        cuts += await harness.terminate(harness.names.store);
      }

      // A rebuild in the middle of it, its data sessions cut while it writes its batches.
      const retried: string[] = [];
      let rebuildCuts = 0;
      let streamCutsAsked = 0;
      let periodCutAsked = false;
      let cutting: Promise<void> = Promise.resolve();
      await harness.rebuild({
        progressIntervalMs: 20,
        onRetry: (what) => retried.push(what),
        // A few cuts while it streams and one while it builds the quarters: enough to land mid-batch, few
        // enough that each batch's retries outlast them.
        onProgress: (progress) => {
          const streaming = progress.phase === 'streams' && progress.streamsDone > 0 && streamCutsAsked < 3;
          const building = progress.phase === 'periods' && !periodCutAsked;
          if (!streaming && !building) return;
          if (streaming) streamCutsAsked += 1;
          else periodCutAsked = true;
          cutting = cutting.then(async () => {
            rebuildCuts += await harness.terminate(harness.names.rebuild);
            rebuildCuts += await harness.terminate(harness.names.store);
          });
        },
      });
      await cutting;

      writing = false;
      await agencies;
      await harness.waitForCheckpointAtHead(90_000);
      observing = false;
      await watching;
      violations.push(...(await observe()));
      await projector.stop();

      expect(cuts).toBeGreaterThan(0);
      expect(rebuildCuts).toBeGreaterThan(0);
      expect(observations).toBeGreaterThan(5);
      expect(violations).toEqual([]);
      // What the live projection holds after all that equals a rebuild from the events alone.
      const projected = await harness.checksums();
      await harness.rebuild();
      expect(await harness.checksums()).toEqual(projected);
      process.stdout.write(
        `postgres-drop: ${cuts} projector sessions and ${rebuildCuts} rebuild sessions cut, ${retried.length} rebuild retries, ${observations} observations\n`,
      );
    } finally {
      writing = false;
      observing = false;
      await Promise.allSettled([agencies, watching]);
    }
  });

  /**
   * One snapshot (one statement, so a swap cannot fall between its parts) of the checkpoint and the
   * positions the rows reflect; then every projected stream's last event at or below the checkpoint
   * must be reflected by its row or covered by a parked job.
   */
  async function observe(): Promise<string[]> {
    const rm = `"${harness.readModelSchema}"`;
    const { rows } = await observer.query<{
      checkpoint: string | null;
      reports: Array<[string, string, string]>;
      units: Array<[string, string]>;
      parked: Array<[string, string | null]>;
    }>(`
      SELECT (SELECT position::text FROM ${rm}.projection_checkpoint WHERE name = 'projector') AS checkpoint,
             (SELECT coalesce(json_agg(json_build_array(unit, period, position::text)), '[]') FROM ${rm}.unit_reports) AS reports,
             (SELECT coalesce(json_agg(json_build_array(code, position::text)), '[]') FROM ${rm}.units) AS units,
             (SELECT coalesce(json_agg(json_build_array(job_key, covers::text)), '[]')
                FROM ${rm}.parked_jobs WHERE resolved_at IS NULL) AS parked`);
    const [snapshot] = rows;
    if (snapshot.checkpoint === null) return [];
    const checkpoint = BigInt(snapshot.checkpoint);
    const reflected = new Map<string, bigint>();
    for (const [unit, period, position] of snapshot.reports) {
      reflected.set(`assessment-${unit}-${period.replace('-', '')}`, BigInt(position));
    }
    for (const [code, position] of snapshot.units) reflected.set(`unit-${code}`, BigInt(position));
    for (const [key, covers] of snapshot.parked) {
      if (covers !== null && BigInt(covers) > (reflected.get(key) ?? -1n)) reflected.set(key, BigInt(covers));
    }
    const { rows: streams } = await observer.query<{ stream_id: string; last: string }>(
      `SELECT stream_id, max(position)::text AS last FROM "${harness.eventStoreSchema}".events
        WHERE position <= $1 AND (stream_id LIKE 'assessment-%' OR stream_id LIKE 'unit-%') GROUP BY stream_id`,
      [checkpoint.toString()],
    );
    return streams
      .filter((stream) => (reflected.get(stream.stream_id) ?? -1n) < BigInt(stream.last))
      .map(
        (stream) =>
          `checkpoint ${checkpoint} passed ${stream.stream_id}@${stream.last}, rows reflect ${reflected.get(stream.stream_id) ?? 'nothing'}`,
      );
  }
});
