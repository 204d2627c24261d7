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
  requireReviewOf,
  requireSubmitFor,
  rolesWith,
  type Actor,
} from './authorization';
import { ROLES } from './role';

const lan: Actor = { username: 'lan.stttt', role: 'submitter', unit: 'STTTT' };
const minh: Actor = { username: 'minh.review', role: 'reviewer', unit: null };
const hoa: Actor = { username: 'hoa.lead', role: 'lead_reviewer', unit: null };
const tuan: Actor = { username: 'tuan.inspect', role: 'inspector', unit: null };
const lead: Actor = { username: 'lanh.dao', role: 'leadership', unit: null };
const admin: Actor = { username: 'quan.tri', role: 'admin', unit: null };

describe('authorization rules', () => {
  it('declares the roles of each action for the API', () => {
    expect(rolesWith('assessment:submit')).toEqual(['submitter']);
    expect(rolesWith('assessment:review')).toEqual(['reviewer', 'lead_reviewer']);
    expect(rolesWith('assessment:finalize')).toEqual(['reviewer', 'lead_reviewer']);
    expect(rolesWith('assessment:reopen')).toEqual(['lead_reviewer']);
    expect(rolesWith('audit:replay')).toEqual(['inspector']);
    expect(rolesWith('account:manage')).toEqual(['admin']);
    expect(rolesWith('ranking:read')).toEqual([...ROLES]);
    for (const role of ROLES) expect(permissionsOf(role).length).toBeGreaterThan(0);
  });

  it('lets a submitter act for their own unit only', () => {
    expect(maySubmitFor(lan, 'STTTT')).toBe(true);
    expect(maySubmitFor(lan, 'SNV')).toBe(false);
    expect(maySubmitFor(minh, 'STTTT')).toBe(false);
    expect(() => requireSubmitFor(lan, 'SNV')).toThrow(NotOwnUnitError);
    expect(() => requireSubmitFor(admin, 'SNV')).toThrow(RoleNotPermittedError);
    expect(mayReadAssessment(lan, 'STTTT')).toBe(true);
    expect(mayReadAssessment(lan, 'SNV')).toBe(false);
    expect(mayReadAssessment(lead, 'SNV')).toBe(true);
  });

  it('keeps reviewing apart from submitting', () => {
    expect(mayReview(minh) && mayReview(hoa)).toBe(true);
    expect(mayReview(lan) || mayReview(tuan) || mayReview(lead) || mayReview(admin)).toBe(false);
    expect(mayReviewSubmission(minh, { submittedBy: 'lan.stttt' })).toBe(true);
    expect(mayReviewSubmission(minh, { submittedBy: 'minh.review' })).toBe(false);
    expect(() => requireReviewOf(minh, { submissionId: 's1', submittedBy: 'minh.review' })).toThrow(
      SeparationOfDutiesError,
    );
  });

  it('reserves reopening to lead reviewers, and administration to admins', () => {
    expect(mayFinalize(minh)).toBe(true);
    expect(mayReopen(minh)).toBe(false);
    expect(mayReopen(hoa)).toBe(true);
    expect(mayManageAccounts(admin) && mayManageUnits(admin)).toBe(true);
    expect(mayManageAccounts(hoa) || mayManageUnits(tuan)).toBe(false);
    expect(hasPermission('inspector', 'audit:read')).toBe(true);
  });
});
