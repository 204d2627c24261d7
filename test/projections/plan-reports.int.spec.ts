import { PlanReportEntity, ProjectionKeyEntity, readProjectionStatus } from '@dti/read-model';
import { seedPlanProgress } from '../../scripts/seed/plan-progress.seed';
import { createOperationsHarness, type OperationsHarness } from '../operations/support/operations-harness';

/** Plan progress in the read model: the live projector's 'plan' key jobs and the rebuild write the same rows. */
describe('plan_reports projection (live projector and rebuild)', () => {
  let harness: OperationsHarness;

  beforeAll(async () => {
    harness = await createOperationsHarness('planrep');
    await seedPlanProgress(harness.store, { until: '2023-Q4' });
  });

  afterAll(async () => {
    await harness?.stopRuntimes();
    await harness?.dispose();
  });

  it('projects one row per report under plan keys, nothing unrecognized; a rebuild gives identical rows', async () => {
    const live = harness.runtime();
    live.start();
    await harness.waitForCheckpointAtHead();
    await live.stop();
    const db = harness.dataSource.manager;
    const rows = await db.find(PlanReportEntity);
    // Three years of every row: 14 targets, 28 tasks, 56 projects (all begun by 2021).
    expect(rows.length).toBe(3 * 98);
    expect(rows.every((row) => row.status === 'approved')).toBe(true);
    const keys = (await db.find(ProjectionKeyEntity)).filter((key) => key.kind === 'plan').map((key) => key.key);
    expect(keys.sort()).toEqual(['plan-tth-222-2021Q4', 'plan-tth-222-2022Q4', 'plan-tth-222-2023Q4']);
    const status = await readProjectionStatus(db);
    expect(status.unrecognizedEvents).toBe(0);
    expect(status.parked).toEqual([]);
    const projected = await harness.checksums();

    await harness.rebuild();
    expect(await harness.checksums()).toEqual(projected);
    expect(projected.plan_reports).toMatch(/^294:/);
  });
});
