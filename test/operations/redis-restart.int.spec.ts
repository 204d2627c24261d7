import { Workflow } from '../projections/support/workflow';
import { createOperationsHarness, type OperationsHarness } from './support/operations-harness';
import { PrivateRedis } from './support/private-redis';

/**
 * Redis killed and started again (empty) while commands keep arriving: every queued job is lost with it,
 * yet once it is back every update reaches the read model exactly once — the tables equal a rebuild from
 * the events alone.
 */
describe('Redis restarted under load', () => {
  let redis: PrivateRedis;
  let harness: OperationsHarness;
  let workflow: Workflow;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    harness = await createOperationsHarness('redis', { redisUrl: redis.url });
    workflow = new Workflow(harness.store);
    for (const code of ['STTTT', 'SNV', 'SYT', 'SGDDT']) await workflow.registerUnit(code, `Sở ${code}`, 'department');
  });

  afterAll(async () => {
    await harness?.dispose();
    await redis?.kill();
  });

  it('loses no update and counts none twice', async () => {
    const projector = harness.runtime();
    projector.start();

    // Four agencies each correct one figure over and over: every approval changes the official value.
    let writing = true;
    let commands = 0;
    const agency = async (unit: string): Promise<void> => {
      const script = workflow.assessment(unit, '2021-Q1');
      for (let i = 0; writing; i++) {
        const correction = i === 0 ? undefined : { corrects: `${unit}-${i - 1}`, reason: 'Cập nhật số liệu' };
        await script.submit(`${unit}-${i}`, '5.1.1', { a: 200, b: (i * 7) % 200 }, correction);
        await script.approve(`${unit}-${i}`);
        commands += 2;
      }
    };
    const agencies = Promise.all(['STTTT', 'SNV', 'SYT', 'SGDDT'].map(agency));

    await until(() => commands >= 40);
    await redis.kill();
    const whileDown = commands;
    await until(() => commands >= whileDown + 40);
    await redis.start();
    const afterRestart = commands;
    await until(() => commands >= afterRestart + 40);
    writing = false;
    await agencies;

    await harness.waitForCheckpointAtHead(90_000);
    await projector.stop();
    const projected = await harness.checksums();
    const rebuilt = await harness.rebuild();
    expect(await harness.checksums()).toEqual(projected);
    expect(rebuilt.keys.parked).toBe(0);
    // The last correction of each agency is the official value the read model shows.
    const scores = await harness.dataSource.query(
      `SELECT unit, official_submission_id FROM "${harness.readModelSchema}".criterion_scores
        WHERE period = '2021-Q1' AND criterion = '5.1.1' ORDER BY unit`,
    );
    expect(scores).toHaveLength(4);
    for (const { unit, official_submission_id } of scores as Array<{ unit: string; official_submission_id: string }>) {
      let lastApproved: unknown;
      for await (const event of harness.store.readStream(`assessment-${unit}-2021Q1`)) {
        if (event.type === 'SubmissionApproved') lastApproved = event.data.submissionId;
      }
      expect(official_submission_id).toBe(lastApproved);
    }
  });
});

/** Polls a condition of this process's own making (commands counted so far). */
async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the commands to arrive');
    await new Promise((done) => setTimeout(done, 10));
  }
}
