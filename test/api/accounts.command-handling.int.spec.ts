import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { handleCommand } from '@dti/command-handling';
import {
  AccountStatusUnchangedError,
  accountDecider,
  accountStreamId,
  type AccountCommand,
  type CommandEnvelope,
} from '@dti/domain';
import { PostgresEventStore, WrongExpectedVersionError, type RecordedEvent } from '@dti/event-store';
import { provisionAccount } from '@dti/accounts';
import { TEST_DATABASE_URL } from '../platform/support/platform-test-env';

/**
 * handleCommand (@dti/command-handling) against the real PostgreSQL store, with the account decider: lost races retried and
 * re-decided, a command no longer valid refused with the decider's error, retried commands answered
 * from their stored events.
 */
describe('handleCommand (PostgreSQL event store, account decider)', () => {
  const schema = `t_cmd_${randomBytes(5).toString('hex')}`;
  const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema, pollIntervalMs: 100 });
  let sequence = 0;

  const envelope = (commandId = `cmd-${++sequence}`): CommandEnvelope => ({
    commandId,
    correlationId: `req-${sequence}`,
    actor: 'admin',
    role: 'admin',
    occurredAt: '2025-04-01T08:00:00+07:00',
  });

  const run = (username: string, command: (metadata: CommandEnvelope) => AccountCommand, metadata = envelope()) =>
    handleCommand(store, accountStreamId(username), accountDecider, command(metadata), { envelope: metadata });

  const disable =
    (username: string, reason = 'Nghỉ việc') =>
    (metadata: CommandEnvelope): AccountCommand => ({
      type: 'DisableAccount',
      data: { username, reason },
      metadata,
    });

  async function typesOf(username: string): Promise<string[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(accountStreamId(username))) events.push(event);
    return events.map((event) => event.type);
  }

  async function createReviewer(username: string): Promise<void> {
    await provisionAccount(store, { username, password: 'a-long-enough-password', role: 'reviewer' }, envelope());
  }

  beforeAll(async () => {
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('appends with the expected revision and answers the state right after the command', async () => {
    await createReviewer('minh.review');
    const result = await run('minh.review', disable('minh.review'));
    expect(result).toMatchObject({ replayed: false, revision: 1n, state: { status: 'disabled' } });
    expect(result.events.map((event) => event.type)).toEqual(['AccountDisabled']);
  });

  it('loses a race, reloads and decides again: every compatible command lands', async () => {
    await createReviewer('lan.review');
    const results = await Promise.all([
      run('lan.review', (metadata) => ({
        type: 'ChangeAccountRole',
        data: { username: 'lan.review', role: 'lead_reviewer' },
        metadata,
      })),
      run('lan.review', disable('lan.review')),
      run('lan.review', (metadata) => ({
        type: 'ChangeAccountRole',
        data: { username: 'lan.review', role: 'inspector' },
        metadata,
      })),
    ]);
    expect(results.every((result) => !result.replayed)).toBe(true);
    const types = await typesOf('lan.review');
    expect(types).toHaveLength(4);
    expect(types.filter((type) => type === 'AccountRoleChanged')).toHaveLength(2);
  });

  it('refuses the loser with the decider’s own error when the winner made it pointless', async () => {
    await createReviewer('hai.review');
    const outcomes = await Promise.allSettled([
      run('hai.review', disable('hai.review', 'một')),
      run('hai.review', disable('hai.review', 'hai')),
    ]);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(AccountStatusUnchangedError);
    expect(await typesOf('hai.review')).toEqual(['AccountCreated', 'AccountDisabled']);
  });

  it('surfaces WrongExpectedVersionError once the retries are spent', async () => {
    await createReviewer('tuan.review');
    const interloper = (): Promise<unknown> =>
      run('tuan.review', (metadata) => ({
        type: 'ChangeAccountPassword',
        data: { username: 'tuan.review', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo' },
        metadata,
      }));
    let attempts = 0;
    const metadata = envelope();
    const attempt = handleCommand(
      store,
      accountStreamId('tuan.review'),
      accountDecider,
      async () => {
        attempts += 1;
        // Someone else writes between our read and our append, every time.
        await interloper();
        return disable('tuan.review')(metadata);
      },
      { envelope: metadata, maxRetries: 2 },
    );
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(attempts).toBe(3);
  });

  it('answers a retried command from its stored events, without deciding again', async () => {
    await createReviewer('hoa.review');
    const metadata = envelope('retry-me');
    const first = await run('hoa.review', disable('hoa.review'), metadata);
    await run('hoa.review', (m) => ({ type: 'EnableAccount', data: { username: 'hoa.review' }, metadata: m }));
    let decided = false;
    const retry = await handleCommand(
      store,
      accountStreamId('hoa.review'),
      accountDecider,
      () => {
        decided = true;
        return disable('hoa.review')(metadata);
      },
      { envelope: metadata },
    );
    expect(decided).toBe(false);
    expect(retry).toMatchObject({ replayed: true, revision: first.revision, state: first.state });
    expect(retry.events.map((event) => ({ type: event.type, data: event.data }))).toEqual(
      first.events.map((event) => ({ type: event.type, data: event.data })),
    );
    expect(await typesOf('hoa.review')).toEqual(['AccountCreated', 'AccountDisabled', 'AccountEnabled']);
  });

  it('stores a command once when two copies of it race', async () => {
    await createReviewer('quan.review');
    const metadata = envelope('racing-copies');
    const results = await Promise.all([
      run('quan.review', disable('quan.review'), metadata),
      run('quan.review', disable('quan.review'), metadata),
    ]);
    expect(results.map((result) => result.state.status)).toEqual(['disabled', 'disabled']);
    expect(await typesOf('quan.review')).toEqual(['AccountCreated', 'AccountDisabled']);
  });
});
