import type { CommandEnvelope } from '../shared/command-envelope';
import type { AccountCommand } from './account.commands';
import {
  accountDecider,
  actorOfAccount,
  decideAccount,
  evolveAccount,
  initialAccountState,
  requireUsername,
} from './account.decider';
import { ACCOUNT_EVENT_VERSIONS, type AccountEvent } from './account.events';
import type { Role } from './role';
import { by, createAccount as create, HASH, HASH2, runAccount as run } from '../../testing/account.test-kit';
import { refusal } from '../../testing/refusal.test-kit';

describe('account decider at its edges', () => {
  const lan = run([create()]).state;

  it('usernames: 3 to 64 characters, lower case, starting with a letter', () => {
    for (const name of ['abc', `a${'b'.repeat(63)}`, 'a.b_c-9']) expect(requireUsername('u', name)).toBe(name);
    for (const name of ['ab', `a${'b'.repeat(64)}`, '9ab', 'Abc', '.abc', 'ab c', 42]) {
      expect(refusal(() => requireUsername('u', name))).toEqual({
        code: 'INVALID_COMMAND',
        details: { field: 'u', problem: expect.stringContaining('3–64 lower-case letters') },
      });
    }
  });

  it('a display name is at most 120 characters; a password hash is PHC text of at most 1024', () => {
    expect(run([create({ displayName: 'x'.repeat(120) })]).events).toHaveLength(1);
    expect(refusal(() => run([create({ displayName: 'x'.repeat(121) })])).details.field).toBe('displayName');
    const long = `$argon2id$v=19$${'a'.repeat(1024 - 15)}`;
    expect(long).toHaveLength(1024);
    expect(run([create({ passwordHash: long })]).events).toHaveLength(1);
    for (const passwordHash of [`${long}a`, 'secret', '$argon2id', '$a$b$c', 42]) {
      expect(refusal(() => run([create({ passwordHash: passwordHash as string })]))).toEqual({
        code: 'INVALID_COMMAND',
        details: { field: 'passwordHash', problem: 'expected a PHC-format hash from the password hasher' },
      });
    }
  });

  it('role and unit: what each refusal says', () => {
    expect(refusal(() => run([create({ role: 'boss' as Role })])).details).toEqual({
      field: 'role',
      problem: 'unknown role "boss"',
    });
    expect(refusal(() => run([create({ role: 'reviewer' })])).details).toEqual({
      field: 'unit',
      problem: 'only a submitter is bound to a unit, not a reviewer',
    });
    expect(refusal(() => run([create({ unit: undefined })])).details).toEqual({
      field: 'unit',
      problem: 'a submitter must be bound to a unit',
    });
    expect(refusal(() => run([create({ unit: 'stttt' })])).code).toBe('INVALID_UNIT_CODE');
    expect(refusal(() => run([create({ unitExists: undefined })]))).toEqual({
      code: 'UNIT_NOT_FOUND',
      details: { unit: 'STTTT', when: null },
    });
    expect(run([create({ role: 'inspector', unit: undefined })]).events[0].data).toMatchObject({ unit: null });
  });

  it('an account exists once; the refusals name it', () => {
    expect(refusal(() => run([create()], lan))).toEqual({
      code: 'ACCOUNT_ALREADY_EXISTS',
      details: { username: 'lan.stttt' },
    });
    // The state of another account is not this one's.
    const other = { type: 'EnableAccount' as const, data: { username: 'hai.stttt' }, metadata: by('quan.tri') };
    expect(refusal(() => run([other], lan))).toEqual({ code: 'ACCOUNT_NOT_FOUND', details: { username: 'hai.stttt' } });
    expect(refusal(() => actorOfAccount(lan, 'hai.stttt')).code).toBe('ACCOUNT_NOT_FOUND');
    expect(refusal(() => actorOfAccount(initialAccountState, 'lan.stttt')).code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('a role change moves a submitter to another unit, or changes nothing', () => {
    const move = {
      type: 'ChangeAccountRole' as const,
      data: { username: 'lan.stttt', role: 'submitter' as const, unit: 'SNV', unitExists: true },
      metadata: by('quan.tri'),
    };
    const { events, state } = run([move], lan);
    expect(events).toEqual([
      {
        type: 'AccountRoleChanged',
        data: {
          username: 'lan.stttt',
          role: 'submitter',
          unit: 'SNV',
          previousRole: 'submitter',
          previousUnit: 'STTTT',
        },
      },
    ]);
    expect(state).toMatchObject({ role: 'submitter', unit: 'SNV' });
    expect(refusal(() => run([move], state))).toEqual({
      code: 'NO_CHANGE',
      details: { subject: 'account lan.stttt', what: 'role' },
    });
    expect(
      refusal(() =>
        run([{ ...move, data: { username: 'lan.stttt', role: 'reviewer' as const }, metadata: by('lan.stttt') }], lan),
      ).code,
    ).toBe('SELF_LOCKOUT');
    expect(refusal(() => run([{ ...move, metadata: by('minh', 'reviewer') }], lan)).code).toBe('ROLE_NOT_PERMITTED');
  });

  it('passwords: a holder changes their own unless disabled; an administrator resets anyone’s', () => {
    const change = (actor: CommandEnvelope) => ({
      type: 'ChangeAccountPassword' as const,
      data: { username: 'lan.stttt', passwordHash: HASH2 },
      metadata: actor,
    });
    expect(run([change(by('lan.stttt', 'submitter', 'STTTT'))], lan).events[0].data).toEqual({
      username: 'lan.stttt',
      passwordHash: HASH2,
      reset: false,
    });
    const disabled = run(
      [{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: ' Nghỉ ' }, metadata: by('quan.tri') }],
      lan,
    );
    expect(disabled.events[0].data).toEqual({ username: 'lan.stttt', reason: 'Nghỉ' });
    expect(disabled.state).toMatchObject({ status: 'disabled', disabledReason: 'Nghỉ' });
    expect(refusal(() => run([change(by('lan.stttt', 'submitter', 'STTTT'))], disabled.state))).toEqual({
      code: 'ACCOUNT_DISABLED',
      details: { username: 'lan.stttt' },
    });
    const reset = run([change(by('quan.tri'))], disabled.state);
    expect(reset.events[0].data).toMatchObject({ reset: true });
    expect(reset.state).toMatchObject({ status: 'disabled', passwordHash: HASH2 });
    expect(refusal(() => run([change(by('minh', 'reviewer'))], lan)).details).toEqual({
      role: 'reviewer',
      action: "đổi mật khẩu của người khác / change another account's password",
    });
    const enabled = run(
      [{ type: 'EnableAccount', data: { username: 'lan.stttt' }, metadata: by('quan.tri') }],
      disabled.state,
    );
    expect(enabled.state).toMatchObject({ status: 'active', disabledReason: null });
    expect(
      refusal(() => run([{ type: 'EnableAccount', data: { username: 'lan.stttt' }, metadata: by('quan.tri') }], lan)),
    ).toEqual({ code: 'ACCOUNT_STATUS_UNCHANGED', details: { username: 'lan.stttt', status: 'active' } });
    expect(
      refusal(() =>
        run(
          [{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: 'x' }, metadata: by('quan.tri') }],
          disabled.state,
        ),
      ).details,
    ).toEqual({ username: 'lan.stttt', status: 'disabled' });
    expect(
      refusal(() =>
        run(
          [{ type: 'DisableAccount', data: { username: 'lan.stttt', reason: 'x' }, metadata: by('minh', 'reviewer') }],
          lan,
        ),
      ).code,
    ).toBe('ROLE_NOT_PERMITTED');
    expect(
      refusal(() =>
        run(
          [{ type: 'EnableAccount', data: { username: 'lan.stttt' }, metadata: by('minh', 'reviewer') }],
          disabled.state,
        ),
      ).code,
    ).toBe('ROLE_NOT_PERMITTED');
  });

  it('events on no account change nothing; a new account is active', () => {
    const events: AccountEvent[] = [
      {
        type: 'AccountRoleChanged',
        data: { username: 'x', role: 'admin', unit: null, previousRole: 'submitter', previousUnit: 'A' },
      },
      { type: 'AccountPasswordChanged', data: { username: 'x', passwordHash: HASH2, reset: true } },
      { type: 'AccountDisabled', data: { username: 'x', reason: 'r' } },
      { type: 'AccountEnabled', data: { username: 'x' } },
    ];
    for (const event of events) expect(evolveAccount(initialAccountState, event)).toBe(initialAccountState);
    expect(lan).toEqual({
      status: 'active',
      username: 'lan.stttt',
      displayName: 'Trần Thị Lan',
      role: 'submitter',
      unit: 'STTTT',
      passwordHash: HASH,
      disabledReason: null,
    });
    expect(accountDecider.eventVersions).toBe(ACCOUNT_EVENT_VERSIONS);
    expect(actorOfAccount(lan, 'lan.stttt')).toEqual({ username: 'lan.stttt', role: 'submitter', unit: 'STTTT' });
  });
});

describe('account decider: what each command’s refusal names', () => {
  const lan = run([create()]).state;
  const commands = (username: unknown): AccountCommand[] =>
    [
      { type: 'CreateAccount', data: { ...create().data, username } },
      { type: 'ChangeAccountRole', data: { username, role: 'reviewer' } },
      { type: 'ChangeAccountPassword', data: { username, passwordHash: HASH2 } },
      { type: 'DisableAccount', data: { username, reason: 'Nghỉ' } },
      { type: 'EnableAccount', data: { username } },
    ].map((command) => ({ ...command, metadata: by('quan.tri') }) as AccountCommand);

  it('a bad username, in every command, names the field "username"', () => {
    for (const command of commands('Lan STTTT')) {
      expect(refusal(() => decideAccount(command, lan))).toEqual({
        code: 'INVALID_COMMAND',
        details: { field: 'username', problem: expect.stringContaining('"Lan STTTT"') },
      });
    }
  });

  it('text that is not a string is refused even when its spelling would pass', () => {
    // String(['lan.stttt']) is "lan.stttt", and String([HASH]) is HASH: only the type check refuses them.
    expect(refusal(() => requireUsername('u', ['lan.stttt'])).details).toMatchObject({ field: 'u' });
    expect(refusal(() => run([create({ passwordHash: [HASH] as unknown as string })])).details).toMatchObject({
      field: 'passwordHash',
    });
  });

  it('a missing reason names "reason"; an administrator’s own account names the action refused', () => {
    const disable = {
      type: 'DisableAccount' as const,
      data: { username: 'lan.stttt', reason: ' ' },
      metadata: by('quan.tri'),
    };
    expect(refusal(() => decideAccount(disable, lan)).details).toMatchObject({ field: 'reason' });
    const admin = run([create({ username: 'quan.tri', role: 'admin', unit: undefined })]).state;
    expect(
      refusal(() =>
        decideAccount({ ...disable, data: { username: 'quan.tri', reason: 'x' }, metadata: by('quan.tri') }, admin),
      ),
    ).toEqual({ code: 'SELF_LOCKOUT', details: { username: 'quan.tri', action: 'disable' } });
    expect(
      refusal(() =>
        decideAccount(
          { type: 'ChangeAccountRole', data: { username: 'quan.tri', role: 'reviewer' }, metadata: by('quan.tri') },
          admin,
        ),
      ),
    ).toEqual({ code: 'SELF_LOCKOUT', details: { username: 'quan.tri', action: 'change the role of' } });
  });

  it('a new role with the same (no) unit is a change', () => {
    const reviewer = run([create({ username: 'minh', role: 'reviewer', unit: undefined })]).state;
    const toInspector = {
      type: 'ChangeAccountRole' as const,
      data: { username: 'minh', role: 'inspector' as const },
      metadata: by('quan.tri'),
    };
    expect(decideAccount(toInspector, reviewer)).toEqual([
      {
        type: 'AccountRoleChanged',
        data: { username: 'minh', role: 'inspector', unit: null, previousRole: 'reviewer', previousUnit: null },
      },
    ]);
  });
});

describe('account decider: unknown types fail loudly', () => {
  it('names an event or command type it does not handle', () => {
    expect(() =>
      evolveAccount(initialAccountState, { type: 'AccountRenamed', data: {} } as unknown as AccountEvent),
    ).toThrow(new TypeError('Unhandled account event: {"type":"AccountRenamed","data":{}}'));
    expect(() =>
      decideAccount(
        { type: 'RenameAccount', data: {}, metadata: by('quan.tri') } as unknown as AccountCommand,
        initialAccountState,
      ),
    ).toThrow(/^Unhandled account command: \{"type":"RenameAccount"/);
  });
});
