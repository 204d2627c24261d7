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
import { actorFromEnvelope } from '../shared/command-envelope';
import { describeValue, requireText } from '../shared/command-fields';
import { assertNever, type StreamDecider } from '../shared/decider';
import { parseUnitCode, type UnitCode } from '../units/unit-code';
import { mayManageAccounts, requirePermission, type Actor } from './authorization';
import type { AccountCommand } from './account.commands';
import { ACCOUNT_EVENT_VERSIONS, type AccountEvent } from './account.events';
import { isRole, roleNeedsUnit, type Role } from './role';

export interface ExistingAccount {
  status: 'active' | 'disabled';
  username: string;
  displayName: string;
  role: Role;
  unit: UnitCode | null;
  passwordHash: string;
  disabledReason: string | null;
}

export type AccountState = { status: 'none' } | ExistingAccount;

export const initialAccountState: AccountState = Object.freeze({ status: 'none' });

const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;
/** PHC string format ("$argon2id$v=19$m=…$salt$hash"): refuses a plain password passed by mistake. */
const PHC_PATTERN = /^\$[a-z0-9-]{2,32}(\$[A-Za-z0-9+/=,.-]+){2,}$/;

/** Usernames are compared lower-case; the stream id is built from this form. */
export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase();
}

export function requireUsername(field: string, value: unknown): string {
  if (typeof value !== 'string' || !USERNAME_PATTERN.test(value)) {
    throw InvalidCommandError.because(
      field,
      `expected 3–64 lower-case letters, digits, ".", "_" or "-" starting with a letter, got ${describeValue(value)}`,
    );
  }
  return value;
}

function requirePasswordHash(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1024 || !PHC_PATTERN.test(value)) {
    throw InvalidCommandError.because('passwordHash', 'expected a PHC-format hash from the password hasher');
  }
  return value;
}

/** Role and unit together: a submitter needs a unit that exists, no one else has one. */
function requireRoleAndUnit(data: { role: unknown; unit?: unknown; unitExists?: unknown }): {
  role: Role;
  unit: UnitCode | null;
} {
  if (!isRole(data.role)) throw InvalidCommandError.because('role', `unknown role ${describeValue(data.role)}`);
  const role = data.role;
  const given = data.unit ?? null;
  if (!roleNeedsUnit(role)) {
    if (given !== null) throw InvalidCommandError.because('unit', `only a submitter is bound to a unit, not a ${role}`);
    return { role, unit: null };
  }
  if (given === null) throw InvalidCommandError.because('unit', 'a submitter must be bound to a unit');
  const unit = parseUnitCode(given);
  if (data.unitExists !== true) throw UnitNotFoundError.because(unit);
  return { role, unit };
}

function requireExisting(state: AccountState, username: string): ExistingAccount {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a 'none' state has no username, so the second test refuses it too
  if (state.status === 'none' || state.username !== username) throw AccountNotFoundError.because(username);
  return state;
}

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return { status: 'active', ...event.data, disabledReason: null };
    case 'AccountRoleChanged':
      return state.status === 'none' ? state : { ...state, role: event.data.role, unit: event.data.unit };
    case 'AccountPasswordChanged':
      return state.status === 'none' ? state : { ...state, passwordHash: event.data.passwordHash };
    case 'AccountDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled', disabledReason: event.data.reason };
    case 'AccountEnabled':
      return state.status === 'none' ? state : { ...state, status: 'active', disabledReason: null };
    default:
      return assertNever(event, 'account event');
  }
}

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  const actor: Actor = actorFromEnvelope(command.metadata);
  switch (command.type) {
    case 'CreateAccount': {
      requirePermission(actor, 'account:manage');
      const username = requireUsername('username', command.data.username);
      const displayName = requireText('displayName', command.data.displayName, 120);
      const { role, unit } = requireRoleAndUnit(command.data);
      const passwordHash = requirePasswordHash(command.data.passwordHash);
      if (state.status !== 'none') throw AccountAlreadyExistsError.because(username);
      return [{ type: 'AccountCreated', data: { username, displayName, role, unit, passwordHash } }];
    }
    case 'ChangeAccountRole': {
      requirePermission(actor, 'account:manage');
      const username = requireUsername('username', command.data.username);
      const { role, unit } = requireRoleAndUnit(command.data);
      const account = requireExisting(state, username);
      // An administrator demoting themselves could leave no one able to manage accounts.
      if (username === actor.username) throw SelfLockoutError.because(username, 'change the role of');
      if (account.role === role && account.unit === unit) throw NoChangeError.because(`account ${username}`, 'role');
      return [
        {
          type: 'AccountRoleChanged',
          data: { username, role, unit, previousRole: account.role, previousUnit: account.unit },
        },
      ];
    }
    case 'ChangeAccountPassword': {
      const username = requireUsername('username', command.data.username);
      const self = username === actor.username;
      if (!self && !mayManageAccounts(actor)) {
        throw RoleNotPermittedError.because(
          actor.role,
          "đổi mật khẩu của người khác / change another account's password",
        );
      }
      const passwordHash = requirePasswordHash(command.data.passwordHash);
      const account = requireExisting(state, username);
      if (self && account.status === 'disabled') throw AccountDisabledError.because(username);
      return [{ type: 'AccountPasswordChanged', data: { username, passwordHash, reset: !self } }];
    }
    case 'DisableAccount': {
      requirePermission(actor, 'account:manage');
      const username = requireUsername('username', command.data.username);
      const reason = requireText('reason', command.data.reason);
      const account = requireExisting(state, username);
      if (username === actor.username) throw SelfLockoutError.because(username, 'disable');
      if (account.status === 'disabled') throw AccountStatusUnchangedError.because(username, 'disabled');
      return [{ type: 'AccountDisabled', data: { username, reason } }];
    }
    case 'EnableAccount': {
      requirePermission(actor, 'account:manage');
      const username = requireUsername('username', command.data.username);
      const account = requireExisting(state, username);
      if (account.status === 'active') throw AccountStatusUnchangedError.because(username, 'active');
      return [{ type: 'AccountEnabled', data: { username } }];
    }
    default:
      return assertNever(command, 'account command');
  }
}

export const accountDecider: StreamDecider<AccountCommand, AccountEvent, AccountState> = {
  decide: decideAccount,
  evolve: evolveAccount,
  initialState: initialAccountState,
  eventVersions: ACCOUNT_EVENT_VERSIONS,
};

/** For sign-in and every request: a disabled account does nothing. Returns who is acting. */
export function actorOfAccount(state: AccountState, username: string): Actor {
  const account = requireExisting(state, username);
  if (account.status === 'disabled') throw AccountDisabledError.because(username);
  return { username: account.username, role: account.role, unit: account.unit };
}
