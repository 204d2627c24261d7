import { NotOwnUnitError, RoleNotPermittedError, SeparationOfDutiesError } from '../domain-errors';
import { ROLES, type Role } from './role';

/**
 * Who may do what, as pure functions. The API declares the roles of a route with `rolesWith(permission)`
 * and the deciders call the `require…` forms, so each rule is written here once.
 */
export type Permission =
  | 'assessment:submit'
  | 'assessment:withdraw'
  | 'assessment:review'
  | 'assessment:finalize'
  | 'assessment:reopen'
  | 'assessment:read'
  | 'audit:read'
  | 'audit:replay'
  | 'ranking:read'
  | 'account:manage'
  | 'unit:manage';

const PERMISSIONS_OF_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  submitter: ['assessment:submit', 'assessment:withdraw', 'assessment:read', 'ranking:read'],
  reviewer: ['assessment:review', 'assessment:finalize', 'assessment:read', 'audit:read', 'ranking:read'],
  lead_reviewer: [
    'assessment:review',
    'assessment:finalize',
    'assessment:reopen',
    'assessment:read',
    'audit:read',
    'ranking:read',
  ],
  inspector: ['assessment:read', 'audit:read', 'audit:replay', 'ranking:read'],
  leadership: ['assessment:read', 'ranking:read'],
  admin: ['account:manage', 'unit:manage', 'assessment:read', 'ranking:read'],
};

/** Vietnamese / English wording of an action, for error messages. */
const ACTION_OF_PERMISSION: Readonly<Record<Permission, string>> = {
  'assessment:submit': 'gửi số liệu / submit figures',
  'assessment:withdraw': 'rút báo cáo / withdraw a submission',
  'assessment:review': 'thẩm định / review submissions',
  'assessment:finalize': 'chốt báo cáo / finalize a report',
  'assessment:reopen': 'mở lại báo cáo đã chốt / reopen a finalized report',
  'assessment:read': 'xem hồ sơ đánh giá / read assessments',
  'audit:read': 'xem nhật ký / read the audit trail',
  'audit:replay': 'tính lại điểm từ sự kiện / replay scores',
  'ranking:read': 'xem xếp hạng / read rankings',
  'account:manage': 'quản lý tài khoản / manage accounts',
  'unit:manage': 'quản lý danh mục đơn vị / manage the register of units',
};

/** Who is acting: the authenticated account as the API knows it. */
export interface Actor {
  /** The account's username; recorded as the event's `actor`. */
  username: string;
  role: Role;
  /** The submitter's unit code; null for every other role. */
  unit: string | null;
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS_OF_ROLE[role].includes(permission);
}

/** The roles holding a permission, for route declarations (`@Roles(...rolesWith('assessment:review'))`). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => hasPermission(role, permission));
}

export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS_OF_ROLE[role];
}

export function requirePermission(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) {
    throw RoleNotPermittedError.because(actor.role, ACTION_OF_PERMISSION[permission]);
  }
}

/** A submitter reports for their own unit only; no other role reports at all. */
export function maySubmitFor(actor: Actor, unit: string): boolean {
  return hasPermission(actor.role, 'assessment:submit') && actor.unit === unit;
}

export function requireSubmitFor(actor: Actor, unit: string): void {
  requirePermission(actor, 'assessment:submit');
  if (actor.unit !== unit) throw NotOwnUnitError.because(actor.username, actor.unit ?? undefined, unit);
}

/** Submitters see their own unit's assessments; everyone else who may read sees all. */
export function mayReadAssessment(actor: Actor, unit: string): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent while every role holds assessment:read (see the matrix spec); kept for a role without it
  if (!hasPermission(actor.role, 'assessment:read')) return false;
  return actor.role !== 'submitter' || actor.unit === unit;
}

export function mayReview(actor: Actor): boolean {
  return hasPermission(actor.role, 'assessment:review');
}

/** Separation of duties: whoever submitted a value never approves or rejects it, whatever their role now. */
export function mayReviewSubmission(actor: Actor, submission: { submittedBy: string }): boolean {
  return mayReview(actor) && actor.username !== submission.submittedBy;
}

export function requireReviewOf(actor: Actor, submission: { submissionId: string; submittedBy: string }): void {
  requirePermission(actor, 'assessment:review');
  if (actor.username === submission.submittedBy) {
    throw SeparationOfDutiesError.because(actor.username, submission.submissionId);
  }
}

export function mayFinalize(actor: Actor): boolean {
  return hasPermission(actor.role, 'assessment:finalize');
}

/** Reopening undoes a finalized result everyone has seen: lead reviewers only. */
export function mayReopen(actor: Actor): boolean {
  return hasPermission(actor.role, 'assessment:reopen');
}

export function mayManageAccounts(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor.role, 'account:manage');
}

export function mayManageUnits(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor.role, 'unit:manage');
}
