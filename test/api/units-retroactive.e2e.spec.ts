import { unitStreamId } from '@dti/domain';
import type request from 'supertest';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * Issue #11, part 2: a unit change effective in or before a quarter whose report is finalized is refused
 * (422 RETROACTIVE_CHANGE_REQUIRES_REASON naming effectiveOn, nothing stored) unless it gives a reason; with
 * one it is recorded and the unit's history shows it with the finalized quarters it reaches. Here STTTT's
 * 2025-Q1 report is the one finalized quarter.
 */
const LEGAL = 'Quyết định giả định cho kiểm thử / hypothetical decision for the test';
const REASON = 'Nghị quyết được công bố sau khi đã chốt báo cáo Quý 1/2025 (giả định cho kiểm thử)';
const PROBLEM = /^application\/problem\+json/;

interface HistoryEntry {
  change: string;
  effectiveOn: string;
  retroactive?: { reason: string; finalizedQuarters: string[] };
}

describe('units: retroactive changes to finalized quarters (real app, PostgreSQL event store)', () => {
  let api: ApiTestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    admin = await api.as('admin');
    const submitter = await api.as('sub-stttt');
    const reviewer = await api.as('reviewer');
    const base = '/assessments/STTTT/2025-Q1';
    const submitted = await submitter
      .post(`${base}/criteria/7.1.1/submissions`, { inputs: { a: 100, b: 10 } })
      .expect(201);
    await reviewer.post(`${base}/submissions/${submitted.body.submissionId}/approve`, {}).expect(200);
    await reviewer.post(`${base}/finalize`).expect(200);
    // The fact is read from the read model: the finalized report must be projected first.
    await api.settle();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  async function refusedUnchanged(send: () => Promise<request.Response>, status: number): Promise<request.Response> {
    const before = await api.store.headPosition();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(await api.store.headPosition()).toBe(before);
    return response;
  }

  it('refuses a change reaching the finalized quarter without a reason: 422 naming effectiveOn, nothing stored', async () => {
    const rename = await refusedUnchanged(
      () =>
        admin.post('/units/STTTT/rename', {
          name: 'Sở Thông tin và Truyền thông (đổi tên thử)',
          effectiveOn: '2025-03-31',
          legalBasis: LEGAL,
        }),
      422,
    );
    expect(rename.body).toMatchObject({
      code: 'RETROACTIVE_CHANGE_REQUIRES_REASON',
      details: { field: 'effectiveOn', unit: 'STTTT', effectiveOn: '2025-03-31', finalizedQuarters: ['2025-Q1'] },
    });
    expect(rename.body.detail).toMatch(/^Thay đổi hồi tố: .*Quý 1\/2025/);

    // A registration changes which units the quarter counts: any unit's finalized report is reached.
    const register = await refusedUnchanged(
      () =>
        admin.post('/units', {
          code: 'SHOITO',
          name: 'Sở Hồi tố',
          block: 'department',
          effectiveOn: '2020-01-01',
          legalBasis: LEGAL,
        }),
      422,
    );
    expect(register.body).toMatchObject({
      code: 'RETROACTIVE_CHANGE_REQUIRES_REASON',
      details: { field: 'effectiveOn', finalizedQuarters: ['2025-Q1'] },
    });
    await refusedUnchanged(
      () => admin.post('/units/HUONGTRA/dissolve', { effectiveOn: '2025-01-01', legalBasis: LEGAL }),
      422,
    );
    await admin.get('/units/SHOITO').expect(404);
    expect(await api.store.streamRevision(unitStreamId('SHOITO'))).toBeNull();
  });

  it('accepts a change from the first day after the finalized quarter, and a rename of a unit with none, as ordinary', async () => {
    const registered = await admin
      .post('/units', {
        code: 'SSAUQ1',
        name: 'Sở Sau Quý 1',
        block: 'department',
        effectiveOn: '2025-04-01',
        legalBasis: LEGAL,
      })
      .expect(201);
    expect(registered.body.history).toEqual([expect.not.objectContaining({ retroactive: expect.anything() })]);
    // A rename reaches only the unit's own reports: Sở Nội vụ has none finalized.
    const renamed = await admin
      .post('/units/SNV/rename', { name: 'Sở Nội vụ (đổi tên thử)', effectiveOn: '2025-02-01', legalBasis: LEGAL })
      .expect(200);
    expect(renamed.body.history[1]).not.toHaveProperty('retroactive');
  });

  it('records a change with a reason as retroactive; the unit’s history shows the reason and the quarters', async () => {
    const renamed = await admin
      .post('/units/STTTT/rename', {
        name: 'Sở Thông tin và Truyền thông (đổi tên thử)',
        effectiveOn: '2025-03-31',
        legalBasis: LEGAL,
        retroactiveReason: `  ${REASON}  `,
      })
      .expect(200);
    const retroactive = { reason: REASON, finalizedQuarters: ['2025-Q1'] };
    expect(renamed.body.history[1]).toMatchObject({ change: 'renamed', effectiveOn: '2025-03-31', retroactive });

    const one = await admin.get('/units/STTTT').expect(200);
    expect((one.body.history as HistoryEntry[]).map((entry) => entry.retroactive ?? null)).toEqual([null, retroactive]);
    const listed = await (await api.as('inspector')).get('/units').expect(200);
    const stttt = (listed.body as Array<{ code: string; history: HistoryEntry[] }>).find(
      (unit) => unit.code === 'STTTT',
    );
    expect(stttt?.history[1].retroactive).toEqual(retroactive);

    const stored = [];
    for await (const event of api.store.readStream(unitStreamId('STTTT'))) stored.push(event);
    expect(stored[stored.length - 1]).toMatchObject({ type: 'UnitRenamed', schemaVersion: 2, data: { retroactive } });

    const registered = await admin
      .post('/units', {
        code: 'SHOITO',
        name: 'Sở Hồi tố',
        block: 'department',
        effectiveOn: '2024-07-01',
        legalBasis: LEGAL,
        retroactiveReason: REASON,
      })
      .expect(201);
    expect(registered.body.history[0]).toMatchObject({ change: 'registered', retroactive });
    const dissolved = await admin
      .post('/units/HUONGTRA/dissolve', { effectiveOn: '2025-01-01', legalBasis: LEGAL, retroactiveReason: REASON })
      .expect(200);
    expect(dissolved.body.history[1]).toMatchObject({ change: 'dissolved', retroactive });
  });

  it.each<[string, unknown, number, string]>([
    ['a NUL', 'Lý do\u0000hồi tố', 400, 'CONTROL_CHARACTER'],
    ['a lone surrogate', 'Lý do \ud800', 400, 'LONE_SURROGATE'],
    ['a number', 42, 400, ''],
    ['1,001 characters', 'x'.repeat(1001), 400, ''],
    ['only spaces', '   ', 422, 'INVALID_COMMAND'],
  ])(
    'refuses a retroactiveReason holding %s, naming the field, nothing stored',
    async (_label, reason, status, code) => {
      const response = await refusedUnchanged(
        () =>
          admin.post('/units/SKHCN/rename', {
            name: 'Sở Khoa học và Công nghệ (đổi tên thử)',
            effectiveOn: '2025-02-01',
            legalBasis: LEGAL,
            retroactiveReason: reason,
          }),
        status,
      );
      if (status === 422) {
        expect(response.body).toMatchObject({ code, details: { field: 'retroactiveReason' } });
      } else {
        const errors = (response.body as { errors: Array<{ field: string; code?: string }> }).errors;
        expect(errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field: 'retroactiveReason', ...(code ? { code } : {}) })]),
        );
      }
    },
  );
});
