import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { findRankings, findScorecard } from '@dti/read-model';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import {
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  createProjectionHarness,
  type ProjectionHarness,
} from './support/projection-harness';
import { Workflow } from './support/workflow';

/** The projector app as main.ts builds it (its Nest modules, its TypeORM connection) projects the log. */
describe('the projector application', () => {
  let harness: ProjectionHarness;
  let app: INestApplication | undefined;

  beforeAll(async () => {
    harness = await createProjectionHarness('app');
  });

  afterAll(async () => {
    await app?.close();
    await harness?.dispose();
  });

  it('starts its feed and worker with the app, projects, and stops with it', async () => {
    const workflow = new Workflow(harness.store);
    await workflow.registerUnit('STTTT', 'Sở Thông tin và Truyền thông', 'department');
    const assessment = workflow.assessment('STTTT', '2021-Q1');
    await assessment.submit('app-1', '5.1.1', { a: 10, b: 5 });
    await assessment.approve('app-1');

    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      EVENT_STORE_SCHEMA: harness.eventStoreSchema,
      READ_MODEL_SCHEMA: harness.readModelSchema,
      BULLMQ_PREFIX: harness.prefix,
      SHUTDOWN_TIMEOUT_MS: '5000',
    });
    const moduleRef = await Test.createTestingModule({ imports: [ProjectorModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.init();

    await harness.waitForCheckpointAtHead();
    const card = await findScorecard(harness.dataSource.manager, { unit: 'STTTT', period: '2021-Q1' });
    expect(card?.report.pointsExact).toBe('1');
    const rankings = await findRankings(harness.dataSource.manager, { period: '2021-Q1', block: 'department' });
    expect(rankings.map((r) => [r.unit, r.rank])).toEqual([['STTTT', 1]]);

    await app.close();
    app = undefined;
  });
});
