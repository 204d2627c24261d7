import { randomUUID } from 'node:crypto';
import {
  findScorecard,
  ParkedJobEntity,
  ProjectionKeyEntity,
  RebuildInProgressError,
  readCheckpoint,
  readProjectionStatus,
  rebuildSchemaNames,
  type RebuildProgress,
} from '@dti/read-model';
import { buildLifecycleWorld } from '../projections/support/lifecycle-world';
import { Workflow } from '../projections/support/workflow';
import { generateAssessmentLog } from './support/assessment-log.generator';
import { createOperationsHarness, waitFor, type OperationsHarness } from './support/operations-harness';

/**
 * `projections rebuild` against the live projection: the same rows from the events alone, bookkeeping a
 * projector can resume from, and a swap under a projector that keeps projecting.
 */
describe('rebuilding the read model', () => {
  let harness: OperationsHarness;
  let workflow: Workflow;
  let poisonPosition: bigint;

  beforeAll(async () => {
    harness = await createOperationsHarness('rebuild');
    workflow = new Workflow(harness.store);
    await buildLifecycleWorld(workflow);
    await generateAssessmentLog(harness.store, { units: 4, quarters: 2, criteriaPerReport: 12, prefix: 'RB' });
    // A stream the projection refuses (a version no upcaster reads) and a stream nobody projects.
    await workflow.assessment('STTTT', '2021-Q3').submit('stttt-q3-1', '5.1.1', { a: 10, b: 5 });
    const poison = await harness.store.append(
      'assessment-STTTT-2021Q3',
      [rawEvent('CriterionSubmitted', 7, { unit: 'STTTT', period: '2021-Q3' })],
      'stream_exists',
    );
    poisonPosition = poison.position;
    await harness.store.append('survey-2021', [rawEvent('SurveyOpened', 1, { title: 'Khảo sát' })], 'any');
    // An account, disabled: the account register (what GET /accounts reads) is rebuilt like everything else.
    await harness.store.append(
      'account-rb.reviewer',
      [
        rawEvent('AccountCreated', 1, {
          username: 'rb.reviewer',
          displayName: 'Người thẩm định',
          role: 'reviewer',
          unit: null,
          passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g',
        }),
        rawEvent('AccountDisabled', 1, { username: 'rb.reviewer', reason: 'Nghỉ việc' }),
      ],
      'no_stream',
    );
  });

  afterEach(async () => {
    await harness?.stopRuntimes();
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  it('builds exactly the live projection from the events, with the bookkeeping a projector resumes from', async () => {
    const live = harness.runtime();
    live.start();
    await harness.waitForCheckpointAtHead();
    await live.stop();
    const projected = await harness.checksums();
    const head = await harness.store.headPosition();
    // The indexes the migrations made (the rebuild drops the secondary ones while it loads, then makes them again).
    const indexes = async () =>
      (
        await harness.storePool.query<{ indexname: string; indexdef: string }>(
          'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname',
          [harness.readModelSchema],
        )
      ).rows;
    const migrated = await indexes();
    expect(migrated.length).toBeGreaterThan(20);

    const phases = new Set<string>();
    const report = await harness.rebuild({ onProgress: (progress: RebuildProgress) => phases.add(progress.phase) });

    expect(await harness.checksums()).toEqual(projected);
    expect(await indexes()).toEqual(migrated);
    // The request paths' tables are among those compared, and hold rows here.
    for (const table of ['assessment_states', 'review_queue', 'accounts'] as const) {
      expect(projected[table]).not.toMatch(/^0:/);
    }
    expect(report).toMatchObject({
      schema: harness.readModelSchema,
      head: head.toString(),
      keys: { parked: 1, accounts: 1 },
      unrecognizedEvents: 1,
      periods: 2,
      retiredDropped: true,
    });
    expect(report.events).toBe(Number(head));
    expect([...phases]).toEqual(['preparing', 'streams', 'periods', 'swapping', 'done']);
    const db = harness.dataSource.manager;
    expect(await readCheckpoint(db)).toBe(head);
    const status = await readProjectionStatus(db);
    expect(status.periodsBehind).toEqual([]);
    expect(status.unrecognizedEvents).toBe(1);
    expect(status.parked).toEqual([
      expect.objectContaining({
        jobKey: 'assessment-STTTT-2021Q3',
        errorCode: 'UNSUPPORTED_EVENT',
        covers: poisonPosition.toString(),
      }),
    ]);
    // Every projected key records the revision and position its rows reflect, as its job would.
    const keys = await db.find(ProjectionKeyEntity);
    const stttt = keys.find((key) => key.key === 'assessment-STTTT-2021Q1');
    expect(stttt).toMatchObject({ kind: 'assessment', dirtyPeriods: { '2021-Q1': '1' } });
    expect(BigInt(stttt?.streamRevision ?? '-1')).toBe(
      (await harness.store.streamRevision('assessment-STTTT-2021Q1')) ?? -2n,
    );
    // Nothing of the build is left beside the live schema.
    const names = rebuildSchemaNames(harness.readModelSchema);
    const { rows } = await harness.storePool.query('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [
      [names.build, names.retired],
    ]);
    expect(rows).toEqual([]);
  });

  it('builds the same tables with the streams folded on worker threads', async () => {
    const inProcess = await harness.checksums();
    const report = await harness.rebuild({ workers: 2 });
    expect(report.workers.threads).toBe(2);
    expect(report.workers.streams).toBe(report.streams);
    expect(await harness.checksums()).toEqual(inProcess);
    // Workers that read their own streams (the main thread only writes their text) build the same tables.
    const reading = await harness.rebuild({ workers: 2, workerEvents: { schema: harness.eventStoreSchema } });
    expect(reading.workers.streams).toBe(reading.streams);
    expect(await harness.checksums()).toEqual(inProcess);
  });

  it('swaps under a running projector, which resumes from the rebuilt checkpoint and loses nothing', async () => {
    const said: string[] = [];
    const logger = {
      log: (m: string) => said.push(m),
      warn: (m: string) => said.push(m),
      error: (m: string) => said.push(m),
    };
    const live = harness.runtime({ logger });
    live.start();
    await harness.waitForCheckpointAtHead();

    // Commands keep arriving while the rebuild reads, builds and swaps.
    let writing = true;
    const writer = (async () => {
      const script = workflow.assessment('SNV', '2021-Q3');
      for (let i = 0; writing && i < 200; i++) {
        const correction = i === 0 ? undefined : { corrects: `snv-q3-${i - 1}`, reason: 'Số liệu cập nhật' };
        await script.submit(`snv-q3-${i}`, '5.1.1', { a: 100, b: i % 100 }, correction);
        await script.approve(`snv-q3-${i}`);
      }
    })();
    await harness.rebuild();
    writing = false;
    await writer;
    await harness.waitForCheckpointAtHead();
    expect(said).toContain('Projection feed: the read model was rebuilt and swapped in; resubscribing');
    await live.stop();
    const caughtUp = await harness.checksums();

    // A rebuild with nothing running beside it gives the same tables: no update was lost or applied twice.
    await harness.rebuild();
    expect(await harness.checksums()).toEqual(caughtUp);
    const snv = await harness.dataSource.manager.findOneByOrFail(ProjectionKeyEntity, { key: 'assessment-SNV-2021Q3' });
    expect(BigInt(snv.streamRevision)).toBe(await harness.store.streamRevision('assessment-SNV-2021Q3'));
  });

  it('an idle projector notices the swap and projects again what the old tables had past the build', async () => {
    const live = harness.runtime();
    live.start();
    await harness.waitForCheckpointAtHead();
    const script = workflow.assessment('HUONGTHUY', '2021-Q3');
    await harness.rebuild({
      // The build stops at its head; meanwhile one more event is projected into the tables being replaced.
      beforeSwap: async () => {
        await script.submit('ht-q3-late', '5.1.1', { a: 8, b: 2 });
        await harness.waitForCheckpointAtHead();
      },
    });
    // No event follows the swap: the feed must find out by itself that its tables were replaced.
    await waitFor(async () => {
      const card = await findScorecard(harness.dataSource.manager, { unit: 'HUONGTHUY', period: '2021-Q3' });
      return card?.criteria.find((row) => row.criterion === '5.1.1')?.pendingSubmissionId === 'ht-q3-late';
    }, 'the late submission in the rebuilt tables');
    await harness.waitForCheckpointAtHead();
    expect((await readProjectionStatus(harness.dataSource.manager)).periodsBehind).toEqual([]);
  });

  it('lets one rebuild run at a time', async () => {
    const outcomes = await Promise.allSettled([harness.rebuild(), harness.rebuild()]);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(RebuildInProgressError);
    expect(await harness.dataSource.manager.count(ParkedJobEntity)).toBe(1);
  });
});

function rawEvent(type: string, schemaVersion: number, data: Record<string, unknown>) {
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: 'kiem.thu',
      role: 'admin',
      occurredAt: '2021-08-10T09:00:00+07:00',
      commandId: randomUUID(),
      correlationId: randomUUID(),
    },
  };
}
