import { PassThrough } from 'node:stream';
import {
  checkProjection,
  comparePublishedWithCurrent,
  findPublishedReports,
  findPublishedVersions,
  findRankings,
  findAssessmentState,
  findPendingSubmissions,
  findReviewQueue,
  findRollup,
  findScorecard,
  findSeries,
  findTimeline,
  qualifiedTable,
  readProjectionStatus,
  resetReadModel,
  type CriterionRollupEntity,
} from '@dti/read-model';
import { buildCli } from '../../apps/cli/src/cli';
import { ExitCode, type CliContext } from '../../apps/cli/src/cli-context';
import { projectionsCommand } from '../../apps/cli/src/commands/projections/projections.command';
import { runProjectionJob } from '../../apps/projector/src/projections/projection-worker';
import { TEST_REDIS_URL, createProjectionHarness, type ProjectionHarness } from './support/projection-harness';
import { buildLifecycleWorld } from './support/lifecycle-world';
import { Workflow } from './support/workflow';
import type { ProjectorRuntime } from '../../apps/projector/src/projections/projector-runtime';

/**
 * A workflow's whole life (two quarters, five units, submissions, rejections, corrections, not-applicable,
 * finalize, reopen, refinalize, a dissolution recorded after the fact) appended with the real deciders,
 * projected by the real feed, queue and worker, and compared with values worked out by hand
 * (support/lifecycle-world.ts explains each figure).
 */
describe('projections after a workflow’s whole life', () => {
  let harness: ProjectionHarness;
  let runtime: ProjectorRuntime;
  const db = () => harness.dataSource.manager;

  beforeAll(async () => {
    harness = await createProjectionHarness('life');
    const workflow = new Workflow(harness.store);
    // Half the history before the projector starts (catch-up), half while it runs (live).
    // Effective after every quarter of the world (and within the dates the unit decider accepts).
    await workflow.registerUnit('PLACEHOLDER', 'Đơn vị tạm', 'department', '2022-12-01');
    runtime = harness.runtime();
    runtime.start();
    await buildLifecycleWorld(workflow);
    await harness.waitForCheckpointAtHead();
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  it('scores each criterion from its official value, with not-applicable and pending submissions', async () => {
    const card = await findScorecard(db(), { unit: 'STTTT', period: '2021-Q1' });
    const byCode = new Map(card?.criteria.map((row) => [row.criterion, row]));
    expect(byCode.get('5.1.1')).toMatchObject({
      status: 'scored',
      pointsExact: '2',
      points: '2.00',
      maxExact: '2',
      officialSubmissionId: 'stttt-q1-6',
      officialInputs: { a: 200, b: 200 },
      approvedBy: 'minh.thamdinh',
      catalogueId: 'tth-2020',
      rollupNumeratorExact: '200',
      rollupDenominatorExact: '200',
    });
    expect(byCode.get('5.1.1')?.explanationVi).toContain('200/200');
    expect(byCode.get('7.1.1')).toMatchObject({
      status: 'scored',
      pointsExact: '16/5',
      points: '3.20',
      meetsThreshold: false,
    });
    expect(byCode.get('1.4.1')).toMatchObject({
      status: 'scored',
      pointsExact: '2',
      officialSubmissionId: 'stttt-q1-3',
    });
    expect(byCode.get('5.7.1')).toMatchObject({
      status: 'not-applicable',
      notApplicable: true,
      notApplicableReason: 'Sở không thực hiện chức năng thanh tra, kiểm tra chuyên ngành',
      pointsExact: '0',
      applicableMaxExact: '0',
    });
    // Criteria of the other block have no row: 3.1.2 applies to districts only.
    expect(byCode.has('3.1.2')).toBe(false);
    expect(byCode.get('1.1.1')).toMatchObject({ status: 'not-reported', pointsExact: '0', applicableMaxExact: '5' });

    const snv = await findScorecard(db(), { unit: 'SNV', period: '2021-Q1' });
    const pending = snv?.criteria.find((row) => row.criterion === '1.2.1');
    expect(pending).toMatchObject({
      status: 'not-reported',
      pendingSubmissionId: 'snv-q1-5',
      pendingKind: 'figures',
      pendingInputs: { option: 2 },
      pendingSubmittedBy: 'nop.snv',
    });
    expect(snv?.criteria.find((row) => row.criterion === '5.8.1')).toMatchObject({
      pointsExact: '7',
      meetsThreshold: false,
    });
  });

  it('rolls scorecards up by sub-group, group and total, with report status and version', async () => {
    const card = await findScorecard(db(), { unit: 'STTTT', period: '2021-Q1' });
    expect(card?.report).toMatchObject({
      status: 'finalized',
      version: 2,
      block: 'department',
      pointsExact: '36/5',
      points: '7.20',
      applicableMaxExact: '254',
      percentExact: '18/635',
      percent: '2.83',
      pendingCount: 0,
    });
    const nodes = new Map(card?.nodes.map((node) => [node.nodeCode, node]));
    expect(nodes.get('I')).toMatchObject({ depth: 0, pointsExact: '36/5', applicableMaxExact: '254' });
    // Group 5 (71 for departments) loses 5.7.1's 2 points of maximum: 2 of 69.
    expect(nodes.get('5')).toMatchObject({
      depth: 1,
      pointsExact: '2',
      applicableMaxExact: '69',
      percentExact: '2/69',
    });
    expect(nodes.get('5.7')).toMatchObject({ depth: 2, pointsExact: '0', applicableMaxExact: '0', percentExact: null });
    expect(nodes.get('7')).toMatchObject({
      pointsExact: '16/5',
      applicableMaxExact: '20',
      percentExact: '4/25',
      percent: '16.00',
    });
    expect(nodes.get('1')).toMatchObject({ pointsExact: '2', applicableMaxExact: '30', percentExact: '1/15' });

    const snv = await findScorecard(db(), { unit: 'SNV', period: '2021-Q1' });
    expect(snv?.report).toMatchObject({
      status: 'open',
      version: 0,
      pointsExact: '13',
      percentExact: '13/256',
      pendingCount: 1,
    });
    const huongthuy = await findScorecard(db(), { unit: 'HUONGTHUY', period: '2021-Q1' });
    expect(huongthuy?.report).toMatchObject({
      block: 'district',
      pointsExact: '12',
      applicableMaxExact: '254',
      percentExact: '6/127',
    });
    expect(await findScorecard(db(), { unit: 'PHONGDIEN', period: '2021-Q1' })).toBeNull();
  });

  it('ranks each block with competition ranking (1, 1, 3) over the units of the quarter, and shows the change', async () => {
    const q1 = await findRankings(db(), { period: '2021-Q1', block: 'department' });
    expect(q1.map((r) => [r.unit, r.rank, r.percentExact])).toEqual([
      ['SKHDT', 1, '13/256'],
      ['SNV', 1, '13/256'],
      ['STTTT', 3, '18/635'],
    ]);
    const q1Districts = await findRankings(db(), { period: '2021-Q1', block: 'district' });
    expect(q1Districts.map((r) => [r.unit, r.rank, r.reported, r.percentExact])).toEqual([
      ['HUONGTHUY', 1, true, '6/127'],
      // Existed and reported nothing: 0 of the block's full maximum.
      ['PHONGDIEN', 2, false, '0'],
    ]);
    const q2 = await findRankings(db(), { period: '2021-Q2', block: 'department' });
    expect(q2.map((r) => [r.unit, r.rank, r.previousRank, r.rankChange, r.percentExact])).toEqual([
      ['STTTT', 1, 3, 2, '1/128'],
      ['SNV', 2, 1, -1, '1/640'],
    ]);
    const q2Districts = await findRankings(db(), { period: '2021-Q2', block: 'district' });
    expect(q2Districts.map((r) => [r.unit, r.rank, r.rankChange])).toEqual([
      ['PHONGDIEN', 1, 1],
      ['HUONGTHUY', 2, -1],
    ]);
  });

  it('respects unit history: a unit dissolved before a quarter is not ranked or rolled up in it, even with a report', async () => {
    const report = await findScorecard(db(), { unit: 'SKHDT', period: '2021-Q2' });
    expect(report?.report.pointsExact).toBe('2');
    const q2 = await findRankings(db(), { period: '2021-Q2', block: 'department' });
    expect(q2.map((r) => r.unit)).not.toContain('SKHDT');
    const rollup = await findRollup(db(), { period: '2021-Q2', scope: 'department' });
    expect(rollup.criteria.find((row) => row.criterion === '5.1.1')).toMatchObject({
      numeratorExact: '120',
      denominatorExact: '200',
      valueExact: '3/5',
      unitsEligible: 2,
      unitsScored: 2,
    });
    // It existed in 2021-Q1 (dissolved effective 2021-04-01) and stays ranked there.
    const q1 = await findRankings(db(), { period: '2021-Q1', block: 'department' });
    expect(q1.map((r) => r.unit)).toContain('SKHDT');
    // The placeholder registered for 2030 existed in neither quarter.
    expect([...q1, ...q2].map((r) => r.unit)).not.toContain('PLACEHOLDER');
  });

  it('rolls criteria up over the province from the sums of numerators and denominators', async () => {
    const { criteria, stats } = await findRollup(db(), { period: '2021-Q1' });
    const row = (code: string): CriterionRollupEntity | undefined => criteria.find((r) => r.criterion === code);
    expect(row('5.1.1')).toMatchObject({
      measure: 'ratio-of-sums',
      numeratorExact: '451',
      denominatorExact: '604',
      valueExact: '451/604',
      valuePercent: '74.67',
      pointsSumExact: '11/2',
      maxSumExact: '8',
      unitsEligible: 5,
      unitsScored: 4,
      unitsNotReported: 1,
    });
    expect(row('1.4.1')).toMatchObject({
      measure: 'share-yes',
      valueExact: '2/3',
      unitsScored: 3,
      unitsNotReported: 2,
    });
    expect(row('7.1.1')).toMatchObject({
      numeratorExact: '11',
      denominatorExact: '80',
      valueExact: '11/80',
      unitsMeetingThreshold: 2,
    });
    expect(row('5.8.1')).toMatchObject({
      numeratorExact: '29',
      denominatorExact: '40',
      valueExact: '29/40',
      unitsMeetingThreshold: 1,
    });
    expect(row('1.2.1')).toMatchObject({ measure: 'achieved-fraction', valueExact: '1/3', unitsScored: 1 });

    const departments = await findRollup(db(), { period: '2021-Q1', scope: 'department' });
    expect(departments.criteria.find((r) => r.criterion === '5.7.1')).toMatchObject({
      unitsEligible: 3,
      unitsNotApplicable: 1,
      unitsNotReported: 2,
      unitsScored: 0,
      valueExact: null,
    });
    const departmentTotal = departments.stats.find((s) => s.nodeCode === 'I');
    // Percentages 18/635, 13/256, 13/256: mean (x + 2y)/3; spread |x − y|·√2/3 = 1.057586… points.
    expect(departmentTotal).toMatchObject({
      unitCount: 3,
      meanPercentExact: '10559/243840',
      minPercentExact: '18/635',
      maxPercentExact: '13/256',
      stddevPercent: '1.057586',
    });
    const districtTotal = (await findRollup(db(), { period: '2021-Q1', scope: 'district' })).stats.find(
      (s) => s.nodeCode === 'I',
    );
    // 6/127 and 0 (PHONGDIEN reported nothing): mean 3/127, spread 3/127 = 2.362204… points.
    expect(districtTotal).toMatchObject({ unitCount: 2, meanPercentExact: '3/127', stddevPercent: '2.362204' });
    expect(stats.find((s) => s.nodeCode === 'I')?.unitCount).toBe(5);
  });

  it('keeps an audit timeline of official score and status changes', async () => {
    const timeline = await findTimeline(db(), { unit: 'STTTT', period: '2021-Q1' });
    expect(
      timeline.map((e) => [
        e.eventType,
        e.criterion,
        e.pointsBeforeExact,
        e.pointsAfterExact,
        e.valueAfter,
        e.reportStatusAfter,
      ]),
    ).toEqual([
      ['AssessmentOpened', null, null, null, null, 'open'],
      ['SubmissionApproved', '5.1.1', null, '3/2', 'scored', null],
      ['SubmissionApproved', '1.4.1', null, '2', 'scored', null],
      ['SubmissionApproved', '7.1.1', null, '16/5', 'scored', null],
      ['SubmissionApproved', '5.7.1', null, null, 'not_applicable', null],
      ['ReportFinalized', null, null, null, null, 'finalized'],
      ['ReportReopened', null, null, null, null, 'reopened'],
      ['SubmissionApproved', '5.1.1', '3/2', '2', 'scored', null],
      ['ReportFinalized', null, null, null, null, 'finalized'],
    ]);
    const correction = timeline[7];
    expect(correction).toMatchObject({
      actor: 'minh.thamdinh',
      role: 'reviewer',
      reason: 'Số liệu bổ sung',
      valueBefore: 'scored',
    });
    expect(timeline[6]).toMatchObject({ actor: 'hoa.lanhdao', role: 'lead_reviewer', reportVersion: 1 });
    expect(timeline[4].reason).toBe('Sở không thực hiện chức năng thanh tra, kiểm tra chuyên ngành');
    // Each entry names the request and the command its event came from (the event's metadata).
    for (const entry of timeline) {
      expect(entry.correlationId).toMatch(/^req-\d+$/);
      expect(entry.commandId).toMatch(/^cmd-\d+-/);
    }
    expect(new Set(timeline.map((e) => e.correlationId)).size).toBeGreaterThan(1);
    const positions = timeline.map((e) => BigInt(e.globalPosition));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    // Revisions: the first command opened the stream and submitted (0, 1); rejections and submissions have no entry.
    expect(timeline.map((e) => Number(e.streamRevision))).toEqual([0, 2, 6, 8, 10, 11, 12, 14, 15]);

    const between = await findTimeline(db(), {
      unit: 'STTTT',
      period: '2021-Q1',
      from: { version: 1 },
      to: { version: 2 },
    });
    expect(between.map((e) => e.eventType)).toEqual(['ReportReopened', 'SubmissionApproved', 'ReportFinalized']);
    // Instants compare with recorded_at; without a unit the timeline spans the province.
    const everything = await findTimeline(db(), {
      from: { instant: new Date(0) },
      to: { instant: new Date('2999-01-01T00:00:00Z') },
    });
    expect(everything.length).toBeGreaterThan(timeline.length);
    expect(await findTimeline(db(), { unit: 'STTTT', period: '2021-Q1', to: { instant: new Date(0) } })).toEqual([]);
    await expect(findTimeline(db(), { from: { version: 1 } })).rejects.toMatchObject({
      code: 'INVALID_QUERY',
      input: 'from',
    });
  });

  it('keeps each published report as finalized, and compares it with the current one', async () => {
    const versions = await findPublishedVersions(db(), { unit: 'STTTT', period: '2021-Q1' });
    expect(versions.map((v) => [v.version, v.pointsExact, v.percentExact, v.finalizedBy])).toEqual([
      [1, '67/10', '67/2540', 'minh.thamdinh'],
      [2, '36/5', '18/635', 'minh.thamdinh'],
    ]);
    expect(versions[0].scorecard.find((line) => line.code === '5.1.1')).toMatchObject({
      points: '3/2',
      submissionId: 'stttt-q1-1',
    });
    const comparison = await comparePublishedWithCurrent(db(), { unit: 'STTTT', period: '2021-Q1', version: 1 });
    expect(comparison?.differences.map((d) => [d.code, d.published?.points, d.current?.points])).toEqual([
      ['I', '67/10', '36/5'],
      ['5', '3/2', '2'],
      ['5.1', '3/2', '2'],
      ['5.1.1', '3/2', '2'],
    ]);
    expect((await comparePublishedWithCurrent(db(), { unit: 'STTTT', period: '2021-Q1' }))?.differences).toEqual([]);
    const bulletin = await findPublishedReports(db(), { period: '2021-Q1' });
    expect(bulletin.map((p) => [p.unit, p.version])).toEqual([['STTTT', 2]]);
  });

  it('lists the review queue and serves the leadership series', async () => {
    const queue = await findReviewQueue(db(), { period: '2021-Q1' });
    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({
      unit: 'SNV',
      criterion: '1.2.1',
      submissionId: 'snv-q1-5',
      kind: 'figures',
    });
    // What GET /review-queue serves: the same pending submission, from the review_queue table.
    const pending = await findPendingSubmissions(db(), { period: '2021-Q1', limit: 10 });
    expect(pending.total).toBe(1);
    expect(pending.rows[0]).toMatchObject({
      unit: 'SNV',
      criterion: '1.2.1',
      submission: { submissionId: 'snv-q1-5', status: 'pending' },
    });
    // And GET /assessments: the folded unit-quarter with the revision it reflects.
    const state = await findAssessmentState(db(), 'SNV', '2021-Q1');
    expect(state?.state).toMatchObject({ unit: 'SNV', period: '2021-Q1', handledCommandIds: [] });
    expect(BigInt(state?.revision ?? -1)).toBeGreaterThan(0n);

    const unit = await findSeries(db(), { scope: 'unit', subject: 'STTTT', from: '2021-Q1', to: '2021-Q2' });
    expect(unit.map((p) => [p.period, p.percentExact])).toEqual([
      ['2021-Q1', '18/635'],
      ['2021-Q2', '1/128'],
    ]);
    const group = await findSeries(db(), {
      scope: 'unit',
      subject: 'STTTT',
      node: '7',
      from: '2021-Q1',
      to: '2021-Q2',
    });
    expect(group.map((p) => [p.period, p.percentExact])).toEqual([
      ['2021-Q1', '4/25'],
      ['2021-Q2', '0'],
    ]);
    const block = await findSeries(db(), { scope: 'block', subject: 'department', from: '2021-Q1', to: '2021-Q2' });
    // 2021-Q2: STTTT 1/128 and SNV 1/640 (SKHDT no longer exists): mean 3/640.
    expect(block.map((p) => [p.period, p.percentExact, p.unitCount])).toEqual([
      ['2021-Q1', '10559/243840', 3],
      ['2021-Q2', '3/640', 2],
    ]);
    const province = await findSeries(db(), { scope: 'province', from: '2021-Q1', to: '2021-Q4' });
    expect(province.map((p) => [p.period, p.unitCount])).toEqual([
      ['2021-Q1', 5],
      ['2021-Q2', 4],
    ]);
  });

  it('has nothing parked and nothing unrecognized', async () => {
    const status = await readProjectionStatus(db());
    expect(status.parked).toEqual([]);
    expect(status.unrecognizedEvents).toBe(0);
    expect(status.periodsBehind).toEqual([]);
    expect(status.checkpoint).toBe(await harness.store.headPosition());
    expect(runtime.feed?.inFlight).toBe(0);
  });

  it('changes nothing when a job is delivered twice, re-enqueued, or run against rows already current', async () => {
    const before = await harness.checksums();
    const deps = { store: harness.store, dataSource: harness.dataSource };
    for (const key of ['assessment-STTTT-2021Q1', 'unit-SKHDT', 'period-2021-Q1', 'period-2021-Q2']) {
      expect((await runProjectionJob(deps, key)).written).toBe(false);
      expect((await runProjectionJob(deps, key)).written).toBe(false);
    }
    // Through BullMQ as well, with ids the feed never used (a producer restarting, a lost acknowledgement).
    const jobs = await Promise.all(
      ['assessment-STTTT-2021Q1', 'assessment-SNV-2021Q1', 'unit-STTTT', 'period-2021-Q1'].map((key, i) =>
        runtime.queue.add(
          key.startsWith('period-') ? 'period' : (key.split('-')[0] as 'assessment' | 'unit'),
          { key },
          { jobId: `duplicate-${i}` },
        ),
      ),
    );
    await waitUntilQueueIdle(runtime);
    expect(await Promise.all(jobs.map((job) => job.getState()))).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    // Rows rewritten from scratch (their stored revision forgotten) come out the same.
    await harness.dataSource.query(
      `UPDATE ${qualifiedTable(harness.dataSource, 'projection_keys')} SET stream_revision = -1 WHERE key = 'assessment-STTTT-2021Q1'`,
    );
    expect((await runProjectionJob(deps, 'assessment-STTTT-2021Q1')).written).toBe(true);
    expect((await runProjectionJob(deps, 'period-2021-Q1')).written).toBe(true);
    expect(await harness.checksums()).toEqual(before);
  });

  it('checks a unit-quarter against a replay of its events, and notices a tampered row', async () => {
    expect(await checkProjection(harness.store, db(), { unit: 'STTTT', period: '2021-Q1' })).toMatchObject({
      outcome: 'match',
      eventsBehind: 0,
      differences: [],
    });
    const scores = qualifiedTable(harness.dataSource, 'criterion_scores');
    await harness.dataSource.query(
      `UPDATE ${scores} SET points_exact = '1' WHERE unit = 'STTTT' AND period = '2021-Q1' AND criterion = '5.1.1'`,
    );
    const tampered = await checkProjection(harness.store, db(), { unit: 'STTTT', period: '2021-Q1' });
    expect(tampered.outcome).toBe('mismatch');
    expect(tampered.differences).toEqual([
      { table: 'criterion_scores', row: '5.1.1', column: 'pointsExact', projected: '"1"', replayed: '"2"' },
    ]);

    const cli = await runProjectionsCli(['check', 'STTTT', '2021-Q1', '--json']);
    expect(cli.code).toBe(ExitCode.failure);
    expect(JSON.parse(cli.stdout)).toMatchObject({ outcome: 'mismatch', differences: [{ column: 'pointsExact' }] });

    await harness.dataSource.query(
      `UPDATE ${scores} SET points_exact = '2' WHERE unit = 'STTTT' AND period = '2021-Q1' AND criterion = '5.1.1'`,
    );
    // What the review queue and GET /assessments read is checked too: a pending submission gone missing.
    const queue = qualifiedTable(harness.dataSource, 'review_queue');
    await harness.dataSource.query(`DELETE FROM ${queue} WHERE unit = 'SNV' AND period = '2021-Q1'`);
    const lost = await checkProjection(harness.store, db(), { unit: 'SNV', period: '2021-Q1' });
    expect(lost.differences).toEqual([
      { table: 'review_queue', row: '1.2.1', column: '*', projected: null, replayed: 'row' },
    ]);
    await harness.dataSource.query(
      `UPDATE ${qualifiedTable(harness.dataSource, 'projection_keys')} SET stream_revision = -1 WHERE key = 'assessment-SNV-2021Q1'`,
    );
    const deps = { store: harness.store, dataSource: harness.dataSource };
    expect((await runProjectionJob(deps, 'assessment-SNV-2021Q1')).written).toBe(true);
    // The rewrite dirtied the quarter; build it again so nothing is left behind for the specs after this one.
    expect((await runProjectionJob(deps, 'period-2021-Q1')).written).toBe(true);
    expect((await checkProjection(harness.store, db(), { unit: 'SNV', period: '2021-Q1' })).outcome).toBe('match');

    const human = await runProjectionsCli(['check', 'STTTT', '2021-Q1']);
    expect(human.code).toBe(ExitCode.ok);
    expect(human.stdout).toContain('matches the replay');
    expect((await runProjectionsCli(['check', 'HUONGTHUY', '2021-Q2'])).code).toBe(ExitCode.notFound);
    const bad = await runProjectionsCli(['check', 'stttt', '2021-Q1']);
    expect(bad.code).toBe(ExitCode.failure);
    expect(bad.stderr).toContain('INVALID_UNIT_CODE');
  });

  it('reports its status: checkpoint at the head, an idle queue, nothing parked', async () => {
    const cli = await runProjectionsCli(['status', '--json']);
    expect(cli.code).toBe(ExitCode.ok);
    const report = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      checkpoint: (await harness.store.headPosition()).toString(),
      headPosition: (await harness.store.headPosition()).toString(),
      lag: { events: 0, seconds: 0 },
      queue: { waiting: 0, active: 0, failed: 0 },
      parked: [],
    });
    const human = await runProjectionsCli(['status']);
    expect(human.stdout).toContain('Parked jobs / Công việc bị treo: 0');
  });

  it('rebuilds identical tables from the events alone (truncate and replay)', async () => {
    const live = await harness.checksums();
    await runtime.stop();
    await resetReadModel(harness.dataSource);
    expect((await harness.checksums()).rankings).toBe('0:d41d8cd98f00b204e9800998ecf8427e');
    runtime = harness.runtime();
    runtime.start();
    await harness.waitForCheckpointAtHead();
    expect(await harness.checksums()).toEqual(live);
  });

  async function waitUntilQueueIdle(projector: ProjectorRuntime, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const counts = await projector.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('The projection queue did not drain in time');
  }

  /** Runs `dti projections …` in process, against this file's schemas and prefix. */
  async function runProjectionsCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const saved = { ...process.env };
    Object.assign(process.env, {
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test',
      EVENT_STORE_SCHEMA: harness.eventStoreSchema,
      READ_MODEL_SCHEMA: harness.readModelSchema,
      REDIS_URL: TEST_REDIS_URL,
      BULLMQ_PREFIX: harness.prefix,
    });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    let code: number = ExitCode.ok;
    const context: CliContext = { io: { stdin: new PassThrough(), stdout, stderr }, exit: (c) => (code = c) };
    try {
      await buildCli([projectionsCommand], context)
        .exitOverride()
        .parseAsync(['node', 'dti', 'projections', ...args]);
    } finally {
      process.env = saved;
    }
    return { code, stdout: out, stderr: err };
  }
});
