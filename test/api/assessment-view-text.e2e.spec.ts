import { DataSource } from 'typeorm';
import { findUnitStates, qualifiedTable } from '@dti/read-model';
import { assessmentTextFromState } from '../../apps/api/src/assessments/queries/get-assessment.handler';
import { unitsOf } from '../../apps/api/src/units/queries/unit.query-handlers';
import { newAssessmentEvents, RECORDED_STREAM } from '../../libs/read-model/testing/recorded-assessment.test-kit';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * Issue #12: GET /assessments answers JSON text put together from the read model's stored texts (each
 * criterion's `view_parts`, written by the projector) — it must be the answer the view built from the
 * folded state gives (`assessmentTextFromState`, the path before), value for value: on a busy generated
 * quarter (every criterion of the block reported, corrected, rejected, withdrawn, reopened), with rows whose
 * stored text is missing (written before it was kept: PostgreSQL builds it), and after live jobs changed
 * some criteria.
 */
const UNIT = 'STTTT';
const PERIOD = '2021-Q1';
const EVENTS = 500;

describe('GET /assessments from stored JSON text (e2e)', () => {
  let api: ApiTestApp;
  let inspector: HttpClient;
  let db: DataSource;
  /** The generated stream's events: all but the last are appended before the tests. */
  const events = newAssessmentEvents(EVENTS + 41);

  /** The answer as the state-built view gives it (parsed), at the read model's current rows. */
  async function reference(): Promise<unknown> {
    const [unit] = unitsOf(await findUnitStates(db.manager, [UNIT]));
    return JSON.parse(await assessmentTextFromState(db.manager, unit, PERIOD)) as unknown;
  }

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    inspector = await api.as('inspector');
    db = api.app.get(DataSource);
    for (let i = 0; i < EVENTS; i += 100) {
      await api.store.append(RECORDED_STREAM, events.slice(i, i + 100), i === 0 ? 'no_stream' : BigInt(i - 1));
    }
    // Then one event a job: the live writer's incremental path rewrites only what changed.
    for (let i = EVENTS; i < EVENTS + 40; i += 1) {
      await api.store.append(RECORDED_STREAM, [events[i]], BigInt(i - 1));
      if (i % 10 === 0) await api.settle();
    }
    await api.settle();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers the view the folded state gives, every criterion with its record’s stored text', async () => {
    const [{ stored, all }] = (await db.query(
      `SELECT count(view_parts)::int AS stored, count(*)::int AS all FROM ${qualifiedTable(db, 'assessment_criteria')}
        WHERE unit = $1 AND period = $2`,
      [UNIT, PERIOD],
    )) as Array<{ stored: number; all: number }>;
    expect(all).toBeGreaterThan(50);
    expect(stored).toBe(all);
    // The card's part too, on the state row (no scorecard lines read per request).
    const [{ card }] = (await db.query(
      `SELECT view_card AS card FROM ${qualifiedTable(db, 'assessment_states')} WHERE unit = $1 AND period = $2`,
      [UNIT, PERIOD],
    )) as Array<{ card: string | null }>;
    const { criteria: listed } = (await reference()) as { criteria: unknown[] };
    expect(card?.split('\n')).toHaveLength(listed.length + 1);
    const response = await inspector.get(`/assessments/${UNIT}/${PERIOD}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
    expect(response.body).toEqual(await reference());
    const criteria = response.body.criteria as Array<{ historyTotal: number; submissionsTotal: number }>;
    expect(criteria.some((criterion) => criterion.historyTotal > 3)).toBe(true);
  });

  it('answers the same when rows were written before their text was kept (PostgreSQL builds it)', async () => {
    const before = await inspector.get(`/assessments/${UNIT}/${PERIOD}`).expect(200);
    await db.query(
      `UPDATE ${qualifiedTable(db, 'assessment_criteria')} SET view_parts = NULL WHERE unit = $1 AND period = $2 AND ordinal % 2 = 0`,
      [UNIT, PERIOD],
    );
    const after = await inspector.get(`/assessments/${UNIT}/${PERIOD}`).expect(200);
    expect(after.body).toEqual(before.body);
    expect(after.body).toEqual(await reference());
    // A state row without its card's part: the API builds it from the scorecard's lines, the same text.
    await db.query(
      `UPDATE ${qualifiedTable(db, 'assessment_states')} SET view_card = NULL WHERE unit = $1 AND period = $2`,
      [UNIT, PERIOD],
    );
    const fromLines = await inspector.get(`/assessments/${UNIT}/${PERIOD}`).expect(200);
    expect(fromLines.text).toBe(after.text);
  });

  it('tags the answer with its rows’ versions: If-None-Match answers 304 until a write, then the new answer', async () => {
    const path = `/assessments/${UNIT}/${PERIOD}`;
    const first = await inspector.get(path).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"a4\./);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await inspector.get(path).set('If-None-Match', etag).expect(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.text).toBe('');
    // A list, and a weak comparison, as browsers send them.
    await inspector.get(path).set('If-None-Match', `"other", W/${etag}`).expect(304);
    // Another reader's copy of another unit-quarter is not this one's.
    const other = await inspector.get(`/assessments/${UNIT}/2021-Q2`).expect(200);
    expect(other.headers.etag).not.toBe(etag);
    await inspector
      .get(path)
      .set('If-None-Match', other.headers.etag as string)
      .expect(200);
    // A submitter may not read another unit, with or without a tag.
    await (await api.as('sub-snv')).get(path).set('If-None-Match', etag).expect(403);
    // A new event: the rows are rewritten, the old tag is stale and the answer is read again.
    await api.store.append(RECORDED_STREAM, [events[EVENTS + 40]], BigInt(EVENTS + 39));
    await api.settle();
    const changed = await inspector.get(path).set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.revision).not.toBe(first.body.revision);
    expect(changed.body).toEqual(await reference());
  });
});
