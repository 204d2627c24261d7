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
import { actorOfAccount, normalizeUsername } from './account.decider';
import type { CreateAccount } from './account.commands';
import type { Role } from './role';
import { by, createAccount, HASH, HASH2, runAccount as run } from '../../testing/account.test-kit';

const createLan = createAccount();

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
    const create = (data: Partial<CreateAccount['data']>) => () => run([createAccount(data)]);
    expect(create({ unit: null })).toThrow(InvalidCommandError);
    expect(create({ unitExists: false })).toThrow(UnitNotFoundError);
    expect(create({ role: 'reviewer' })).toThrow(InvalidCommandError);
    expect(create({ role: 'reviewer', unit: null })).not.toThrow();
    expect(create({ role: 'boss' as Role, unit: null })).toThrow(InvalidCommandError);
  });

  it('checks usernames and refuses anything but a password hash', () => {
    const create = (data: Partial<CreateAccount['data']>) => () => run([createAccount(data)]);
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
