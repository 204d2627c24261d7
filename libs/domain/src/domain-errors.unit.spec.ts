import * as errors from './domain-errors';
import {
  DOMAIN_ERROR_KINDS,
  DomainError,
  HTTP_STATUS_OF_KIND,
  httpStatusOf,
  isDomainError,
  type DomainErrorCode,
} from './domain-errors';

/**
 * Every error's code, the fields it names and what its message says in both languages. The message is
 * `vi / en`; each case lists the texts both halves must show (the inputs) and the texts each must show alone
 * (the wording that depends on an input). Never the whole message.
 */
interface Case {
  /**
   * Builds the error inside the test, not while Jest collects the file: Stryker's per-test coverage sees only what
   * a test runs, and an error built at load left its mutants to the ignored static ones.
   */
  error: () => DomainError;
  code: DomainErrorCode;
  details: Record<string, unknown>;
  /** Shown in both languages. */
  both?: string[];
  vi?: string[];
  en?: string[];
  /** Shown in neither language (wording for an input that was not given). */
  absent?: string[];
  /** How the message (its English half) ends. */
  ends?: string[];
}

const cases: Case[] = [
  {
    error: () => errors.InvalidCommandError.because('reason', 'must not be empty'),
    code: 'INVALID_COMMAND',
    details: { field: 'reason', problem: 'must not be empty' },
    both: ['"reason"', 'must not be empty'],
  },
  {
    error: () => errors.InvalidPeriodError.because('2021-Q5', 'bad quarter'),
    code: 'INVALID_PERIOD',
    details: { input: '2021-Q5', problem: 'bad quarter' },
    both: ['"2021-Q5"', 'bad quarter', '2021-Q1'],
  },
  {
    error: () => errors.InvalidUnitCodeError.because('stttt!', 'bad code'),
    code: 'INVALID_UNIT_CODE',
    details: { input: 'stttt!', problem: 'bad code' },
    both: ['"stttt!"', 'bad code'],
  },
  {
    error: () => errors.InvalidEvidenceError.because(2, 'url', 'not https'),
    code: 'INVALID_EVIDENCE',
    details: { index: 2, field: 'url', problem: 'not https' },
    both: ['"url"', 'not https'],
    // Counted from 1 for people.
    vi: ['thứ 3'],
    en: ['#3'],
  },
  {
    error: () => errors.InvalidCatalogueScheduleError.because('overlapping'),
    code: 'INVALID_CATALOGUE_SCHEDULE',
    details: { problem: 'overlapping' },
    both: ['overlapping'],
  },
  {
    error: () => errors.CatalogueNotConfiguredError.because('2019-Q4', '2020-Q1'),
    code: 'CATALOGUE_NOT_CONFIGURED',
    details: { period: '2019-Q4', firstConfigured: '2020-Q1' },
    both: ['2019-Q4', '2020-Q1'],
  },
  {
    error: () => errors.PeriodNotStartedError.because('2030-Q1', '2029-12-31T17:00:00.000Z'),
    code: 'PERIOD_NOT_STARTED',
    details: { period: '2030-Q1', startsAt: '2029-12-31T17:00:00.000Z' },
    both: ['2030-Q1', '2029-12-31T17:00:00.000Z'],
  },
  {
    error: () => errors.CriterionNotInCatalogueError.because('9.9.9', 'tth-2020'),
    code: 'CRITERION_NOT_IN_CATALOGUE',
    details: { criterion: '9.9.9', catalogueId: 'tth-2020' },
    both: ['"9.9.9"', 'tth-2020'],
  },
  {
    error: () => errors.CriterionNotForBlockError.because('3.1', 'district'),
    code: 'CRITERION_NOT_FOR_BLOCK',
    details: { criterion: '3.1', unitBlock: 'district' },
    both: ['"3.1"'],
    vi: ['UBND cấp huyện'],
    en: ['district block'],
  },
  {
    error: () => errors.CriterionNotForBlockError.because('3.1', 'department'),
    code: 'CRITERION_NOT_FOR_BLOCK',
    details: { criterion: '3.1', unitBlock: 'department' },
    vi: ['sở, ban, ngành'],
    en: ['department block'],
  },
  {
    error: () => errors.UnitHistoryOutOfOrderError.because('SNV', '2024-01-01', '2025-01-01'),
    code: 'UNIT_HISTORY_OUT_OF_ORDER',
    details: { unit: 'SNV', effectiveOn: '2024-01-01', mustBeAfter: '2025-01-01' },
    both: ['SNV', '2024-01-01', '2025-01-01'],
  },
  {
    error: () => errors.InvalidMergeTargetError.because('SNV', 'SKHCN', 'ended'),
    code: 'INVALID_MERGE_TARGET',
    details: { unit: 'SNV', into: 'SKHCN', problem: 'ended' },
    both: ['SNV', 'SKHCN', 'ended'],
  },
  {
    error: () => errors.NoChangeError.because('account lan', 'role'),
    code: 'NO_CHANGE',
    details: { subject: 'account lan', what: 'role' },
    both: ['account lan: role'],
  },
  {
    error: () => errors.RetroactiveChangeRequiresReasonError.because('SNV', '2021-02-01', ['2021-Q1', '2021-Q2']),
    code: 'RETROACTIVE_CHANGE_REQUIRES_REASON',
    details: {
      field: 'effectiveOn',
      reasonField: 'retroactiveReason',
      unit: 'SNV',
      effectiveOn: '2021-02-01',
      finalizedQuarters: ['2021-Q1', '2021-Q2'],
    },
    both: ['SNV', '2021-02-01', 'retroactiveReason'],
    vi: ['Quý 1/2021, Quý 2/2021'],
    en: ['2021-Q1, 2021-Q2'],
  },
  {
    error: () => errors.RoleNotPermittedError.because('leadership', 'xem / read'),
    code: 'ROLE_NOT_PERMITTED',
    details: { role: 'leadership', action: 'xem / read' },
    both: ['"leadership"'],
  },
  {
    error: () => errors.NotOwnUnitError.because('lan', 'STTTT', 'SNV'),
    code: 'NOT_OWN_UNIT',
    details: { actor: 'lan', actorUnit: 'STTTT', unit: 'SNV' },
    both: ['lan', 'STTTT', 'SNV'],
  },
  {
    error: () => errors.NotOwnUnitError.because('lan', undefined, 'SNV'),
    code: 'NOT_OWN_UNIT',
    details: { actor: 'lan', actorUnit: null, unit: 'SNV' },
    both: ['—', 'SNV'],
  },
  {
    error: () => errors.SeparationOfDutiesError.because('minh', 's1'),
    code: 'SEPARATION_OF_DUTIES',
    details: { reviewer: 'minh', submissionId: 's1' },
    both: ['minh', 's1'],
  },
  {
    error: () => errors.NotSubmissionOwnerError.because('hai', 's1', 'lan'),
    code: 'NOT_SUBMISSION_OWNER',
    details: { actor: 'hai', submissionId: 's1', submittedBy: 'lan' },
    both: ['hai', 's1', 'lan'],
  },
  {
    error: () => errors.SelfLockoutError.because('quan.tri', 'disable'),
    code: 'SELF_LOCKOUT',
    details: { username: 'quan.tri', action: 'disable' },
    both: ['quan.tri'],
    vi: ['tự khóa'],
    en: ['may not disable'],
  },
  {
    error: () => errors.SelfLockoutError.because('quan.tri', 'change the role of'),
    code: 'SELF_LOCKOUT',
    details: { username: 'quan.tri', action: 'change the role of' },
    vi: ['tự đổi vai trò của'],
    en: ['may not change the role of'],
  },
  {
    error: () => errors.AccountDisabledError.because('lan'),
    code: 'ACCOUNT_DISABLED',
    details: { username: 'lan' },
    both: ['lan'],
  },
  {
    error: () => errors.SubmissionNotFoundError.because('s9', 'STTTT 2021-Q1'),
    code: 'SUBMISSION_NOT_FOUND',
    details: { submissionId: 's9', where: 'STTTT 2021-Q1' },
    both: ['s9', 'STTTT 2021-Q1'],
  },
  {
    error: () => errors.UnitNotFoundError.because('SXYZ', '2021-01-01'),
    code: 'UNIT_NOT_FOUND',
    details: { unit: 'SXYZ', when: '2021-01-01' },
    both: ['SXYZ', '2021-01-01'],
    vi: [' vào ngày 2021-01-01'],
    en: [' on 2021-01-01'],
  },
  {
    error: () => errors.UnitNotFoundError.because('SXYZ'),
    code: 'UNIT_NOT_FOUND',
    details: { unit: 'SXYZ', when: null },
    both: ['SXYZ'],
    // Nothing follows the unit without a date: the Vietnamese half ends at the separator, the English one at "exists".
    vi: ['SXYZ / '],
    en: ['SXYZ exists'],
    ends: ['SXYZ exists'],
    absent: ['vào ngày', ' on ', 'undefined'],
  },
  {
    error: () => errors.AccountNotFoundError.because('ghost'),
    code: 'ACCOUNT_NOT_FOUND',
    details: { username: 'ghost' },
    both: ['ghost'],
  },
  {
    error: () => errors.StaleSubmissionError.because('s1', '3.2.1', 's2'),
    code: 'STALE_SUBMISSION',
    details: { submissionId: 's1', criterion: '3.2.1', latestPending: 's2' },
    both: ['s1', '3.2.1', 's2'],
  },
  {
    error: () => errors.StaleSubmissionError.because('s1', '3.2.1', null),
    code: 'STALE_SUBMISSION',
    details: { submissionId: 's1', criterion: '3.2.1', latestPending: null },
    vi: ['(—)'],
    en: ['pending: none)'],
  },
  {
    error: () => errors.AlreadyReviewedError.because('s1', 'approved'),
    code: 'ALREADY_REVIEWED',
    details: { submissionId: 's1', decision: 'approved' },
    both: ['s1'],
    vi: ['đã duyệt'],
    en: ['(approved)'],
  },
  {
    error: () => errors.AlreadyReviewedError.because('s1', 'rejected'),
    code: 'ALREADY_REVIEWED',
    details: { submissionId: 's1', decision: 'rejected' },
    vi: ['đã trả lại'],
    en: ['(rejected)'],
  },
  {
    error: () => errors.SubmissionWithdrawnError.because('s1'),
    code: 'SUBMISSION_WITHDRAWN',
    details: { submissionId: 's1' },
    both: ['s1'],
  },
  {
    error: () => errors.DuplicateSubmissionIdError.because('s1'),
    code: 'DUPLICATE_SUBMISSION_ID',
    details: { submissionId: 's1' },
    both: ['s1'],
  },
  {
    error: () => errors.CorrectionRequiredError.because('3.2.1', 's1'),
    code: 'CORRECTION_REQUIRED',
    details: { criterion: '3.2.1', official: 's1' },
    both: ['3.2.1', '(s1)'],
  },
  {
    error: () => errors.InvalidCorrectionTargetError.because('s1', '3.2.1', 'not approved'),
    code: 'INVALID_CORRECTION_TARGET',
    details: { corrects: 's1', criterion: '3.2.1', problem: 'not approved' },
    both: ['s1', '3.2.1', 'not approved'],
  },
  {
    error: () => errors.ReportFinalizedError.because('STTTT', '2021-Q1', 3),
    code: 'REPORT_FINALIZED',
    details: { unit: 'STTTT', period: '2021-Q1', version: 3 },
    both: ['STTTT', '2021-Q1'],
    vi: ['phiên bản 3'],
    en: ['version 3'],
  },
  {
    error: () => errors.ReportNotFinalizedError.because('STTTT', '2021-Q1'),
    code: 'REPORT_NOT_FINALIZED',
    details: { unit: 'STTTT', period: '2021-Q1' },
    both: ['STTTT', '2021-Q1'],
  },
  {
    error: () => errors.PendingSubmissionsRemainError.because('STTTT', '2021-Q1', ['3.1.1', '3.2.1']),
    code: 'PENDING_SUBMISSIONS_REMAIN',
    details: { unit: 'STTTT', period: '2021-Q1', criteria: ['3.1.1', '3.2.1'] },
    both: ['STTTT', '2021-Q1', '3.1.1, 3.2.1'],
  },
  {
    error: () => errors.UnitNotActiveError.because('SNV', '2026-Q1'),
    code: 'UNIT_NOT_ACTIVE',
    details: { unit: 'SNV', period: '2026-Q1' },
    both: ['SNV', '2026-Q1'],
  },
  {
    error: () => errors.AssessmentMismatchError.because('unit', 'STTTT', 'SNV'),
    code: 'ASSESSMENT_MISMATCH',
    details: { field: 'unit', expected: 'STTTT', received: 'SNV' },
    both: ['unit', 'STTTT', 'SNV'],
  },
  {
    error: () => errors.UnitAlreadyRegisteredError.because('SNV'),
    code: 'UNIT_ALREADY_REGISTERED',
    details: { unit: 'SNV' },
    both: ['SNV'],
  },
  {
    error: () => errors.UnitEndedError.because('SNV', 'merged', '2025-03-01'),
    code: 'UNIT_ENDED',
    details: { unit: 'SNV', how: 'merged', effectiveOn: '2025-03-01' },
    both: ['SNV', '2025-03-01'],
    vi: ['sáp nhập'],
    en: ['was merged'],
  },
  {
    error: () => errors.UnitEndedError.because('SNV', 'dissolved', '2025-07-01'),
    code: 'UNIT_ENDED',
    details: { unit: 'SNV', how: 'dissolved', effectiveOn: '2025-07-01' },
    vi: ['giải thể'],
    en: ['was dissolved'],
  },
  {
    error: () => errors.AccountAlreadyExistsError.because('lan'),
    code: 'ACCOUNT_ALREADY_EXISTS',
    details: { username: 'lan' },
    both: ['lan'],
  },
  {
    error: () => errors.AccountStatusUnchangedError.because('lan', 'active'),
    code: 'ACCOUNT_STATUS_UNCHANGED',
    details: { username: 'lan', status: 'active' },
    both: ['lan'],
    vi: ['đang hoạt động'],
    en: ['already active'],
  },
  {
    error: () => errors.AccountStatusUnchangedError.because('lan', 'disabled'),
    code: 'ACCOUNT_STATUS_UNCHANGED',
    details: { username: 'lan', status: 'disabled' },
    vi: ['bị khóa'],
    en: ['already disabled'],
  },
  {
    error: () => errors.PlanNotFoundError.because('tth-999', ['tth-222', 'tth-2030']),
    code: 'PLAN_NOT_FOUND',
    details: { plan: 'tth-999', known: ['tth-222', 'tth-2030'] },
    both: ['"tth-999"', 'tth-222, tth-2030'],
  },
  {
    error: () => errors.PlanItemNotFoundError.because('tth-222', 'task', 'I.99'),
    code: 'PLAN_ITEM_NOT_FOUND',
    details: { plan: 'tth-222', kind: 'task', code: 'I.99' },
    both: ['tth-222', '"I.99"'],
    vi: ['nhiệm vụ "I.99"'],
    en: ['task "I.99"'],
  },
  {
    error: () => errors.PlanItemNotFoundError.because('tth-222', 'target', '99'),
    code: 'PLAN_ITEM_NOT_FOUND',
    details: { plan: 'tth-222', kind: 'target', code: '99' },
    vi: ['chỉ tiêu "99"'],
  },
  {
    error: () => errors.PlanItemNotFoundError.because('tth-222', 'project', 'Z.1'),
    code: 'PLAN_ITEM_NOT_FOUND',
    details: { plan: 'tth-222', kind: 'project', code: 'Z.1' },
    vi: ['dự án "Z.1"'],
  },
  {
    error: () => errors.PlanItemNotFoundError.because('tth-222', 'row', 'Z.1'),
    code: 'PLAN_ITEM_NOT_FOUND',
    details: { plan: 'tth-222', kind: 'row', code: 'Z.1' },
    // A kind without a Vietnamese word is shown as given.
    vi: ['không có row "Z.1"'],
  },
  {
    error: () => errors.PlanReportNotFoundError.because('tth-222', '2021-Q1:task:I.1:9'),
    code: 'PLAN_REPORT_NOT_FOUND',
    details: { plan: 'tth-222', reportId: '2021-Q1:task:I.1:9' },
    both: ['tth-222', '"2021-Q1:task:I.1:9"'],
  },
  {
    error: () => errors.NotPlanLeadError.because('binh', 'SNV', 'I.1', ['STTTT', 'VPUBND']),
    code: 'NOT_PLAN_LEAD',
    details: { username: 'binh', unit: 'SNV', item: 'I.1', leads: ['STTTT', 'VPUBND'] },
    both: ['binh', 'SNV)', '"I.1"', '(STTTT, VPUBND)'],
  },
  {
    error: () => errors.NotPlanLeadError.because('minh', null, 'I.1', ['STTTT']),
    code: 'NOT_PLAN_LEAD',
    details: { username: 'minh', unit: null, item: 'I.1', leads: ['STTTT'] },
    vi: ['đơn vị không có'],
    en: ['unit none'],
  },
  {
    error: () => errors.PlanReportPendingError.because('I.1', '2021-Q1', '2021-Q1:task:I.1:1'),
    code: 'PLAN_REPORT_PENDING',
    details: { item: 'I.1', period: '2021-Q1', pendingReportId: '2021-Q1:task:I.1:1' },
    both: ['"I.1"', '2021-Q1', '(2021-Q1:task:I.1:1)'],
  },
  {
    error: () => errors.PlanPeriodOutOfRangeError.because('tth-222', '2026-Q1', '2020-Q4', '2025-Q4'),
    code: 'PLAN_PERIOD_OUT_OF_RANGE',
    details: { plan: 'tth-222', period: '2026-Q1', first: '2020-Q4', last: '2025-Q4' },
    both: ['2026-Q1', 'tth-222', '(2020-Q4 – 2025-Q4)'],
  },
  {
    error: () => errors.UnsupportedEventError.because('CriterionSubmitted', 9, 'unknown version'),
    code: 'UNSUPPORTED_EVENT',
    details: { type: 'CriterionSubmitted', schemaVersion: 9, problem: 'unknown version' },
    both: ['CriterionSubmitted v9', 'unknown version'],
  },
];

/** How many times a text occurs in the message: once per language for an input. */
const occurrences = (message: string, text: string): number => message.split(text).length - 1;

describe('domain errors', () => {
  it.each(cases.map((c) => [c.code, c]))('%s: code, kind, status, fields and what each language says', (_, c) => {
    const error = c.error();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe(c.code);
    expect(error.name).toBe(error.constructor.name);
    expect(error.kind).toBe(DOMAIN_ERROR_KINDS[c.code]);
    expect(error.httpStatus).toBe(HTTP_STATUS_OF_KIND[DOMAIN_ERROR_KINDS[c.code]]);
    expect(httpStatusOf(error)).toBe(error.httpStatus);
    expect(error.details).toEqual(c.details);
    expect(error.message).toContain(' / ');
    for (const text of c.both ?? []) expect(occurrences(error.message, text)).toBeGreaterThanOrEqual(2);
    for (const text of [...(c.vi ?? []), ...(c.en ?? [])]) expect(error.message).toContain(text);
    for (const text of c.absent ?? []) expect(error.message).not.toContain(text);
    for (const text of c.ends ?? []) expect(error.message.endsWith(text)).toBe(true);
  });

  it('covers every code', () => {
    const covered = new Set(cases.map((c) => c.code));
    const missing = (Object.keys(DOMAIN_ERROR_KINDS) as DomainErrorCode[]).filter(
      (code) => !covered.has(code) && code !== 'INVALID_UNIT_SEED',
    );
    expect(missing).toEqual([]);
  });

  it('lists at most five seed problems and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ path: `units[${i}]`, problem: `p${i}` }));
    const many = errors.InvalidUnitSeedError.because(problems);
    expect(many).toMatchObject({ code: 'INVALID_UNIT_SEED', httpStatus: 422, details: { problems } });
    expect(occurrences(many.message, '(7 ')).toBe(2);
    expect(occurrences(many.message, 'units[0]: p0; units[1]: p1; units[2]: p2; units[3]: p3; units[4]: p4 (+2)')).toBe(
      2,
    );
    expect(many.message).not.toContain('units[5]');
    const five = errors.InvalidUnitSeedError.because(problems.slice(0, 5));
    expect(five.message).toContain('units[4]: p4');
    expect(five.message).not.toContain('(+');
    // Nothing follows the fifth problem when there is no sixth (each half ends with the list).
    expect(occurrences(five.message, 'units[4]: p4 / ')).toBe(1);
    expect(five.message.endsWith('units[4]: p4')).toBe(true);
    const six = errors.InvalidUnitSeedError.because(problems.slice(0, 6));
    expect(six.message).toContain('p4 (+1)');
  });

  it('maps kinds to HTTP statuses', () => {
    expect(HTTP_STATUS_OF_KIND).toEqual({
      unprocessable: 422,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      internal: 500,
    });
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'INVALID_COMMAND' })).toBe(false);
  });
});
