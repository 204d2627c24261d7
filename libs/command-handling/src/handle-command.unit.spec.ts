import {
  AccountStatusUnchangedError,
  UnsupportedEventError,
  accountDecider,
  type AccountCommand,
  type CommandEnvelope,
} from '@dti/domain';
import {
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '@dti/event-store';
import { handleCommand } from './handle-command';
import { readState } from './read-state';

/** A pure in-memory stand-in for the store's readStream/append (expected revision checked as the port says). */
class MemoryStore implements Pick<EventStore, 'readStream' | 'append'> {
  readonly streams = new Map<string, RecordedEvent[]>();
  appends = 0;
  /** Runs once before the next append: another writer winning the race. */
  beforeNextAppend: (() => void) | null = null;

  async *readStream(streamId: string): AsyncIterable<RecordedEvent> {
    yield* this.streams.get(streamId) ?? [];
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const interloper = this.beforeNextAppend;
    this.beforeNextAppend = null;
    interloper?.();
    this.appends += 1;
    return this.put(streamId, events, expected);
  }

  put(streamId: string, events: NewEvent[], expected: ExpectedRevision): AppendResult {
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length === 0 ? 'no_stream' : BigInt(stream.length - 1);
    if (expected !== 'any' && expected !== actual) throw new WrongExpectedVersionError(streamId, expected, actual);
    for (const event of events) {
      stream.push({ ...event, streamId, revision: BigInt(stream.length), position: 0n, recordedAt: new Date(0) });
    }
    this.streams.set(streamId, stream);
    return { nextExpectedRevision: BigInt(stream.length - 1), position: 0n };
  }
}

const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
const STREAM = 'account-lan';
let n = 0;
const envelope = (commandId = `cmd-${++n}`): CommandEnvelope => ({
  commandId,
  correlationId: `req-${n}`,
  actor: 'admin',
  role: 'admin',
  occurredAt: '2021-01-05T08:00:00+07:00',
});
const create = (metadata = envelope()): AccountCommand => ({
  type: 'CreateAccount',
  data: { username: 'lan', displayName: 'Lan', role: 'reviewer', passwordHash: HASH },
  metadata,
});
const disable = (metadata = envelope()): AccountCommand => ({
  type: 'DisableAccount',
  data: { username: 'lan', reason: 'left the department' },
  metadata,
});

describe('handleCommand (in-memory store, account decider)', () => {
  let store: MemoryStore;
  beforeEach(() => (store = new MemoryStore()));

  it('reads, decides and appends with the expected revision', async () => {
    const command = create();
    const result = await handleCommand(store, STREAM, accountDecider, command, { envelope: command.metadata });
    expect(result).toMatchObject({ revision: 0n, replayed: false, events: [{ type: 'AccountCreated' }] });
    expect(result.state).toMatchObject({ status: 'active', username: 'lan' });
    const disabled = disable();
    const second = await handleCommand(store, STREAM, accountDecider, disabled, { envelope: disabled.metadata });
    expect(second).toMatchObject({ revision: 1n, events: [{ type: 'AccountDisabled' }] });
    expect(store.streams.get(STREAM)?.map((e) => [e.type, e.metadata.commandId])).toEqual([
      ['AccountCreated', command.metadata.commandId],
      ['AccountDisabled', disabled.metadata.commandId],
    ]);
  });

  it('refuses with the decider’s error and stores nothing', async () => {
    const command = create();
    await handleCommand(store, STREAM, accountDecider, command, { envelope: command.metadata });
    const enable: AccountCommand = { type: 'EnableAccount', data: { username: 'lan' }, metadata: envelope() };
    await expect(
      handleCommand(store, STREAM, accountDecider, enable, { envelope: enable.metadata }),
    ).rejects.toBeInstanceOf(AccountStatusUnchangedError);
    expect(store.streams.get(STREAM)).toHaveLength(1);
  });

  it('answers a retried command (same command id) from its stored events, once, even after the stream moved on', async () => {
    const first = create();
    await handleCommand(store, STREAM, accountDecider, first, { envelope: first.metadata });
    const disabling = disable();
    const answer = await handleCommand(store, STREAM, accountDecider, disabling, { envelope: disabling.metadata });
    const enable: AccountCommand = { type: 'EnableAccount', data: { username: 'lan' }, metadata: envelope() };
    await handleCommand(store, STREAM, accountDecider, enable, { envelope: enable.metadata });
    const appends = store.appends;

    // Deciding again would disable the account a second time: the retry must answer the first result.
    const retry = await handleCommand(store, STREAM, accountDecider, disable(disabling.metadata), {
      envelope: disabling.metadata,
    });
    expect(retry).toEqual({
      ...answer,
      events: [expect.objectContaining({ type: 'AccountDisabled' })],
      replayed: true,
    });
    expect(retry.state).toMatchObject({ status: 'disabled' });
    expect(store.appends).toBe(appends);
  });

  it('decides again after losing a race, and appends after the winner while the command still holds', async () => {
    const first = create();
    await handleCommand(store, STREAM, accountDecider, first, { envelope: first.metadata });
    const changePassword: AccountCommand = {
      type: 'ChangeAccountPassword',
      data: { username: 'lan', passwordHash: HASH.replace('c29', 'd29') },
      metadata: envelope(),
    };
    store.beforeNextAppend = () => {
      store.put(STREAM, [newEvent('AccountDisabled', { username: 'lan', reason: 'x' }, envelope())], 0n);
    };
    const result = await handleCommand(store, STREAM, accountDecider, changePassword, {
      envelope: changePassword.metadata,
    });
    expect(result).toMatchObject({ revision: 2n, events: [{ type: 'AccountPasswordChanged' }] });
  });

  it('surfaces the domain’s refusal when the command no longer holds after the race', async () => {
    const first = create();
    await handleCommand(store, STREAM, accountDecider, first, { envelope: first.metadata });
    store.beforeNextAppend = () => {
      store.put(STREAM, [newEvent('AccountDisabled', { username: 'lan', reason: 'x' }, envelope())], 0n);
    };
    const loser = disable();
    await expect(
      handleCommand(store, STREAM, accountDecider, loser, { envelope: loser.metadata }),
    ).rejects.toBeInstanceOf(AccountStatusUnchangedError);
    expect(store.streams.get(STREAM)).toHaveLength(2);
  });

  it('gives up after maxRetries lost races with the store’s WrongExpectedVersionError', async () => {
    const racing = new MemoryStore();
    racing.append = async (streamId) => {
      racing.appends += 1;
      throw new WrongExpectedVersionError(streamId, 'no_stream', 0n);
    };
    const command = create();
    await expect(
      handleCommand(racing, STREAM, accountDecider, command, { envelope: command.metadata, maxRetries: 2 }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(racing.appends).toBe(3);
  });

  it('builds the command from the state on every attempt when given a function, and tells each read', async () => {
    const seen: Array<bigint | null> = [];
    const first = create();
    await handleCommand(store, STREAM, accountDecider, first, { envelope: first.metadata });
    const metadata = envelope();
    store.beforeNextAppend = () => {
      store.put(STREAM, [newEvent('AccountDisabled', { username: 'lan', reason: 'x' }, envelope())], 0n);
    };
    const built: string[] = [];
    const result = await handleCommand(
      store,
      STREAM,
      accountDecider,
      async (state) => {
        built.push(state.status);
        return state.status === 'active'
          ? disable(metadata)
          : { type: 'EnableAccount', data: { username: 'lan' }, metadata };
      },
      { envelope: metadata, onRead: (revision) => seen.push(revision) },
    );
    expect(built).toEqual(['active', 'disabled']);
    expect(seen).toEqual([0n, 1n]);
    expect(result.events.map((e) => e.type)).toEqual(['AccountEnabled']);
  });

  it('decides nothing: appends nothing and answers the current state', async () => {
    const metadata = envelope();
    const result = await handleCommand(store, STREAM, { ...accountDecider, decide: () => [] }, create(metadata), {
      envelope: metadata,
    });
    expect(result).toEqual({ events: [], state: accountDecider.initialState, revision: null, replayed: false });
    expect(store.appends).toBe(0);
  });

  it('folds with the decider’s whole-stream fold, and answers a retry with the state right after its events', async () => {
    const folded: number[] = [];
    const counting = {
      ...accountDecider,
      fold: (
        events: Iterable<Parameters<typeof accountDecider.evolve>[1]>,
        state: typeof accountDecider.initialState,
      ) => {
        const list = [...events];
        folded.push(list.length);
        return list.reduce(accountDecider.evolve, state);
      },
    };
    const created = create();
    await handleCommand(store, STREAM, counting, created, { envelope: created.metadata });
    const disabling = disable();
    await handleCommand(store, STREAM, counting, disabling, { envelope: disabling.metadata });
    const enable: AccountCommand = { type: 'EnableAccount', data: { username: 'lan' }, metadata: envelope() };
    await handleCommand(store, STREAM, counting, enable, { envelope: enable.metadata });

    folded.length = 0;
    const retry = await handleCommand(store, STREAM, counting, disable(disabling.metadata), {
      envelope: disabling.metadata,
    });
    // Two folds over the stream's three events: up to the command's last event, then the rest.
    expect(folded).toEqual([2, 1]);
    expect(retry).toMatchObject({ replayed: true, revision: 1n, state: { status: 'disabled' } });
    expect((await readState(store, STREAM, counting)).state).toMatchObject({ status: 'active' });
  });

  it('reads only the stream’s own event types (a foreign one is a defect)', async () => {
    store.put(STREAM, [newEvent('UnitRegistered', { code: 'X' }, envelope())], 'no_stream');
    await expect(readState(store, STREAM, accountDecider)).rejects.toBeInstanceOf(UnsupportedEventError);
  });
});

function newEvent(type: string, data: Record<string, unknown>, metadata: CommandEnvelope): NewEvent {
  return {
    id: `${metadata.commandId}-0`,
    type,
    schemaVersion: 1,
    data,
    metadata: { ...metadata, causationId: metadata.commandId },
  };
}
