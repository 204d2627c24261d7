/**
 * Generated command sequences played twice on one store, on two streams: once through handleCommand with a
 * FoldCache and once without, with other writers appending behind the cache's back, lost races, retried
 * command ids and reads. Whatever the cache does, both runs must answer the same (the fold cache's unit spec on
 * an in-memory store, its int spec on the real PostgreSQL store). Test-only; no test framework here.
 */
import fc from 'fast-check';
import {
  accountDecider,
  assessmentDecider,
  type AccountCommand,
  type AccountState,
  type AssessmentCommand,
  type AssessmentState,
  type CommandEnvelope,
  type DomainEvent,
  type StreamDecider,
} from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import { HASH, HASH2 } from '../../domain/testing/account.test-kit';
import { STREAM_CRITERIA } from '../../domain/testing/assessment-stream.generator';
import {
  approve,
  declareNotApplicable,
  finalize,
  leadReviewerHoa,
  reject,
  reopen,
  reviewerMinh,
  reviewerThu,
  submitFigures,
  submitterHai,
  submitterLan,
  withdraw,
} from '../../domain/testing/assessment.test-kit';
import type { FoldCache } from '../src/fold-cache';
import { handleCommand } from '../src/handle-command';
import { readState } from '../src/read-state';

/** A stream kind: its decider and the command a pick (any number) makes from the state, with a given id. */
/** The envelope of an admin's command with this id (the fold cache specs' account commands). */
export const adminEnvelope = (commandId: string): CommandEnvelope => ({
  commandId,
  correlationId: `req-${commandId}`,
  actor: 'quan.tri',
  role: 'admin',
  actorUnit: null,
  occurredAt: '2021-01-05T08:00:00+07:00',
});

export interface StreamKit<TCommand, TState> {
  name: string;
  decider: StreamDecider<TCommand, DomainEvent, TState>;
  command(pick: number, commandId: string): (state: TState) => TCommand;
}

/**
 * - command: the next command; retry: an earlier op's command id again (answered once, or decided again if it
 *   was refused); behind: another writer (no cache) runs a command; race: another writer wins the race for the
 *   next command; read: the stream read through the cache, as the API reads a unit's stream.
 */
export type Op =
  { kind: 'command' | 'behind' | 'race' | 'read'; pick: number } | { kind: 'retry'; pick: number; earlier: number };

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('command' as const), pick: fc.nat(9_999) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retry' as const), pick: fc.nat(9_999), earlier: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('behind' as const), pick: fc.nat(9_999) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('race' as const), pick: fc.nat(9_999) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('read' as const), pick: fc.nat(9_999) }) },
);

/** Assessment commands of the real workflow (submit, review, withdraw, finalize, reopen), most of them valid. */
export const assessmentKit: StreamKit<AssessmentCommand, AssessmentState> = {
  name: 'assessment',
  decider: assessmentDecider as unknown as StreamDecider<AssessmentCommand, DomainEvent, AssessmentState>,
  command: (pick, commandId) => (state) => {
    const options = { commandId };
    const opened = state.status === 'not_opened' ? null : state;
    const kind = pick % 20;
    const n = Math.floor(pick / 20);
    const pending = opened === null ? [] : Object.values(opened.criteria).flatMap((r) => r.pending ?? []);
    if (kind >= 9 && kind < 17 && pending.length > 0) {
      const submissionId = pending[n % pending.length];
      if (kind === 16) {
        const owner = opened?.submissions[submissionId]?.submittedBy === submitterHai.username;
        return withdraw(owner ? submitterHai : submitterLan, submissionId, options);
      }
      const reviewer = n % 2 === 0 ? reviewerThu : reviewerMinh;
      return kind < 13
        ? approve(reviewer, submissionId, n % 3 === 0 ? 'Đạt yêu cầu' : undefined, options)
        : reject(reviewer, submissionId, 'Thiếu minh chứng', options);
    }
    if (kind === 17 && opened !== null) {
      const ids = Object.keys(opened.submissions);
      if (ids.length > 0) return approve(reviewerMinh, ids[n % ids.length], undefined, options);
    }
    if (kind === 18) return finalize(reviewerMinh, options);
    if (kind === 19) return reopen(leadReviewerHoa, 'Mở lại để đính chính', options);
    const criterion = STREAM_CRITERIA[n % STREAM_CRITERIA.length];
    const official = opened?.criteria[criterion]?.official ?? null;
    const correction = official === null ? {} : { corrects: official.submissionId };
    const actor = n % 2 === 0 ? submitterLan : submitterHai;
    const submissionId = `s-${commandId}`;
    if (n % 7 === 0) return declareNotApplicable(actor, { submissionId, criterion, ...correction }, options);
    return submitFigures(
      actor,
      {
        submissionId,
        criterion,
        inputs: { a: n % 50, b: (n % 50) + 3 },
        ...(official === null ? {} : { ...correction, reason: `Đính chính số liệu lần ${n}` }),
      },
      options,
    );
  },
};

/** Account commands (create, disable, enable, change password or role), many of them refused. */
export const accountKit: StreamKit<AccountCommand, AccountState> = {
  name: 'account',
  decider: accountDecider as unknown as StreamDecider<AccountCommand, DomainEvent, AccountState>,
  command: (pick, commandId) => (state) => {
    const metadata = {
      commandId,
      correlationId: `req-${commandId}`,
      actor: 'quan.tri',
      role: 'admin' as const,
      actorUnit: null,
      occurredAt: '2021-01-05T08:00:00+07:00',
    };
    const username = 'lan.stttt';
    const kind = state.status === 'none' && pick % 5 !== 0 ? 0 : pick % 5;
    switch (kind) {
      case 0:
        return {
          type: 'CreateAccount',
          data: {
            username,
            displayName: 'Trần Thị Lan',
            role: 'submitter',
            unit: 'STTTT',
            unitExists: true,
            passwordHash: HASH,
          },
          metadata,
        };
      case 1:
        return { type: 'DisableAccount', data: { username, reason: 'Nghỉ việc' }, metadata };
      case 2:
        return { type: 'EnableAccount', data: { username }, metadata };
      case 3:
        return { type: 'ChangeAccountPassword', data: { username, passwordHash: pick % 2 ? HASH : HASH2 }, metadata };
      default:
        return {
          type: 'ChangeAccountRole',
          data: {
            username,
            role: pick % 2 ? 'reviewer' : 'submitter',
            unit: pick % 2 ? null : 'STTTT',
            unitExists: true,
          },
          metadata,
        };
    }
  },
};

type Store = Pick<EventStore, 'readStream' | 'append'>;

/** The store as handleCommand sees it, with a hook run once before the next append (another writer winning). */
export class RacingStore implements Store {
  beforeNextAppend: (() => Promise<void>) | null = null;
  constructor(private readonly store: Store) {}

  readStream(...args: Parameters<Store['readStream']>): ReturnType<Store['readStream']> {
    return this.store.readStream(...args);
  }

  async append(...args: Parameters<Store['append']>): ReturnType<Store['append']> {
    const interloper = this.beforeNextAppend;
    this.beforeNextAppend = null;
    await interloper?.();
    return this.store.append(...args);
  }
}

/** What a command answered: its result, or the error's class and message. */
type Outcome = { result: unknown } | { error: string };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { result: await run() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

export interface PlayReport {
  commands: number;
  replayed: number;
  refused: number;
  racesLost: number;
}

/**
 * Plays `ops` on `plainStream` (handleCommand without a cache) and `cachedStream` (with `cache`) of one store
 * and calls `expectSame(actual, expected, what)` on every pair of answers and, after every op, on the
 * stream's state and revision read through the cache and read whole.
 */
export async function playBoth<TCommand, TState>(options: {
  store: Store;
  kit: StreamKit<TCommand, TState>;
  ops: readonly Op[];
  cache: FoldCache;
  plainStream: string;
  cachedStream: string;
  run: string;
  expectSame(actual: unknown, expected: unknown, what: string): void;
}): Promise<PlayReport> {
  const { kit, cache, ops, expectSame } = options;
  const store = new RacingStore(options.store);
  const ids: string[] = [];
  const report: PlayReport = { commands: 0, replayed: 0, refused: 0, racesLost: 0 };
  const other = (streamId: string, pick: number, commandId: string): Promise<Outcome> =>
    outcome(() =>
      handleCommand(options.store, streamId, kit.decider, kit.command(pick, commandId), {
        envelope: envelopeOf(commandId),
      }),
    );
  for (const [index, op] of ops.entries()) {
    const what = `op ${index} ${JSON.stringify(op)}`;
    if (op.kind === 'read') {
      const [cached, whole] = [
        await cache.read(store, options.cachedStream, kit.decider),
        await readState(store, options.plainStream, kit.decider),
      ];
      expectSame(
        { state: cached.state, revision: cached.revision },
        { state: whole.state, revision: whole.revision },
        what,
      );
      continue;
    }
    if (op.kind === 'behind') {
      const commandId = `${options.run}-b${index}`;
      // Its id may be retried through this process later (a client retrying after a timeout elsewhere).
      ids.push(commandId);
      expectSame(
        await other(options.cachedStream, op.pick, commandId),
        await other(options.plainStream, op.pick, commandId),
        what,
      );
      continue;
    }
    // A retry is mostly of one of the last two ids (a client retrying at once), else of any earlier one.
    const back = op.kind === 'retry' ? (op.earlier % 4 < 2 ? op.earlier % 2 : op.earlier) : 0;
    const commandId =
      op.kind === 'retry' && ids.length > 0 ? ids[ids.length - 1 - (back % ids.length)] : `${options.run}-c${index}`;
    ids.push(commandId);
    const answer = async (streamId: string, withCache: boolean): Promise<Outcome> => {
      if (op.kind === 'race') {
        const interloperId = `${options.run}-r${index}`;
        if (withCache) ids.push(interloperId);
        store.beforeNextAppend = async () => {
          await other(streamId, op.pick + 7, interloperId);
        };
      }
      let reads = 0;
      const result = await outcome(() =>
        handleCommand(store, streamId, kit.decider, kit.command(op.pick, commandId), {
          envelope: envelopeOf(commandId),
          onRead: () => (reads += 1),
          ...(withCache && { cache }),
        }),
      );
      store.beforeNextAppend = null;
      if (withCache && reads > 1) report.racesLost += 1;
      return result;
    };
    const expected = await answer(options.plainStream, false);
    const actual = await answer(options.cachedStream, true);
    expectSame(actual, expected, what);
    report.commands += 1;
    if ('error' in actual) report.refused += 1;
    else if ((actual.result as { replayed: boolean }).replayed) report.replayed += 1;
    const cached = await cache.read(store, options.cachedStream, kit.decider);
    const whole = await readState(store, options.cachedStream, kit.decider);
    const plain = await readState(store, options.plainStream, kit.decider);
    expectSame(
      { state: cached.state, revision: cached.revision },
      { state: whole.state, revision: whole.revision },
      `${what}: cached read`,
    );
    expectSame(whole.state, plain.state, `${what}: the two streams`);
  }
  return report;
}

/** handleCommand needs only the command id from the envelope (the command carries its own metadata). */
function envelopeOf(commandId: string) {
  return {
    commandId,
    correlationId: `req-${commandId}`,
    actor: 'fold-cache-spec',
    role: 'admin' as const,
    occurredAt: '2021-04-05T09:00:00+07:00',
  };
}
