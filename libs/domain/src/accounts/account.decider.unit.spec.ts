import {
  AccountAlreadyExistsError,
  AccountDisabledError,
  AccountNotFoundError,
  AccountStatusUnchangedError,
  InvalidCommandError,
  NoChangeError,
  RoleNotPermittedError,
  SelfLockoutError,
  UnitNotFoundError,
} from '../domain-errors';
import type { CommandEnvelope } from '../shared/command-envelope';
import { foldEvents } from '../shared/decider';
import type { AccountCommand, CreateAccount } from './account.commands';
import { accountDecider, actorOfAccount, decideAccount, normalizeUsername, type AccountState } from './account.decider';
import type { AccountEvent } from './account.events';
import type { Role } from './role';

const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
const HASH2 = '$argon2id$v=19$m=65536,t=3,p=4$b3RoZXJzYWx0$N2RlZmF1bHRoYXNoMmJ5dGVzbG9uZw';

let n = 0;
function by(actor: string, role: Role = 'admin', actorUnit: string | null = null): CommandEnvelope {
  n += 1;
  return {
    commandId: `acc-${n}`,
    correlationId: `acc-req-${n}`,
    actor,
    role,
    actorUnit,
    occurredAt: '2021-01-05T08:00:00+07:00',
  };
}

const createLan: CreateAccount = {
  type: 'CreateAccount',
  data: {
    username: 'lan.stttt',
    displayName: 'Trần Thị Lan',
    role: 'submitter',
    unit: 'STTTT',
    unitExists: true,
    passwordHash: HASH,
  },
  metadata: by('quan.tri'),
};

function run(commands: AccountCommand[], state: AccountState = accountDecider.initialState) {
  const events: AccountEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decideAccount(command, current);
    events.push(...decided);
    current = foldEvents(accountDecider, decided, current);
  }
  return { events, state: current };
}

describe('account decider', () => {
  it('lives: created → role changed → password changed → disabled → enabled', () => {
    const { events, state } = run([
      createLan,
      { type: 'ChangeAccountRole', data: { username: 'lan.stttt', role: 'reviewer' }, metadata: by('quan.tri') },
      {
        type: 'ChangeAccountPassword',
        data: { username: 'lan.stttt', passwordHash: HASH2 },
        metadata: by('lan.stttt', 'reviewer'),
      },
      { type: 'DisableAccount', data: { username: 'lan.stttt', reason: 'Chuyển công tác' }, metadata: by('quan.tri') },
      { type: 'EnableAccount', data: { username: 'lan.stttt' }, metadata: by('quan.tri') },
    ]);
    expect(events).toEqual([
      {
        type: 'AccountCreated',
        data: {
          username: 'lan.stttt',
          displayName: 'Trần Thị Lan',
          role: 'submitter',
          unit: 'STTTT',
          passwordHash: HASH,
        },
      },
      {
        type: 'AccountRoleChanged',
        data: { username: 'lan.stttt', role: 'reviewer', unit: null, previousRole: 'submitter', previousUnit: 'STTTT' },
      },
      { type: 'AccountPasswordChanged', data: { username: 'lan.stttt', passwordHash: HASH2, reset: false } },
      { type: 'AccountDisabled', data: { username: 'lan.stttt', reason: 'Chuyển công tác' } },
      { type: 'AccountEnabled', data: { username: 'lan.stttt' } },
    ]);
    expect(state).toMatchObject({ status: 'active', role: 'reviewer', unit: null, passwordHash: HASH2 });
    expect(actorOfAccount(state, 'lan.stttt')).toEqual({ username: 'lan.stttt', role: 'reviewer', unit: null });
  });

  it('binds submitters, and only submitters, to a unit that exists', () => {
    const create = (data: Partial<CreateAccount['data']>) => () =>
      run([{ ...createLan, data: { ...createLan.data, ...data } }]);
    expect(create({ unit: null })).toThrow(InvalidCommandError);
    expect(create({ unitExists: false })).toThrow(UnitNotFoundError);
    expect(create({ role: 'reviewer' })).toThrow(InvalidCommandError);
    expect(create({ role: 'reviewer', unit: null })).not.toThrow();
    expect(create({ role: 'boss' as Role, unit: null })).toThrow(InvalidCommandError);
  });

  it('checks usernames and refuses anything but a password hash', () => {
    const create = (data: Partial<CreateAccount['data']>) => () =>
      run([{ ...createLan, data: { ...createLan.data, ...data } }]);
    expect(create({ username: 'Lan STTTT' })).toThrow(InvalidCommandError);
    expect(create({ username: 'la' })).toThrow(InvalidCommandError);
    expect(create({ passwordHash: 'matkhau123' })).toThrow(/passwordHash/);
    expect(normalizeUsername('  Lan.STTTT ')).toBe('lan.stttt');
  });

  it('lets only administrators manage accounts, and account holders change their own password', () => {
    const { state } = run([createLan]);
    expect(() => run([{ ...createLan, metadata: by('minh.review', 'reviewer') }])).toThrow(RoleNotPermittedError);
    expect(() =>
      run(
        [
          {
            type: 'ChangeAccountPassword',
            data: { username: 'lan.stttt', passwordHash: HASH2 },
            metadata: by('hai.stttt', 'submitter', 'STTTT'),
          },
        ],
        state,
      ),
    ).toThrow(RoleNotPermittedError);
    const reset = run(
      [
        {
          type: 'ChangeAccountPassword',
          data: { username: 'lan.stttt', passwordHash: HASH2 },
          metadata: by('quan.tri'),
        },
      ],
      state,
    );
    expect(reset.events[0].data).toMatchObject({ reset: true });
  });

  it('refuses what makes no sense now', () => {
    const { state } = run([createLan]);
    const disabled = run(
      [{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: 'Nghỉ hưu' }, metadata: by('quan.tri') }],
      state,
    ).state;
    expect(() => run([createLan], state)).toThrow(AccountAlreadyExistsError);
    expect(() =>
      run([{ type: 'EnableAccount', data: { username: 'lan.stttt' }, metadata: by('quan.tri') }], state),
    ).toThrow(AccountStatusUnchangedError);
    expect(() =>
      run(
        [{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: 'x' }, metadata: by('quan.tri') }],
        disabled,
      ),
    ).toThrow(AccountStatusUnchangedError);
    expect(() =>
      run([{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: '' }, metadata: by('quan.tri') }], state),
    ).toThrow(InvalidCommandError);
    expect(() =>
      run(
        [
          {
            type: 'ChangeAccountRole',
            data: { username: 'lan.stttt', role: 'submitter', unit: 'STTTT', unitExists: true },
            metadata: by('quan.tri'),
          },
        ],
        state,
      ),
    ).toThrow(NoChangeError);
    expect(() => run([{ type: 'EnableAccount', data: { username: 'ghost.user' }, metadata: by('quan.tri') }])).toThrow(
      AccountNotFoundError,
    );
    expect(() =>
      run(
        [
          {
            type: 'ChangeAccountPassword',
            data: { username: 'lan.stttt', passwordHash: HASH2 },
            metadata: by('lan.stttt', 'submitter', 'STTTT'),
          },
        ],
        disabled,
      ),
    ).toThrow(AccountDisabledError);
    expect(() => actorOfAccount(disabled, 'lan.stttt')).toThrow(AccountDisabledError);
  });

  it('keeps administrators from locking themselves out', () => {
    const admin = run([
      {
        type: 'CreateAccount',
        data: { username: 'quan.tri', displayName: 'Quản trị', role: 'admin', passwordHash: HASH },
        metadata: by('khoi.tao'),
      },
    ]).state;
    expect(() =>
      run([{ type: 'DisableAccount', data: { username: 'quan.tri', reason: 'x' }, metadata: by('quan.tri') }], admin),
    ).toThrow(SelfLockoutError);
    expect(() =>
      run(
        [{ type: 'ChangeAccountRole', data: { username: 'quan.tri', role: 'reviewer' }, metadata: by('quan.tri') }],
        admin,
      ),
    ).toThrow(SelfLockoutError);
  });
});
