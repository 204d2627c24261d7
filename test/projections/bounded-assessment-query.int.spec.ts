import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { getCatalogue } from '@dti/catalogue';
import { evolveAssessment, initialAssessmentState, type AssessmentEvent, type OpenedAssessment } from '@dti/domain';
import { scoreCard } from '@dti/scoring';
import {
  AssessmentCriterionEntity,
  AssessmentHistoryEntity,
  AssessmentStateEntity,
  AssessmentSubmissionEntity,
  assessmentRowsOf,
  createReadModelDataSource,
  findAssessmentStateWithScorecard,
  findBoundedAssessmentState,
  findCriterionHistoryPage,
  migrateReadModel,
} from '@dti/read-model';
import { eventAt, eventRef, openedEvent, submittedEvent } from '../../libs/domain/testing/assessment-events.test-kit';
import { TEST_DATABASE_URL } from '../platform/support/platform-test-env';

/**
 * GET /assessments' bounded reader and the history pages against PostgreSQL (issue #12): the rows the live
 * writer and the rebuild write (assessmentRowsOf) for a quarter with a long history, read back with only
 * each criterion's latest submissions and entries, the counts, and pages that add up to the whole reader's.
 */
describe('findBoundedAssessmentState and findCriterionHistoryPage', () => {
  const schema = `rm_bounded_${process.pid}`;
  const catalogue = getCatalogue('tth-2020');
  let dataSource: DataSource;
  let state: OpenedAssessment;

  /** `rounds` submissions of a criterion, each rejected, and a last one left pending. */
  function rounds(criterion: string, count: number): AssessmentEvent[] {
    const events: AssessmentEvent[] = [];
    for (let n = 1; n <= count; n += 1) {
      const id = `${criterion}-s${n}`;
      events.push(submittedEvent(id, criterion, { a: 300, b: n }));
      if (n < count) {
        events.push({
          type: 'SubmissionRejected',
          data: {
            ...eventRef,
            criterion,
            submissionId: id,
            submittedBy: 'lan.stttt',
            reviewer: 'minh.review',
            reviewedAt: eventAt,
            reason: `Lần ${n}`,
          },
        });
      }
    }
    return events;
  }

  beforeAll(async () => {
    dataSource = createReadModelDataSource({ url: TEST_DATABASE_URL, schema, poolMax: 2 });
    await dataSource.initialize();
    await migrateReadModel(dataSource);
    const events = [openedEvent, ...rounds('7.1.1', 30), ...rounds('7.1.2', 2)];
    state = events.reduce(evolveAssessment, initialAssessmentState) as OpenedAssessment;
    const card = scoreCard(catalogue, {}, { block: state.unitBlock });
    const rows = assessmentRowsOf(state, catalogue, { revision: BigInt(events.length - 1), position: 99n, card });
    await insertRows(AssessmentStateEntity, [rows.state]);
    await insertRows(AssessmentCriterionEntity, rows.criteria);
    await insertRows(AssessmentSubmissionEntity, rows.submissions);
    await insertRows(AssessmentHistoryEntity, rows.history);
  });

  /** The rows as the writers make them (TypeORM's deep-partial type does not take a json column's Record). */
  async function insertRows<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T[]): Promise<void> {
    const values = rows as unknown as QueryDeepPartialEntity<T>[];
    await dataSource.createQueryBuilder().insert().into(entity).values(values).execute();
  }

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  it('reads each criterion’s latest submissions and entries, the pending one, their scores and the totals', async () => {
    const bounded = await findBoundedAssessmentState(dataSource.manager, 'STTTT', '2021-Q1', {
      submissions: 3,
      history: 5,
    });
    const whole = await findAssessmentStateWithScorecard(dataSource.manager, 'STTTT', '2021-Q1');
    expect(bounded?.revision).toBe(whole?.revision);
    expect(bounded?.totals).toEqual({
      '7.1.1': { submissions: 30, history: 59 },
      '7.1.2': { submissions: 2, history: 3 },
    });
    const criteria = bounded?.state.criteria as Record<string, OpenedAssessment['criteria'][string]>;
    const wholeCriteria = whole?.state.criteria as Record<string, OpenedAssessment['criteria'][string]>;
    expect(Object.keys(criteria)).toEqual(Object.keys(wholeCriteria));
    for (const code of ['7.1.1', '7.1.2']) {
      expect(criteria[code]).toEqual({
        ...wholeCriteria[code],
        submissionIds: wholeCriteria[code].submissionIds.slice(-3),
        history: wholeCriteria[code].history.slice(-5),
      });
    }
    expect(criteria['7.1.1'].pending).toBe('7.1.1-s30');
    // Only the submissions the view shows: the latest three of each criterion (the pending one among them).
    const submissions = bounded?.state.submissions as Record<string, unknown>;
    expect(Object.keys(submissions).sort()).toEqual(
      ['7.1.1-s28', '7.1.1-s29', '7.1.1-s30', '7.1.2-s1', '7.1.2-s2'].sort(),
    );
    const wholeSubmissions = whole?.state.submissions as Record<string, unknown>;
    for (const id of Object.keys(submissions)) expect(submissions[id]).toEqual(wholeSubmissions[id]);
    const scores = bounded?.state.submissionScores as Record<string, unknown>;
    const wholeScores = whole?.state.submissionScores as Record<string, unknown>;
    expect(scores['7.1.1-s30']).toEqual(wholeScores['7.1.1-s30']);
    expect(scores['7.1.1-s30']).not.toBeNull();
    expect(bounded?.criteria).toEqual(whole?.criteria);
    expect(bounded?.nodes).toEqual(whole?.nodes);
  });

  it('reads the history a page at a time, keyset, to the first entry: the whole reader’s history', async () => {
    const whole = await findAssessmentStateWithScorecard(dataSource.manager, 'STTTT', '2021-Q1');
    const history = (whole?.state.criteria as Record<string, { history: unknown[] }>)['7.1.1'].history;
    const key = { unit: 'STTTT', period: '2021-Q1', criterion: '7.1.1' };
    const read: unknown[] = [];
    let before: number | null = 54;
    let pages = 0;
    while (before !== null) {
      const page = await findCriterionHistoryPage(dataSource.manager, key, { before, limit: 20 });
      expect(page.historyTotal).toBe(59);
      expect(page.catalogueId).toBe('tth-2020');
      expect(page.entries.map((entry) => entry.seq)).toEqual(
        Array.from({ length: page.entries.length }, (_, i) => before! - page.entries.length + i),
      );
      // The submissions its entries name, and only those.
      const named = new Set(page.entries.map(({ entry }) => entry.submissionId as string));
      expect(new Set(Object.keys(page.submissions))).toEqual(named);
      read.unshift(...page.entries.map(({ entry }) => entry));
      before = page.entries[0]?.seq ? page.entries[0].seq : null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(read).toEqual(history.slice(0, 54));
  });

  it('answers an empty page for a criterion without history, and for a quarter not projected', async () => {
    const quiet = await findCriterionHistoryPage(
      dataSource.manager,
      { unit: 'STTTT', period: '2021-Q1', criterion: '1.1.1' },
      { before: null, limit: 20 },
    );
    expect(quiet).toMatchObject({ entries: [], submissions: {}, historyTotal: 0, revision: expect.any(String) });
    const none = await findCriterionHistoryPage(
      dataSource.manager,
      { unit: 'STTTT', period: '2022-Q1', criterion: '7.1.1' },
      { before: null, limit: 20 },
    );
    expect(none).toMatchObject({ entries: [], revision: null, catalogueId: null, historyTotal: 0 });
    expect(
      await findBoundedAssessmentState(dataSource.manager, 'STTTT', '2022-Q1', { submissions: 3, history: 5 }),
    ).toBeNull();
  });
});
