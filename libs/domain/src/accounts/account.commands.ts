import type { Command } from '../shared/command-envelope';
import type { UnitCode } from '../units/unit-code';
import type { Role } from './role';

export type CreateAccount = Command<
  'CreateAccount',
  {
    username: string;
    displayName: string;
    role: Role;
    /** Required for submitters, absent for other roles. */
    unit?: UnitCode | null;
    /** PHC string from the adapter's hasher, e.g. "$argon2id$v=19$...". */
    passwordHash: string;
    /** Fact from the handler, for submitters: the unit exists today (`unitExistedOn(unit, today)`). */
    unitExists?: boolean;
  }
>;

export type ChangeAccountRole = Command<
  'ChangeAccountRole',
  { username: string; role: Role; unit?: UnitCode | null; unitExists?: boolean }
>;

export type ChangeAccountPassword = Command<'ChangeAccountPassword', { username: string; passwordHash: string }>;

export type DisableAccount = Command<'DisableAccount', { username: string; reason: string }>;

export type EnableAccount = Command<'EnableAccount', { username: string }>;

export type AccountCommand = CreateAccount | ChangeAccountRole | ChangeAccountPassword | DisableAccount | EnableAccount;
