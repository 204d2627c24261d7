import type { UnitCode } from '../units/unit-code';
import type { Role } from './role';

/**
 * Events of an account's stream (`account-<username>`). The password hash is computed by the adapter
 * (argon2) and only ever stored here as a PHC string; the plain password never reaches the domain.
 */
export type AccountCreatedData = {
  username: string;
  displayName: string;
  role: Role;
  /** The submitter's unit; null for every other role. */
  unit: UnitCode | null;
  passwordHash: string;
};

export type AccountRoleChangedData = {
  username: string;
  role: Role;
  unit: UnitCode | null;
  previousRole: Role;
  previousUnit: UnitCode | null;
};

export type AccountPasswordChangedData = {
  username: string;
  passwordHash: string;
  /** True when an administrator set it (a reset), false when the account holder changed it. */
  reset: boolean;
};

export type AccountDisabledData = { username: string; reason: string };
export type AccountEnabledData = { username: string };

export type AccountEvent =
  | { type: 'AccountCreated'; data: AccountCreatedData }
  | { type: 'AccountRoleChanged'; data: AccountRoleChangedData }
  | { type: 'AccountPasswordChanged'; data: AccountPasswordChangedData }
  | { type: 'AccountDisabled'; data: AccountDisabledData }
  | { type: 'AccountEnabled'; data: AccountEnabledData };

export type AccountEventType = AccountEvent['type'];

export const ACCOUNT_EVENT_VERSIONS: Readonly<Record<AccountEventType, number>> = {
  AccountCreated: 1,
  AccountRoleChanged: 1,
  AccountPasswordChanged: 1,
  AccountDisabled: 1,
  AccountEnabled: 1,
};
