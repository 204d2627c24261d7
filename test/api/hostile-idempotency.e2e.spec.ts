import { startApiTestApp, type ApiTestApp } from './support';

/** Issue #11: an Idempotency-Key reused with a different body is refused, not answered with the first result. */
describe('Idempotency-Key reused with another body (e2e)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  const path = '/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions';

  it('answers a same-body retry with the first result and a different body with 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const submitter = await api.as('sub-stttt');
    const first = await submitter.post(path, { inputs: { a: 250, b: 20 } }).set('Idempotency-Key', 'fp-1');
    expect(first.status).toBe(201);
    const head = await api.store.headPosition();

    // Same body, keys in another order: the same request.
    const retry = await submitter.post(path, { inputs: { b: 20, a: 250 } }).set('Idempotency-Key', 'fp-1');
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);

    const reused = await submitter.post(path, { inputs: { a: 250, b: 25 } }).set('Idempotency-Key', 'fp-1');
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: { header: 'Idempotency-Key' } });
    expect(await api.store.headPosition()).toBe(head);
  });

  it('lets a key whose command was refused be used again with a corrected body', async () => {
    const submitter = await api.as('sub-stttt');
    const refused = await submitter
      .post(path.replace('2025-Q2', '2025-Q3'), { inputs: { a: 250 } })
      .set('Idempotency-Key', 'fp-2');
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const corrected = await submitter
      .post(path.replace('2025-Q2', '2025-Q3'), { inputs: { a: 250, b: 20 } })
      .set('Idempotency-Key', 'fp-2');
    expect(corrected.status).toBe(201);
  });

  it('keeps keys apart per account: another submitter may use the same key on its own unit', async () => {
    const other = await api.as('sub-snv');
    const response = await other
      .post('/assessments/SNV/2025-Q2/criteria/7.1.1/submissions', { inputs: { a: 100, b: 1 } })
      .set('Idempotency-Key', 'fp-1');
    expect(response.status).toBe(201);
  });
});
