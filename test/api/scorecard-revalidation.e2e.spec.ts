import { httpClient, startApiTestApp, type ApiTestApp, type HttpClient } from './support';

const LEGAL = 'Quyết định giả định cho kiểm thử / hypothetical decision for the test';
const CARD = '/scorecards/STTTT/2021-Q1';

/**
 * GET /scorecards answers are rendered once per version of the card and kept (RenderedJsonCache): a card
 * read again unchanged is the same bytes with the same strong ETag (304 for If-None-Match), and anything
 * that changes the answer — a projected write to the unit-quarter, the unit's name in the quarter — makes the
 * next read render it again. Through the real app and projector.
 */
describe('GET /scorecards: kept answers, strong ETags, never stale', () => {
  let api: ApiTestApp;
  let submitter: HttpClient;
  let reviewer: HttpClient;
  let inspector: HttpClient;
  let admin: HttpClient;

  async function approved(criterion: string, inputs: Record<string, number>): Promise<void> {
    const base = '/assessments/STTTT/2021-Q1';
    const submitted = await submitter.post(`${base}/criteria/${criterion}/submissions`, { inputs }).expect(201);
    await reviewer.post(`${base}/submissions/${submitted.body.submissionId as string}/approve`, {}).expect(200);
  }

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    submitter = await api.as('sub-stttt');
    reviewer = await api.as('reviewer');
    inspector = await api.as('inspector');
    admin = await api.as('admin');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('sends the same bytes and strong ETag while the card is unchanged, and 304 for If-None-Match', async () => {
    await approved('5.1.1', { a: 200, b: 150 });
    const first = await inspector.get(CARD).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.body).toMatchObject({ unit: 'STTTT', total: { pointsExact: '3/2' } });
    const again = await inspector.get(CARD).expect(200);
    expect(again.headers.etag).toBe(etag);
    expect(again.text).toBe(first.text);
    const notModified = await inspector.get(CARD).set('If-None-Match', etag).expect(304);
    expect(notModified.text).toBe('');
    // Another reader with the same right reads the same card.
    expect((await api.as('leader').then((leader) => leader.get(CARD).expect(200))).text).toBe(first.text);
  });

  it('renders again once a write to the unit-quarter is projected, the current card and a bound past it', async () => {
    const before = await inspector.get(CARD).expect(200);
    const pastEverything = await inspector.get(`${CARD}?asOf=999999999`).expect(200);
    expect(pastEverything.body.total.pointsExact).toBe('3/2');
    await approved('7.1.1', { a: 50, b: 4 });
    const after = await inspector.get(CARD).expect(200);
    expect(after.body.total.pointsExact).toBe('47/10');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await inspector
      .get(CARD)
      .set('If-None-Match', before.headers.etag as string)
      .expect(200);
    const pastAgain = await inspector.get(`${CARD}?asOf=999999999`).expect(200);
    expect(pastAgain.body.total.pointsExact).toBe('47/10');
    // A bound before the write still answers the card as it stood then.
    const position = before.body.position as string;
    const then = await inspector.get(`${CARD}?asOf=${position}`).expect(200);
    expect(then.body).toMatchObject({ position, total: { pointsExact: '3/2' } });
    expect((await inspector.get(`${CARD}?asOf=${position}`).expect(200)).text).toBe(then.text);
  });

  it('renders again when the unit’s name in the quarter changes, the card unchanged', async () => {
    const before = await inspector.get(CARD).expect(200);
    const asOf = await inspector.get(`${CARD}?asOf=${before.body.position as string}`).expect(200);
    await admin
      .post('/units/STTTT/rename', { name: 'Sở Thông tin (thử)', effectiveOn: '2021-02-01', legalBasis: LEGAL })
      .expect(200);
    await api.settle();
    const after = await inspector.get(CARD).expect(200);
    expect(after.body.unitName).toBe('Sở Thông tin (thử)');
    expect(after.body.total).toEqual(before.body.total);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const asOfAfter = await inspector.get(`${CARD}?asOf=${before.body.position as string}`).expect(200);
    expect(asOfAfter.body.unitName).toBe('Sở Thông tin (thử)');
    expect(asOfAfter.body.total).toEqual(asOf.body.total);
  });

  it('keeps authorization before any kept answer: another unit’s submitter is refused', async () => {
    const other = httpClient(api.server, await api.login('sub-snv'));
    const refused = await other.get(CARD).expect(403);
    expect(refused.body.code).toBe('NOT_OWN_UNIT');
    await api.anonymous.get(CARD).expect(401);
  });
});
