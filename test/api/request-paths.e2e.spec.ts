import { accountStreamId } from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import { httpClient, startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * Nothing on a request path scans or folds streams (issue #15): with the event store's stream reads
 * refused, the API still serves the review queue, GET /assessments, the unit and account registers, the
 * read side's unit check and the submissions export — all from the read model. The one stream a query may
 * still read is the requester's own account (authentication, one short indexed stream); everything else
 * throws, and every refused call is listed when the spec fails.
 */
describe('request paths never read streams (real app, real projector)', () => {
  let api: ApiTestApp;
  let reviewer: HttpClient;
  let submitter: HttpClient;
  let admin: HttpClient;
  const refused: string[] = [];
  let restore: () => void = () => undefined;

  /** From here on: listStreams always throws, readStream throws for every stream but the requester's own account. */
  function refuseStreamReads(store: EventStore, requesters: readonly string[]): () => void {
    const { listStreams, readStream } = store;
    const allowed = new Set(requesters.map((username) => accountStreamId(username)));
    store.listStreams = async (prefix?: string) => {
      refused.push(`listStreams(${prefix ?? ''})`);
      throw new Error(`listStreams(${prefix ?? ''}) on a request path`);
    };
    store.readStream = ((streamId: string, ...rest: unknown[]) => {
      if (!allowed.has(streamId)) {
        refused.push(`readStream(${streamId})`);
        throw new Error(`readStream(${streamId}) on a request path`);
      }
      return (readStream as (...args: unknown[]) => ReturnType<EventStore['readStream']>).call(
        store,
        streamId,
        ...rest,
      );
    }) as EventStore['readStream'];
    return () => {
      store.listStreams = listStreams;
      store.readStream = readStream;
    };
  }

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    reviewer = await api.as('reviewer');
    submitter = await api.as('sub-stttt');
    admin = await api.as('admin');
    const base = '/assessments/STTTT/2021-Q1';
    await submitter.post(`${base}/criteria/7.1.1/submissions`, { inputs: { a: 100, b: 5 } }).expect(201);
    const second = await submitter.post(`${base}/criteria/7.1.2/submissions`, { inputs: { a: 10, b: 4 } }).expect(201);
    await reviewer.post(`${base}/submissions/${second.body.submissionId as string}/approve`, {}).expect(200);
    await api.settle();
    restore = refuseStreamReads(api.store, ['reviewer', 'sub-stttt', 'admin', 'inspector']);
  });

  afterAll(async () => {
    restore();
    await api?.close();
  });

  afterEach(() => {
    expect(refused).toEqual([]);
  });

  it('serves the review queue from the read model', async () => {
    const queue = await reviewer.get('/review-queue').expect(200);
    expect(queue.body.total).toBe(1);
    expect(queue.body.items[0]).toMatchObject({ unit: 'STTTT', criterion: '7.1.1', reviewable: true });
    await reviewer.get('/review-queue?unit=STTTT&period=2021-Q1&block=department&group=7&limit=5').expect(200);
  });

  it('serves GET /assessments/{unit}/{period} with its revision', async () => {
    const view = await submitter.get('/assessments/STTTT/2021-Q1').expect(200);
    expect(view.body.revision).toBe('3');
    expect(view.body.criteria.find((c: { code: string }) => c.code === '7.1.2')).toMatchObject({ status: 'scored' });
    const empty = await reviewer.get('/assessments/SNV/2021-Q1').expect(200);
    expect(empty.body).toMatchObject({ revision: null, report: { status: 'not_opened' } });
    // And a criterion's older history, a page at a time (issue #12), from the read model too.
    const page = await submitter.get('/assessments/STTTT/2021-Q1/criteria/7.1.2/history?limit=1').expect(200);
    expect(page.body).toMatchObject({ revision: '3', history: [{ action: 'approved' }] });
  });

  it('serves the unit and account registers', async () => {
    expect((await reviewer.get('/units').expect(200)).body.length).toBeGreaterThan(10);
    await reviewer.get('/units?period=2021-Q1&block=district').expect(200);
    await reviewer.get('/units/STTTT').expect(200);
    await reviewer.get('/units/NOPE').expect(404);
    expect((await admin.get('/accounts').expect(200)).body.map((a: { username: string }) => a.username)).toContain(
      'sub-stttt',
    );
    await admin.get('/accounts/sub-stttt').expect(200);
  });

  it('checks a reader’s unit and exports the quarter’s submissions without reading streams', async () => {
    const inspector = await api.as('inspector');
    await inspector.get('/scorecards/STTTT/2021-Q1').expect(200);
    // As of a moment: the projection's kept versions, not a replay.
    await inspector.get('/scorecards/STTTT/2021-Q1?asOf=2030-01-01T00:00:00Z').expect(200);
    await inspector.get('/scorecards/STTTT/2021-Q1?asOf=1').expect(200);
    const csv = await inspector.get('/exports/2021-Q1/submissions.csv').expect(200);
    expect(csv.text).toContain('STTTT');
  });

  it('notices a stream read (negative control): the inspector’s check replays the stream and is refused here', async () => {
    const inspector = await api.as('inspector');
    await inspector.get('/scorecards/STTTT/2021-Q1/check?asOf=2030-01-01T00:00:00Z').expect(500);
    expect(refused).toEqual(['readStream(assessment-STTTT-2021Q1)']);
    refused.length = 0;
  });

  it('shows a reader their own command at once: the query waits for its projection (OwnWrites)', async () => {
    // Clients that do not settle first, as the web app's: only the API's own wait stands between the
    // command and the asynchronous projector.
    const ownSubmitter = httpClient(api.server, await api.login('sub-stttt'));
    const ownReviewer = httpClient(api.server, await api.login('reviewer'));
    const base = '/assessments/STTTT/2021-Q2';
    restore(); // commands read their own stream
    const submitted = await ownSubmitter.post(`${base}/criteria/7.1.1/submissions`, { inputs: { a: 50, b: 5 } });
    expect(submitted.status).toBe(201);
    restore = refuseStreamReads(api.store, ['reviewer', 'sub-stttt']);
    const view = await ownSubmitter.get(base).expect(200);
    expect(view.body.revision).toBe(submitted.body.revision);
    const criterion = view.body.criteria.find((c: { code: string }) => c.code === '7.1.1');
    expect(criterion.pending).toMatchObject({ submissionId: submitted.body.submissionId, status: 'pending' });

    await api.settle(); // another person's submission: eventually consistent, so wait for it here
    restore();
    const id = submitted.body.submissionId as string;
    await ownReviewer.post(`${base}/submissions/${id}/approve`, {}).expect(200);
    restore = refuseStreamReads(api.store, ['reviewer', 'sub-stttt']);
    const queue = await ownReviewer.get('/review-queue?period=2021-Q2').expect(200);
    expect(
      queue.body.items.map((item: { submission: { submissionId: string } }) => item.submission.submissionId),
    ).not.toContain(id);
  });
});
