import { unitStreamId } from '@dti/domain';
import { startApiTestApp, type ApiTestApp } from './support';
import type { HttpClient } from './support';

interface UnitBody {
  code: string;
  name: string;
  nameEn: string | null;
  block: string;
  validity: { from: string; to: string | null };
  status: string;
  history: Array<Record<string, unknown>>;
}

const codesOf = (body: UnitBody[]) => body.map((unit) => unit.code);
const LEGAL = 'Quyết định giả định cho kiểm thử / hypothetical decision for the test';

describe('units: the register and its history (real app, PostgreSQL event store)', () => {
  let api: ApiTestApp;
  let admin: HttpClient;
  let submitter: HttpClient;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    admin = await api.as('admin');
    submitter = await api.as('sub-stttt');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the seeded register to any role: departments then districts, with validity, status and history', async () => {
    const response = await submitter.get('/units').expect(200);
    const units = response.body as UnitBody[];
    expect(units).toHaveLength(28);
    expect(units[0].block).toBe('department');
    expect(units[units.length - 1].block).toBe('district');
    expect(units.find((unit) => unit.code === 'STTTT')).toEqual({
      code: 'STTTT',
      name: 'Sở Thông tin và Truyền thông',
      nameEn: 'Department of Information and Communications',
      block: 'department',
      validity: { from: '2021-01-01', to: null },
      status: 'active',
      history: [
        {
          change: 'registered',
          effectiveOn: '2021-01-01',
          legalBasis: expect.stringContaining('222/KH-UBND'),
          name: 'Sở Thông tin và Truyền thông',
          nameEn: 'Department of Information and Communications',
        },
      ],
    });
    const districts = await (await api.as('leader')).get('/units?block=district').expect(200);
    expect(codesOf(districts.body)).toEqual(
      expect.arrayContaining(['HUE', 'ALUOI', 'NAMDONG', 'PHONGDIEN', 'HUONGTRA']),
    );
    expect(districts.body).toHaveLength(9);
  });

  it('registers, renames, merges and dissolves with effective dates, and answers each period with its own register', async () => {
    const registered = await admin
      .post('/units', {
        code: 'SDLTEST',
        name: 'Sở Thử nghiệm',
        nameEn: 'Test Department',
        block: 'department',
        effectiveOn: '2024-01-01',
        legalBasis: LEGAL,
      })
      .expect(201);
    expect(registered.body).toMatchObject({
      code: 'SDLTEST',
      status: 'active',
      validity: { from: '2024-01-01', to: null },
    });

    await admin
      .post('/units/skhcn/rename', {
        name: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo (thử)',
        effectiveOn: '2025-03-01',
        legalBasis: LEGAL,
      })
      .expect(200);
    const merged = await admin
      .post('/units/SNGV/merge', { into: 'VPUBND', effectiveOn: '2025-03-01', legalBasis: LEGAL })
      .expect(200);
    expect(merged.body).toMatchObject({
      code: 'SNGV',
      validity: { from: '2021-01-01', to: '2025-02-28' },
      status: 'merged',
    });
    expect(merged.body.history[1]).toEqual({
      change: 'merged',
      effectiveOn: '2025-03-01',
      legalBasis: LEGAL,
      into: 'VPUBND',
    });
    await admin.post('/units/HUONGTRA/dissolve', { effectiveOn: '2025-07-01', legalBasis: LEGAL }).expect(200);

    const period = async (quarter: string) =>
      (await submitter.get(`/units?period=${quarter}`).expect(200)).body as UnitBody[];
    expect(codesOf(await period('2021-Q1'))).not.toContain('SDLTEST');
    expect(codesOf(await period('2024-Q1'))).toContain('SDLTEST');
    // A unit merged or dissolved during a quarter still existed in it, and reports for it.
    expect(codesOf(await period('2025-Q1'))).toContain('SNGV');
    expect(codesOf(await period('2025-Q2'))).not.toContain('SNGV');
    expect(codesOf(await period('2025-Q2'))).toContain('HUONGTRA');
    expect(codesOf(await period('2025-Q3'))).not.toContain('HUONGTRA');
    // The name a quarter shows is the one in force on its last day.
    const nameIn = async (quarter: string) => (await period(quarter)).find((unit) => unit.code === 'SKHCN')?.name;
    expect(await nameIn('2024-Q4')).toBe('Sở Khoa học và Công nghệ');
    expect(await nameIn('2025-Q1')).toBe('Sở Khoa học, Công nghệ và Đổi mới sáng tạo (thử)');

    const one = await submitter.get('/units/skhcn').expect(200);
    expect(one.body.history.map((entry: { change: string }) => entry.change)).toEqual(['registered', 'renamed']);
  });

  it('refuses what the unit decider refuses, with the status of its kind', async () => {
    const again = await admin
      .post('/units/SNGV/dissolve', { effectiveOn: '2025-09-01', legalBasis: LEGAL })
      .expect(409);
    expect(again.body.code).toBe('UNIT_ENDED');
    const early = await admin
      .post('/units/SNV/rename', { name: 'Sở Nội vụ (thử)', effectiveOn: '2020-06-01', legalBasis: LEGAL })
      .expect(422);
    expect(early.body.code).toBe('UNIT_HISTORY_OUT_OF_ORDER');
    const acrossBlocks = await admin
      .post('/units/SNV/merge', { into: 'HUE', effectiveOn: '2025-03-01', legalBasis: LEGAL })
      .expect(422);
    expect(acrossBlocks.body.code).toBe('INVALID_MERGE_TARGET');
    const twice = await admin
      .post('/units', { code: 'STTTT', name: 'x', block: 'department', effectiveOn: '2021-01-01', legalBasis: LEGAL })
      .expect(409);
    expect(twice.body.code).toBe('UNIT_ALREADY_REGISTERED');
    const badCode = await admin
      .post('/units', { code: 'so-1', name: 'x', block: 'department', effectiveOn: '2021-01-01', legalBasis: LEGAL })
      .expect(422);
    expect(badCode.body.code).toBe('INVALID_UNIT_CODE');
    const badDate = await admin
      .post('/units/SNV/dissolve', { effectiveOn: '2025-02-30', legalBasis: LEGAL })
      .expect(422);
    expect(badDate.body).toMatchObject({ code: 'INVALID_COMMAND', details: { field: 'effectiveOn' } });
    const missing = await admin.post('/units/SNV/dissolve', { legalBasis: LEGAL }).expect(400);
    expect(missing.body.errors[0].field).toBe('effectiveOn');
    // Malformed: 400 naming the field, as on every route (issue #11).
    const period = await submitter.get('/units?period=2021-Q5').expect(400);
    expect(period.body.errors[0]).toMatchObject({ field: 'period', code: 'INVALID_PERIOD' });
    await submitter.get('/units/NOWHERE').expect(404);
  });

  it('keeps unit administration to administrators', async () => {
    const refused = await submitter
      .post('/units/SNV/dissolve', { effectiveOn: '2025-07-01', legalBasis: LEGAL })
      .expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    await api.anonymous.get('/units').expect(401);
  });

  it('applies a retried command once and answers it as the first time (Idempotency-Key)', async () => {
    const body = {
      code: 'BTEST',
      name: 'Ban Thử nghiệm',
      block: 'department',
      effectiveOn: '2024-04-01',
      legalBasis: LEGAL,
    };
    const first = await admin.post('/units', body).set('Idempotency-Key', 'register-btest-1').expect(201);
    const retry = await admin.post('/units', body).set('Idempotency-Key', 'register-btest-1').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await api.store.streamRevision(unitStreamId('BTEST'))).toBe(0n);
    const without = await admin.post('/units', body).expect(409);
    expect(without.body.code).toBe('UNIT_ALREADY_REGISTERED');
    await admin.post('/units', body).set('Idempotency-Key', 'not a valid key').expect(400);
  });
});
