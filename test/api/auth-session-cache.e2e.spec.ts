import { accountStreamId } from '@dti/domain';
import type { EventStore, ReadStreamOptions } from '@dti/event-store';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * The guard's per-request account check (AccountSessions): the account stream's last revision is read
 * on every request and the folded session reused while it is unchanged, so a request of a known account
 * reads one event, not its whole stream — and any event of the account (disable, role change) still
 * applies to the very next request.
 */
describe('authentication: the account session cache, invalidated by the account’s events', () => {
  let api: ApiTestApp;
  let admin: HttpClient;
  const reads: Array<{ streamId: string; options: ReadStreamOptions | undefined }> = [];
  let restore: () => void = () => undefined;

  function countReads(store: EventStore): () => void {
    const { readStream } = store;
    store.readStream = ((streamId: string, options?: ReadStreamOptions) => {
      reads.push({ streamId, options });
      return readStream.call(store, streamId, options);
    }) as EventStore['readStream'];
    return () => {
      store.readStream = readStream;
    };
  }

  const fullReadsOf = (username: string) =>
    reads.filter((read) => read.streamId === accountStreamId(username) && read.options?.direction !== 'backwards')
      .length;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    admin = await api.as('admin');
  });

  afterEach(() => {
    restore();
    reads.length = 0;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reads only the last event of a known account’s stream once its session is folded', async () => {
    const reviewer = api.client(await api.login('reviewer', { fresh: true }));
    await reviewer.get('/units').expect(200);
    restore = countReads(api.store);
    for (let i = 0; i < 5; i++) await reviewer.get('/units').expect(200);
    expect(fullReadsOf('reviewer')).toBe(0);
    expect(reads.filter((read) => read.streamId === accountStreamId('reviewer'))).toEqual(
      Array.from({ length: 5 }, () => ({
        streamId: accountStreamId('reviewer'),
        options: { direction: 'backwards', maxCount: 1 },
      })),
    );
  });

  it('refuses an account disabled after its session was cached, at its very next request', async () => {
    const lead = api.client(await api.login('lead', { fresh: true }));
    for (let i = 0; i < 3; i++) await lead.get('/units').expect(200);
    await admin.post('/accounts/lead/disable', { reason: 'Nghỉ hưu' }).expect(200);
    const refused = await lead.get('/units').expect(403);
    expect(refused.body.code).toBe('ACCOUNT_DISABLED');
    await admin.post('/accounts/lead/enable').expect(200);
  });

  it('applies a role change to the next request of a cached session', async () => {
    const inspector = api.client(await api.login('inspector', { fresh: true }));
    await inspector.get('/scorecards/STTTT/2021-Q1/check').expect((response) => {
      expect([200, 404]).toContain(response.status);
    });
    await admin.post('/accounts/inspector/role', { role: 'leadership' }).expect(200);
    // Leadership may not run the inspector's check: the cached inspector session is not used.
    const refused = await inspector.get('/scorecards/STTTT/2021-Q1/check').expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    await admin.post('/accounts/inspector/role', { role: 'inspector' }).expect(200);
    await inspector.get('/scorecards/STTTT/2021-Q1/check').expect((response) => {
      expect([200, 404]).toContain(response.status);
    });
  });
});
