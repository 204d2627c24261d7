import { NotOwnUnitError, RoleNotPermittedError, SeparationOfDutiesError } from '../domain-errors';
import {
  hasPermission,
  mayFinalize,
  mayManageAccounts,
  mayManageUnits,
  mayReadAssessment,
  mayReopen,
  mayReview,
  mayReviewSubmission,
  maySubmitFor,
  permissionsOf,
  requirePermission,
  requireReviewOf,
  requireSubmitFor,
  rolesWith,
  type Actor,
  type Permission,
} from './authorization';
import { ROLES, type Role } from './role';

/** The whole matrix, written out: a role gains or loses a permission only with this table. */
const MATRIX: Readonly<Record<Role, readonly Permission[]>> = {
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
const PERMISSIONS: readonly Permission[] = [
  'assessment:submit',
  'assessment:withdraw',
  'assessment:review',
  'assessment:finalize',
  'assessment:reopen',
  'assessment:read',
  'audit:read',
  'audit:replay',
  'ranking:read',
  'account:manage',
  'unit:manage',
];

const actor = (role: Role, unit: string | null = null): Actor => ({ username: `${role}.user`, role, unit });

function thrown(run: () => unknown): { code: string; details: Readonly<Record<string, unknown>> } {
  try {
    run();
  } catch (error) {
    return error as { code: string; details: Readonly<Record<string, unknown>> };
  }
  throw new Error('expected a refusal');
}

describe('authorization: the role × permission matrix', () => {
  it.each(ROLES.map((role) => [role]))('%s holds exactly its permissions', (role) => {
    expect(permissionsOf(role)).toEqual(MATRIX[role]);
    for (const permission of PERMISSIONS) {
      const expected = MATRIX[role].includes(permission);
      expect(hasPermission(role, permission)).toBe(expected);
      if (expected) expect(() => requirePermission({ role }, permission)).not.toThrow();
      else expect(() => requirePermission({ role }, permission)).toThrow(RoleNotPermittedError);
    }
    const a = actor(role, role === 'submitter' ? 'STTTT' : null);
    expect(mayReview(a)).toBe(MATRIX[role].includes('assessment:review'));
    expect(mayFinalize(a)).toBe(MATRIX[role].includes('assessment:finalize'));
    expect(mayReopen(a)).toBe(MATRIX[role].includes('assessment:reopen'));
    expect(mayManageAccounts(a)).toBe(MATRIX[role].includes('account:manage'));
    expect(mayManageUnits(a)).toBe(MATRIX[role].includes('unit:manage'));
  });

  it.each(PERMISSIONS.map((permission) => [permission]))(
    'rolesWith(%s) lists its roles in ROLES order',
    (permission) => {
      expect(rolesWith(permission)).toEqual(ROLES.filter((role) => MATRIX[role].includes(permission)));
    },
  );

  it('a refusal names the role and the action in both languages', () => {
    const error = thrown(() => requirePermission({ role: 'leadership' }, 'assessment:reopen'));
    expect(error.code).toBe('ROLE_NOT_PERMITTED');
    expect(error.details).toEqual({
      role: 'leadership',
      action: 'mở lại báo cáo đã chốt / reopen a finalized report',
    });
    // Reading assessments and rankings is every role's: those are never refused.
    const refusable = PERMISSIONS.filter((permission) => ROLES.some((r) => !MATRIX[r].includes(permission)));
    expect(refusable).toHaveLength(PERMISSIONS.length - 2);
    for (const permission of refusable) {
      const role = ROLES.find((r) => !MATRIX[r].includes(permission)) as Role;
      const { details } = thrown(() => requirePermission({ role }, permission));
      // Every action has its own wording, Vietnamese then English.
      expect(String(details.action)).toMatch(/^\S.* \/ [a-z].+$/);
    }
    const actions = refusable.map((permission) => {
      const role = ROLES.find((r) => !MATRIX[r].includes(permission)) as Role;
      return thrown(() => requirePermission({ role }, permission)).details.action;
    });
    expect(new Set(actions).size).toBe(refusable.length);
  });
});

describe('authorization: acting for a unit, reading, reviewing', () => {
  const lan = actor('submitter', 'STTTT');

  it('a submitter acts for their own unit only; a refusal names the account and both units', () => {
    expect(maySubmitFor(lan, 'STTTT')).toBe(true);
    expect(maySubmitFor(lan, 'SNV')).toBe(false);
    expect(maySubmitFor({ ...actor('reviewer'), unit: 'STTTT' }, 'STTTT')).toBe(false);
    expect(() => requireSubmitFor(lan, 'STTTT')).not.toThrow();
    const error = thrown(() => requireSubmitFor(lan, 'SNV'));
    expect(error).toBeInstanceOf(NotOwnUnitError);
    expect(error.details).toEqual({ actor: 'submitter.user', actorUnit: 'STTTT', unit: 'SNV' });
    const noUnit = thrown(() => requireSubmitFor({ ...lan, unit: null }, 'SNV'));
    expect(noUnit.details).toEqual({ actor: 'submitter.user', actorUnit: null, unit: 'SNV' });
    // Permission first: a reviewer with a unit set is refused for the role, not the unit.
    expect(thrown(() => requireSubmitFor({ ...actor('reviewer'), unit: 'SNV' }, 'SNV')).code).toBe(
      'ROLE_NOT_PERMITTED',
    );
  });

  it('submitters read their own unit only; every other role that reads sees every unit', () => {
    expect(mayReadAssessment(lan, 'STTTT')).toBe(true);
    expect(mayReadAssessment(lan, 'SNV')).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'submitter')) {
      expect(mayReadAssessment(actor(role), 'SNV')).toBe(true);
    }
  });

  it('whoever submitted a value never reviews it', () => {
    const minh = actor('reviewer');
    expect(mayReviewSubmission(minh, { submittedBy: 'lan' })).toBe(true);
    expect(mayReviewSubmission(minh, { submittedBy: minh.username })).toBe(false);
    expect(mayReviewSubmission(lan, { submittedBy: 'someone' })).toBe(false);
    expect(() => requireReviewOf(minh, { submissionId: 's1', submittedBy: 'lan' })).not.toThrow();
    const error = thrown(() => requireReviewOf(minh, { submissionId: 's1', submittedBy: minh.username }));
    expect(error).toBeInstanceOf(SeparationOfDutiesError);
    expect(error.details).toEqual({ reviewer: 'reviewer.user', submissionId: 's1' });
    expect(thrown(() => requireReviewOf(lan, { submissionId: 's1', submittedBy: 'x' })).code).toBe(
      'ROLE_NOT_PERMITTED',
    );
  });
});
