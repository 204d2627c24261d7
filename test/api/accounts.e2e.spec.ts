import { accountStreamId } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { startApiTestApp, TEST_ACCOUNTS, type ApiTestApp, type HttpClient } from './support';

async function eventsOf(api: ApiTestApp, username: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of api.store.readStream(accountStreamId(username))) events.push(event);
  return events;
}

describe('accounts administration (real app, PostgreSQL event store)', () => {
  let api: ApiTestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    admin = await api.as('admin');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the accounts to administrators, never with a password hash', async () => {
    const response = await admin.get('/accounts').expect(200);
    expect(response.body).toHaveLength(TEST_ACCOUNTS.length);
    expect(response.body).toContainEqual({
      username: 'sub-stttt',
      displayName: 'Đầu mối Sở Thông tin và Truyền thông (demo)',
      role: 'submitter',
      unit: 'STTTT',
      status: 'active',
      disabledReason: null,
    });
    expect(JSON.stringify(response.body)).not.toContain('argon2');
    const one = await admin.get('/accounts/LEAD').expect(200);
    expect(one.body).toMatchObject({ username: 'lead', role: 'lead_reviewer', unit: null });
    await admin.get('/accounts/no.such.user').expect(404);
  });

  it('creates accounts through the account decider, stamping who, when and which request', async () => {
    const created = await admin
      .post('/accounts', {
        username: 'Hoa.STTTT',
        password: 'a-long-enough-password',
        role: 'submitter',
        unit: 'STTTT',
        displayName: 'Nguyễn Thị Hoa',
      })
      .set('X-Correlation-Id', 'create-hoa-1')
      .expect(201);
    expect(created.body).toEqual({
      username: 'hoa.stttt',
      displayName: 'Nguyễn Thị Hoa',
      role: 'submitter',
      unit: 'STTTT',
      status: 'active',
      disabledReason: null,
    });
    const [event] = await eventsOf(api, 'hoa.stttt');
    expect(event).toMatchObject({
      type: 'AccountCreated',
      schemaVersion: 1,
      data: { username: 'hoa.stttt', passwordHash: expect.stringMatching(/^\$argon2id\$/) },
      metadata: { actor: 'admin', role: 'admin', correlationId: 'create-hoa-1', commandId: expect.any(String) },
    });
    expect(JSON.stringify(event.data)).not.toContain('a-long-enough-password');
    await api.login('hoa.stttt', { password: 'a-long-enough-password' });
  });

  it('refuses bad accounts with a clear error naming the input, and changes nothing', async () => {
    const body = { username: 'new.user', password: 'a-long-enough-password', role: 'reviewer' };
    const post = (changes: object) => admin.post('/accounts', { ...body, ...changes });
    expect((await post({ password: 'short' }).expect(400)).body.errors[0].field).toBe('password');
    expect((await post({ role: 'boss' }).expect(400)).body.errors[0].field).toBe('role');
    expect((await post({ username: 'Bad Name!' }).expect(422)).body).toMatchObject({
      code: 'INVALID_COMMAND',
      details: { field: 'username' },
    });
    expect((await post({ unit: 'STTTT' }).expect(422)).body.details.field).toBe('unit');
    expect((await post({ role: 'submitter' }).expect(422)).body.details.field).toBe('unit');
    expect((await post({ role: 'submitter', unit: 'NOWHERE' }).expect(404)).body.code).toBe('UNIT_NOT_FOUND');
    expect((await post({ username: 'new.user.ten', password: 'New.User.Ten' }).expect(400)).body).toMatchObject({
      code: 'WEAK_PASSWORD',
      details: { field: 'password' },
    });
    expect((await post({ username: 'reviewer' }).expect(409)).body.code).toBe('ACCOUNT_ALREADY_EXISTS');
    expect(await api.store.streamRevision(accountStreamId('new.user'))).toBeNull();
  });

  it('applies a role change to the very next request of a token issued before it', async () => {
    const token = await api.login('inspector', { fresh: true });
    const inspector = api.client(token);
    await inspector.get('/accounts').expect(403);
    await admin.post('/accounts/inspector/role', { role: 'admin' }).expect(200);
    await inspector.get('/accounts').expect(200);
    expect((await inspector.get('/auth/me').expect(200)).body.role).toBe('admin');

    const changed = await admin.post('/accounts/inspector/role', { role: 'submitter', unit: 'SNV' }).expect(200);
    expect(changed.body).toMatchObject({ role: 'submitter', unit: 'SNV' });
    await inspector.get('/accounts').expect(403);
    const same = await admin.post('/accounts/inspector/role', { role: 'submitter', unit: 'SNV' }).expect(422);
    expect(same.body.code).toBe('NO_CHANGE');
    await admin.post('/accounts/inspector/role', { role: 'inspector' }).expect(200);
    const self = await admin.post('/accounts/admin/role', { role: 'reviewer' }).expect(403);
    expect(self.body.code).toBe('SELF_LOCKOUT');
  });

  it('refuses a disabled account at once, and keeps its earlier tokens revoked after it is enabled again', async () => {
    const before = api.client(await api.login('reviewer2', { fresh: true }));
    await before.get('/units').expect(200);

    const disabled = await admin.post('/accounts/reviewer2/disable', { reason: 'Chuyển công tác' }).expect(200);
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledReason: 'Chuyển công tác' });
    const refused = await before.get('/units').expect(403);
    expect(refused.body.code).toBe('ACCOUNT_DISABLED');
    const login = await api.anonymous
      .post('/auth/login', { username: 'reviewer2', password: 'test-password-of-reviewer2' })
      .expect(403);
    expect(login.body.code).toBe('ACCOUNT_DISABLED');
    // Without the password, a disabled account looks like any failed login.
    await api.anonymous.post('/auth/login', { username: 'reviewer2', password: 'a-wrong-password' }).expect(401);
    expect((await admin.post('/accounts/reviewer2/disable').expect(409)).body.code).toBe('ACCOUNT_STATUS_UNCHANGED');

    await admin.post('/accounts/reviewer2/enable').expect(200);
    expect((await before.get('/units').expect(401)).body.code).toBe('TOKEN_REVOKED');
    const after = api.client(await api.login('reviewer2', { fresh: true }));
    await after.get('/units').expect(200);
    expect((await admin.post('/accounts/admin/disable').expect(403)).body.code).toBe('SELF_LOCKOUT');
  });

  it('resets a password: the old one and the tokens issued with it stop working', async () => {
    const before = api.client(await api.login('sub-sct', { fresh: true }));
    await admin.post('/accounts/sub-sct/password', { password: 'reset-by-the-admin' }).expect(200);
    expect((await before.get('/auth/me').expect(401)).body.code).toBe('TOKEN_REVOKED');
    await api.anonymous.post('/auth/login', { username: 'sub-sct', password: 'test-password-of-sub-sct' }).expect(401);
    await api.login('sub-sct', { password: 'reset-by-the-admin' });
    const [, reset] = await eventsOf(api, 'sub-sct');
    expect(reset).toMatchObject({ type: 'AccountPasswordChanged', data: { reset: true } });
  });

  it('answers a retried command (same Idempotency-Key) with the first result, storing it once', async () => {
    const disable = () =>
      admin.post('/accounts/sub-stc/disable', { reason: 'Nghỉ phép dài hạn' }).set('Idempotency-Key', 'disable-stc-1');
    const first = await disable().expect(200);
    const retry = await disable().expect(200);
    expect(retry.body).toEqual(first.body);
    // The state has moved on since; the retry still answers as the first time did.
    await admin.post('/accounts/sub-stc/enable').expect(200);
    expect((await disable().expect(200)).body).toEqual(first.body);
    const types = (await eventsOf(api, 'sub-stc')).map((event) => event.type);
    expect(types).toEqual(['AccountCreated', 'AccountDisabled', 'AccountEnabled']);
    // The same key on another account is another command.
    await admin.post('/accounts/sub-syt/disable', { reason: 'x' }).set('Idempotency-Key', 'disable-stc-1').expect(200);
  });

  it('keeps account administration to administrators', async () => {
    for (const username of ['reviewer', 'lead', 'leader', 'sub-hue']) {
      const client = await api.as(username);
      const response = await client.post('/accounts/sub-snv/disable').expect(403);
      expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
    }
    await api.anonymous.post('/accounts', {}).expect(401);
  });
});
