import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * Issue #11, part 2: values no field may hold are refused at the edge with 400 problem+json naming the
 * field, nothing is stored, and the process keeps answering.
 */
describe('Hostile input (e2e)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  const unitBody = (overrides: Record<string, unknown> = {}) => ({
    code: 'SKHCNX',
    name: 'Sở Khoa học và Công nghệ',
    block: 'department',
    effectiveOn: '2025-01-01',
    legalBasis: 'Quyết định số 1/QĐ-UBND',
    ...overrides,
  });

  const submission = (overrides: Record<string, unknown> = {}) => ({
    inputs: { a: 250, b: 20 },
    evidence: [
      {
        documentNumber: '45/BC-STTTT',
        documentDate: '2025-06-30',
        signer: 'Nguyễn Văn Hùng',
        url: 'https://stttt.thuathienhue.gov.vn/van-ban/45.pdf',
      },
    ],
    ...overrides,
  });

  async function expectRefusedUnchanged(
    send: () => Promise<request.Response>,
    status: number,
    field: string | RegExp,
    code: string,
  ): Promise<request.Response> {
    const before = await api.store.headPosition();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = ((response.body as { errors?: Array<{ field: string; code: string }> }).errors ?? []).map(
      (e) => `${e.field} ${e.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([expect.stringMatching(typeof field === 'string' ? `^${escape(field)} ${code}$` : field)]),
    );
    expect(await api.store.headPosition()).toBe(before);
    await request(api.server).get('/health/ready').expect(200);
    return response;
  }

  it.each([
    ['a NUL in a unit name', { name: 'Sở\u0000Khoa học' }, 'name', 'CONTROL_CHARACTER'],
    ['a lone high surrogate in a unit name', { name: 'Sở \ud800 Khoa học' }, 'name', 'LONE_SURROGATE'],
    ['a lone low surrogate in the legal basis', { legalBasis: 'QĐ \udc00' }, 'legalBasis', 'LONE_SURROGATE'],
    ['a bell character in the English name', { nameEn: 'Dept\u0007' }, 'nameEn', 'CONTROL_CHARACTER'],
  ])('refuses %s (400, naming the field, nothing stored)', async (_label, overrides, field, code) => {
    const admin = await api.as('admin');
    await expectRefusedUnchanged(() => admin.post('/units', unitBody(overrides)), 400, field, code);
  });

  it.each(['1900-01-01', '9999-12-31'])(
    'refuses a unit effective on %s: 422 naming effectiveOn, nothing stored',
    async (day) => {
      const admin = await api.as('admin');
      const before = await api.store.headPosition();
      const response = await admin.post('/units', unitBody({ code: 'SKHCNY', effectiveOn: day }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'INVALID_COMMAND', details: { field: 'effectiveOn' } });
      expect(await api.store.headPosition()).toBe(before);
    },
  );

  it('refuses a NUL in an evidence signer of a submission, naming evidence.0.signer', async () => {
    const submitter = await api.as('sub-stttt');
    const body = submission();
    (body.evidence[0] as Record<string, string>).signer = 'Nguyễn\u0000Văn Hùng';
    await expectRefusedUnchanged(
      () => submitter.post('/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions', body),
      400,
      'evidence.0.signer',
      'CONTROL_CHARACTER',
    );
  });

  it('refuses a control character in a key', async () => {
    const submitter = await api.as('sub-stttt');
    await expectRefusedUnchanged(
      () =>
        submitter.post(
          '/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions',
          submission({ inputs: { 'a\u0000': 1, b: 1 } }),
        ),
      400,
      'inputs.a\\u0000',
      'CONTROL_CHARACTER',
    );
  });

  it('keeps tabs and line breaks in a reason', async () => {
    const lead = await api.as('lead');
    // Not finalized yet, so the domain refuses it (409/422); what matters is that the text passed the edge.
    const response = await lead.post('/assessments/STTTT/2025-Q3/reopen', { reason: 'Dòng 1\nDòng 2\tcột' });
    expect(response.status).not.toBe(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses integers beyond 2^53 in figures instead of rounding and storing them', async () => {
    const submitter = await api.as('sub-stttt');
    await expectRefusedUnchanged(
      () =>
        request(api.server)
          .post('/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions')
          .set('Authorization', `Bearer ${submitter.token}`)
          .set('Content-Type', 'application/json')
          .send('{"inputs":{"a":123456789012345678901234567890,"b":20}}'),
      400,
      'inputs.a',
      'UNSAFE_INTEGER',
    );
    await expectRefusedUnchanged(
      () =>
        submitter.post(
          '/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions',
          submission({ inputs: { a: 2 ** 53, b: 1 } }),
        ),
      400,
      'inputs.a',
      'UNSAFE_INTEGER',
    );
  });

  it('accepts 2^53 − 1, the largest safe integer, past the edge', async () => {
    const submitter = await api.as('sub-stttt');
    const response = await submitter.post(
      '/assessments/STTTT/2025-Q1/criteria/7.1.1/submissions',
      submission({ inputs: { a: Number.MAX_SAFE_INTEGER, b: 20 } }),
    );
    expect(response.status).toBe(201);
  });

  it.each([
    ['/auth/login without a token', '/auth/login', undefined],
    ['a command route', '/assessments/STTTT/2025-Q2/criteria/7.1.1/submissions', 'sub-stttt'],
  ])('refuses JSON nested 40,000 levels deep on %s before validation', async (_label, path, username) => {
    const token = username === undefined ? undefined : await api.login(username);
    const deep = `{"username":${'['.repeat(40_000)}${']'.repeat(40_000)},"password":"x"}`;
    const response = await expectRefusedUnchanged(
      () => {
        const test = request(api.server).post(path).set('Content-Type', 'application/json');
        return (token === undefined ? test : test.set('Authorization', `Bearer ${token}`)).send(deep);
      },
      400,
      /^username(\.0)+ NESTING_TOO_DEEP$/,
      'NESTING_TOO_DEEP',
    );
    expect((response.body as { code: string }).code).toBe('VALIDATION_FAILED');
  });

  it('applies one rule on every route: malformed 400 naming the field, well-formed but not allowed 422', async () => {
    const leader = await api.as('leader');
    const submitter = await api.as('sub-stttt');
    for (const path of ['/assessments/STTTT/2021-Q5', '/scorecards/STTTT/2021-Q5', '/rankings/2021-Q5']) {
      const response = await leader.get(path);
      expect({ path, status: response.status, error: response.body.errors?.[0] }).toMatchObject({
        path,
        status: 400,
        error: { field: 'period', code: 'INVALID_PERIOD' },
      });
    }
    const command = await submitter.post('/assessments/STTTT/2021-Q5/criteria/7.1.1/submissions', submission());
    expect(command.status).toBe(400);
    expect(command.body.errors[0]).toMatchObject({ field: 'period', code: 'INVALID_PERIOD' });
    for (const path of ['/assessments/STTTT/1999-Q1', '/scorecards/STTTT/1999-Q1', '/rankings/1999-Q1']) {
      const response = await leader.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 422 });
      expect(response.body.code).toMatch(/^(INVALID_PERIOD|CATALOGUE_NOT_CONFIGURED)$/);
    }
  });

  it('refuses hostile values in query strings too', async () => {
    const reviewer = await api.as('reviewer');
    const response = await reviewer.get('/review-queue?unit=ST%00TTT');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('CONTROL_CHARACTER');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
