import { NotOwnUnitError, type Actor, type Role } from '@dti/domain';

/**
 * Who may export what (issue #13): leadership, inspectors and reviewers everything; a submitter only
 * their own unit's scores and submissions (403 NOT_OWN_UNIT for another unit's); anyone else 403.
 */
export const EXPORT_EVERYTHING_ROLES: readonly Role[] = ['reviewer', 'lead_reviewer', 'inspector', 'leadership'];
export const EXPORT_OWN_UNIT_ROLES: readonly Role[] = [...EXPORT_EVERYTHING_ROLES, 'submitter'];

/** The unit an export is narrowed to: a submitter's own unit always; others the one asked for, if any. */
export function exportUnitFor(actor: Actor, asked: string | undefined): string | undefined {
  if (actor.role !== 'submitter') return asked;
  const own = actor.unit ?? '';
  if (asked !== undefined && asked !== own) throw NotOwnUnitError.because(actor.username, own, asked);
  return own;
}
