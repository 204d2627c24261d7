import fc from 'fast-check';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * Issue #12: GET /assessments carries per criterion only its latest submissions and history entries (with
 * their totals and a cursor), and GET …/criteria/{criterion}/history pages the older ones, keyset, to the
 * first entry. Against the real app, PostgreSQL event store and read model, through HTTP: paging, the
 * reader rule (submitters read their own unit only) and hostile parameters (4xx problems, never a 5xx).
 */
const PROBLEM = /application\/problem\+json/;
const UNIT = 'STTTT';
const PERIOD = '2021-Q3';
const CRITERION = '7.1.1';
const ROUNDS = 8; // 8 submissions, each rejected: 16 history entries, many more than the view's 3

const base = `/assessments/${UNIT}/${PERIOD}`;
const historyOf = (criterion = CRITERION, query = '') => `${base}/criteria/${criterion}/history${query}`;

interface Entry {
  action: string;
  submissionId: string;
  reason: string | null;
}
interface Page {
  history: Entry[];
  submissions: Array<{ submissionId: string; status: string; score: { points: { exact: string } } | null }>;
  historyTotal: number;
  nextCursor: string | null;
  revision: string | null;
}

describe('GET /assessments bounded, and a criterion’s history a page at a time (e2e)', () => {
  let api: ApiTestApp;
  let submitter: HttpClient;
  let reviewer: HttpClient;
  let inspector: HttpClient;
  const ids: string[] = [];

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    submitter = await api.as('sub-stttt');
    reviewer = await api.as('reviewer');
    inspector = await api.as('inspector');
    for (let n = 1; n <= ROUNDS; n += 1) {
      const submitted = await submitter
        .post(`${base}/criteria/${CRITERION}/submissions`, { inputs: { a: 300, b: n } })
        .expect(201);
      ids.push(submitted.body.submissionId as string);
      await reviewer
        .post(`${base}/submissions/${submitted.body.submissionId}/reject`, { reason: `Lần ${n}: thiếu minh chứng` })
        .expect(200);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('carries the latest submission and 3 history entries, the totals and the cursor of the older ones', async () => {
    const view = await inspector.get(base).expect(200);
    const criterion = view.body.criteria.find((c: { code: string }) => c.code === CRITERION);
    expect(criterion.submissions.map((s: { submissionId: string }) => s.submissionId)).toEqual(ids.slice(-1));
    // Issue #12: no scores in GET /assessments; the history pages carry them (below).
    expect(criterion.submissions.every((s: object) => !('score' in s))).toBe(true);
    expect(criterion).toMatchObject({ submissionsTotal: ROUNDS, historyTotal: 2 * ROUNDS, historyCursor: '13' });
    expect(criterion.history.map((h: Entry) => `${h.action}:${h.submissionId}`)).toEqual([
      `rejected:${ids[6]}`,
      `submitted:${ids[7]}`,
      `rejected:${ids[7]}`,
    ]);
    const untouched = view.body.criteria.find((c: { code: string }) => c.code === '7.1.2');
    expect(untouched).toMatchObject({ submissions: [], submissionsTotal: 0, history: [], historyCursor: null });
  });

  it('pages from the cursor to the first entry: every entry once, in order, with the submissions they name', async () => {
    const view = await inspector.get(base).expect(200);
    const criterion = view.body.criteria.find((c: { code: string }) => c.code === CRITERION);
    let cursor: string | null = criterion.historyCursor;
    const older: Entry[] = [];
    const named = new Set<string>();
    let pages = 0;
    while (cursor !== null) {
      const page = (await inspector.get(historyOf(CRITERION, `?before=${cursor}&limit=4`)).expect(200)).body as Page;
      expect(page.history.length).toBeLessThanOrEqual(4);
      expect(page.historyTotal).toBe(2 * ROUNDS);
      expect(page.revision).toBe(view.body.revision);
      older.unshift(...page.history);
      for (const submission of page.submissions) named.add(submission.submissionId);
      expect(page.submissions.every((s) => s.score !== null)).toBe(true);
      expect(new Set(page.history.map((entry) => entry.submissionId))).toEqual(
        new Set(page.submissions.map((s) => s.submissionId)),
      );
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(4); // 13 older entries, 4 a page
    const whole = [...older, ...criterion.history].map((entry) => `${entry.action}:${entry.submissionId}`);
    expect(whole).toEqual(ids.flatMap((id) => [`submitted:${id}`, `rejected:${id}`]));
    expect(older[1]).toMatchObject({ action: 'rejected', reason: 'Lần 1: thiếu minh chứng' });
    expect([...named]).toEqual(expect.arrayContaining(ids.slice(0, 7)));
  });

  it('without a cursor answers the latest entries; default page of 20; an empty page past the first', async () => {
    const latest = (await inspector.get(historyOf()).expect(200)).body as Page;
    expect(latest.history).toHaveLength(2 * ROUNDS);
    expect(latest.nextCursor).toBeNull();
    const one = (await inspector.get(historyOf(CRITERION, '?limit=1')).expect(200)).body as Page;
    expect(one.history.map((entry) => entry.submissionId)).toEqual([ids[ROUNDS - 1]]);
    expect(one.nextCursor).toBe(String(2 * ROUNDS - 1));
    const none = (await inspector.get(historyOf(CRITERION, '?before=0')).expect(200)).body as Page;
    expect(none).toMatchObject({ history: [], submissions: [], nextCursor: null, historyTotal: 2 * ROUNDS });
    const quiet = (await inspector.get(historyOf('7.1.2')).expect(200)).body as Page;
    expect(quiet).toMatchObject({ history: [], historyTotal: 0, nextCursor: null });
  });

  it('keeps to the reader rule: a submitter reads their own unit’s history only', async () => {
    await submitter.get(historyOf(CRITERION, '?before=13')).expect(200);
    const other = await api.as('sub-snv');
    const refused = await other.get(historyOf()).expect(403).expect('Content-Type', PROBLEM);
    expect(refused.body.code).toBe('NOT_OWN_UNIT');
    await api.anonymous.get(historyOf()).expect(401);
  });

  it.each([
    ['a cursor that is not a number', '?before=abc', 400, 'INVALID_CURSOR'],
    ['a negative cursor', '?before=-1', 400, 'INVALID_CURSOR'],
    ['a cursor beyond any integer', '?before=99999999999999999999', 400, 'INVALID_CURSOR'],
    ['a cursor with a leading zero', '?before=011', 400, 'INVALID_CURSOR'],
    ['a limit of 0', '?limit=0', 400, 'VALIDATION_FAILED'],
    ['a limit over 100', '?limit=101', 400, 'VALIDATION_FAILED'],
    ['a limit that is not a number', '?limit=ten', 400, 'VALIDATION_FAILED'],
    ['repeated limits', '?limit=1&limit=2', 400, 'VALIDATION_FAILED'],
    ['a bracketed cursor', '?before[a]=1', 400, 'VALIDATION_FAILED'],
  ])('refuses %s: 400 problem naming it', async (_name, query, status, code) => {
    const response = await inspector.get(historyOf(CRITERION, query)).expect(status).expect('Content-Type', PROBLEM);
    expect([response.body.code, ...(response.body.errors ?? []).map((e: { code?: string }) => e.code)]).toContain(code);
  });

  it.each([
    ['an unknown criterion', historyOf('9.9.9'), 400],
    ['a criterion code with a control character', historyOf('7.1.1%00'), 400],
    ['a malformed period', `/assessments/${UNIT}/2021-Q9/criteria/${CRITERION}/history`, 400],
    ['a malformed unit', `/assessments/st%20ttt/${PERIOD}/criteria/${CRITERION}/history`, 400],
    ['an unknown unit', `/assessments/NOSUCH/${PERIOD}/criteria/${CRITERION}/history`, 404],
  ])('refuses %s with a problem', async (_name, path, status) => {
    await inspector.get(path).expect(status).expect('Content-Type', PROBLEM);
  });

  it('answers generated criterion codes in the path with a 4xx problem or a page, never a 5xx (fuzz)', async () => {
    const code = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('7.1.1', '9.9.9', '7.1', '7.1.1.1', '７.１.１', '7.1.1 ', '..', '%00', 'x'.repeat(5_000)),
    );
    await fc.assert(
      fc.asyncProperty(code, async (criterion) => {
        const response = await inspector.get(historyOf(encodeURIComponent(criterion)));
        if (response.status === 200) expect(criterion).toBe(CRITERION);
        else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(response.headers['content-type']).toMatch(PROBLEM);
        }
      }),
      { numRuns: 60 },
    );
  });
});
