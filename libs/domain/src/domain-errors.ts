/**
 * Every error the pure domain throws, in one file, so the HTTP layer maps them to statuses in one
 * place: `httpStatusOf(error)` (or `DOMAIN_ERROR_KINDS[code]`). Each error says why, in Vietnamese for
 * the people using the system and in English for the people running it, and names the input at fault.
 * Build them with the static `because(...)` factories.
 */

/** How the HTTP layer answers. `internal` is a defect of ours (a stored event we cannot read), not the caller's. */
export type DomainErrorKind = 'unprocessable' | 'forbidden' | 'not_found' | 'conflict' | 'internal';

export const HTTP_STATUS_OF_KIND: Readonly<Record<DomainErrorKind, number>> = {
  unprocessable: 422,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

/** The one table of error codes and their kinds. */
export const DOMAIN_ERROR_KINDS = {
  // Bad input: the command cannot mean anything.
  INVALID_COMMAND: 'unprocessable',
  INVALID_PERIOD: 'unprocessable',
  INVALID_UNIT_CODE: 'unprocessable',
  INVALID_EVIDENCE: 'unprocessable',
  INVALID_UNIT_SEED: 'unprocessable',
  INVALID_CATALOGUE_SCHEDULE: 'unprocessable',
  CATALOGUE_NOT_CONFIGURED: 'unprocessable',
  PERIOD_NOT_STARTED: 'unprocessable',
  CRITERION_NOT_IN_CATALOGUE: 'unprocessable',
  CRITERION_NOT_FOR_BLOCK: 'unprocessable',
  UNIT_HISTORY_OUT_OF_ORDER: 'unprocessable',
  INVALID_MERGE_TARGET: 'unprocessable',
  NO_CHANGE: 'unprocessable',
  RETROACTIVE_CHANGE_REQUIRES_REASON: 'unprocessable',
  PLAN_PERIOD_OUT_OF_RANGE: 'unprocessable',
  // Who may do what.
  ROLE_NOT_PERMITTED: 'forbidden',
  NOT_OWN_UNIT: 'forbidden',
  SEPARATION_OF_DUTIES: 'forbidden',
  NOT_SUBMISSION_OWNER: 'forbidden',
  SELF_LOCKOUT: 'forbidden',
  ACCOUNT_DISABLED: 'forbidden',
  NOT_PLAN_LEAD: 'forbidden',
  // Something addressed that is not there.
  SUBMISSION_NOT_FOUND: 'not_found',
  UNIT_NOT_FOUND: 'not_found',
  ACCOUNT_NOT_FOUND: 'not_found',
  PLAN_NOT_FOUND: 'not_found',
  PLAN_ITEM_NOT_FOUND: 'not_found',
  PLAN_REPORT_NOT_FOUND: 'not_found',
  // The state of the world forbids it now.
  STALE_SUBMISSION: 'conflict',
  ALREADY_REVIEWED: 'conflict',
  SUBMISSION_WITHDRAWN: 'conflict',
  DUPLICATE_SUBMISSION_ID: 'conflict',
  CORRECTION_REQUIRED: 'conflict',
  INVALID_CORRECTION_TARGET: 'conflict',
  REPORT_FINALIZED: 'conflict',
  REPORT_NOT_FINALIZED: 'conflict',
  PENDING_SUBMISSIONS_REMAIN: 'conflict',
  UNIT_NOT_ACTIVE: 'conflict',
  ASSESSMENT_MISMATCH: 'conflict',
  UNIT_ALREADY_REGISTERED: 'conflict',
  UNIT_ENDED: 'conflict',
  ACCOUNT_ALREADY_EXISTS: 'conflict',
  ACCOUNT_STATUS_UNCHANGED: 'conflict',
  PLAN_REPORT_PENDING: 'conflict',
  // Our own stored data we cannot read.
  UNSUPPORTED_EVENT: 'internal',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  /** Prefer each error's `because(...)`: it writes the message and the details consistently. */
  constructor(
    vi: string,
    en: string,
    /** Machine-readable facts for the response body and logs (never secrets). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${vi} / ${en}`);
    this.name = new.target.name;
  }

  get kind(): DomainErrorKind {
    return DOMAIN_ERROR_KINDS[this.code];
  }

  get httpStatus(): number {
    return HTTP_STATUS_OF_KIND[this.kind];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function httpStatusOf(error: DomainError): number {
  return error.httpStatus;
}

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

export class InvalidCommandError extends DomainError {
  readonly code = 'INVALID_COMMAND' as const;
  static because(field: string, problem: string): InvalidCommandError {
    return new InvalidCommandError(
      `Trường "${field}" không hợp lệ: ${problem}`,
      `Field "${field}" is invalid: ${problem}`,
      { field, problem },
    );
  }
}

export class InvalidPeriodError extends DomainError {
  readonly code = 'INVALID_PERIOD' as const;
  static because(input: string, problem: string): InvalidPeriodError {
    return new InvalidPeriodError(
      `Kỳ đánh giá "${input}" không hợp lệ (dạng YYYY-Qn, ví dụ 2021-Q1): ${problem}`,
      `Period "${input}" is invalid (expected YYYY-Qn, e.g. 2021-Q1): ${problem}`,
      { input, problem },
    );
  }
}

export class InvalidUnitCodeError extends DomainError {
  readonly code = 'INVALID_UNIT_CODE' as const;
  static because(input: string, problem: string): InvalidUnitCodeError {
    return new InvalidUnitCodeError(
      `Mã đơn vị "${input}" không hợp lệ: ${problem}`,
      `Unit code "${input}" is invalid: ${problem}`,
      { input, problem },
    );
  }
}

export class InvalidEvidenceError extends DomainError {
  readonly code = 'INVALID_EVIDENCE' as const;
  static because(index: number, field: string, problem: string): InvalidEvidenceError {
    return new InvalidEvidenceError(
      `Minh chứng thứ ${index + 1}, trường "${field}" không hợp lệ: ${problem}`,
      `Evidence #${index + 1}, field "${field}" is invalid: ${problem}`,
      { index, field, problem },
    );
  }
}

export interface SeedProblem {
  path: string;
  problem: string;
}

export class InvalidUnitSeedError extends DomainError {
  readonly code = 'INVALID_UNIT_SEED' as const;
  static because(problems: readonly SeedProblem[]): InvalidUnitSeedError {
    const listed = problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.problem}`)
      .join('; ');
    const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
    return new InvalidUnitSeedError(
      `Dữ liệu đơn vị khởi tạo không hợp lệ (${problems.length} lỗi): ${listed}${more}`,
      `Unit seed is invalid (${problems.length} problems): ${listed}${more}`,
      { problems },
    );
  }
}

export class InvalidCatalogueScheduleError extends DomainError {
  readonly code = 'INVALID_CATALOGUE_SCHEDULE' as const;
  static because(problem: string): InvalidCatalogueScheduleError {
    return new InvalidCatalogueScheduleError(
      `Lịch áp dụng bộ tiêu chí không hợp lệ: ${problem}`,
      `Catalogue schedule is invalid: ${problem}`,
      { problem },
    );
  }
}

export class CatalogueNotConfiguredError extends DomainError {
  readonly code = 'CATALOGUE_NOT_CONFIGURED' as const;
  static because(period: string, firstConfigured: string): CatalogueNotConfiguredError {
    return new CatalogueNotConfiguredError(
      `Chưa có bộ tiêu chí cho kỳ ${period} (sớm nhất: ${firstConfigured})`,
      `No catalogue is configured for ${period} (earliest configured: ${firstConfigured})`,
      { period, firstConfigured },
    );
  }
}

export class PeriodNotStartedError extends DomainError {
  readonly code = 'PERIOD_NOT_STARTED' as const;
  static because(period: string, startsAt: string): PeriodNotStartedError {
    return new PeriodNotStartedError(
      `Kỳ ${period} chưa bắt đầu (bắt đầu lúc ${startsAt}), chưa thể báo cáo`,
      `Period ${period} has not started yet (starts at ${startsAt}); nothing can be reported for it`,
      { period, startsAt },
    );
  }
}

export class CriterionNotInCatalogueError extends DomainError {
  readonly code = 'CRITERION_NOT_IN_CATALOGUE' as const;
  static because(criterion: string, catalogueId: string): CriterionNotInCatalogueError {
    return new CriterionNotInCatalogueError(
      `Tiêu chí "${criterion}" không có trong bộ tiêu chí ${catalogueId}`,
      `Criterion "${criterion}" is not a scored criterion of catalogue ${catalogueId}`,
      { criterion, catalogueId },
    );
  }
}

export class CriterionNotForBlockError extends DomainError {
  readonly code = 'CRITERION_NOT_FOR_BLOCK' as const;
  static because(criterion: string, unitBlock: string): CriterionNotForBlockError {
    return new CriterionNotForBlockError(
      `Tiêu chí "${criterion}" không áp dụng cho khối ${unitBlock === 'district' ? 'UBND cấp huyện' : 'sở, ban, ngành'}`,
      `Criterion "${criterion}" does not apply to the ${unitBlock} block`,
      { criterion, unitBlock },
    );
  }
}

export class UnitHistoryOutOfOrderError extends DomainError {
  readonly code = 'UNIT_HISTORY_OUT_OF_ORDER' as const;
  static because(unit: string, effectiveOn: string, mustBeAfter: string): UnitHistoryOutOfOrderError {
    return new UnitHistoryOutOfOrderError(
      `Ngày hiệu lực ${effectiveOn} của thay đổi đơn vị ${unit} phải sau ${mustBeAfter}`,
      `Effective date ${effectiveOn} of the change to unit ${unit} must be after ${mustBeAfter}`,
      { unit, effectiveOn, mustBeAfter },
    );
  }
}

export class InvalidMergeTargetError extends DomainError {
  readonly code = 'INVALID_MERGE_TARGET' as const;
  static because(unit: string, into: string, problem: string): InvalidMergeTargetError {
    return new InvalidMergeTargetError(
      `Không thể hợp nhất ${unit} vào ${into}: ${problem}`,
      `Cannot merge ${unit} into ${into}: ${problem}`,
      { unit, into, problem },
    );
  }
}

export class NoChangeError extends DomainError {
  readonly code = 'NO_CHANGE' as const;
  static because(subject: string, what: string): NoChangeError {
    return new NoChangeError(`${subject}: ${what} không thay đổi`, `${subject}: ${what} is unchanged`, {
      subject,
      what,
    });
  }
}

/**
 * A unit change effective in or before a quarter whose report is already finalized changes what was published
 * (who a quarter counted, the name it showed): it is made only with a stated reason, kept in the audit.
 */
export class RetroactiveChangeRequiresReasonError extends DomainError {
  readonly code = 'RETROACTIVE_CHANGE_REQUIRES_REASON' as const;
  static because(
    unit: string,
    effectiveOn: string,
    finalizedQuarters: readonly string[],
  ): RetroactiveChangeRequiresReasonError {
    const vi = finalizedQuarters.map((q) => `Quý ${q.slice(6)}/${q.slice(0, 4)}`).join(', ');
    return new RetroactiveChangeRequiresReasonError(
      `Thay đổi hồi tố: ngày hiệu lực ${effectiveOn} của thay đổi đơn vị ${unit} rơi vào hoặc trước quý đã chốt báo cáo (${vi}); ` +
        'cần nêu lý do thay đổi hồi tố (retroactiveReason)',
      `Retroactive change: effective date ${effectiveOn} of the change to unit ${unit} falls in or before a quarter ` +
        `whose report is finalized (${finalizedQuarters.join(', ')}); give the reason for the retroactive change (retroactiveReason)`,
      {
        field: 'effectiveOn',
        reasonField: 'retroactiveReason',
        unit,
        effectiveOn,
        finalizedQuarters: [...finalizedQuarters],
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Who may do what
// ---------------------------------------------------------------------------------------------

export class RoleNotPermittedError extends DomainError {
  readonly code = 'ROLE_NOT_PERMITTED' as const;
  static because(role: string, action: string): RoleNotPermittedError {
    return new RoleNotPermittedError(
      `Vai trò "${role}" không được phép thực hiện "${action}"`,
      `Role "${role}" may not ${action}`,
      { role, action },
    );
  }
}

export class NotOwnUnitError extends DomainError {
  readonly code = 'NOT_OWN_UNIT' as const;
  static because(actor: string, actorUnit: string | undefined, unit: string): NotOwnUnitError {
    return new NotOwnUnitError(
      `Tài khoản ${actor} (đơn vị ${actorUnit ?? '—'}) không được báo cáo thay cho đơn vị ${unit}`,
      `Account ${actor} (unit ${actorUnit ?? '—'}) may not act for unit ${unit}`,
      { actor, actorUnit: actorUnit ?? null, unit },
    );
  }
}

export class SeparationOfDutiesError extends DomainError {
  readonly code = 'SEPARATION_OF_DUTIES' as const;
  static because(reviewer: string, submissionId: string): SeparationOfDutiesError {
    return new SeparationOfDutiesError(
      `${reviewer} không được tự thẩm định báo cáo ${submissionId} do chính mình gửi`,
      `${reviewer} may not review submission ${submissionId}, which they submitted themselves`,
      { reviewer, submissionId },
    );
  }
}

export class NotSubmissionOwnerError extends DomainError {
  readonly code = 'NOT_SUBMISSION_OWNER' as const;
  static because(actor: string, submissionId: string, submittedBy: string): NotSubmissionOwnerError {
    return new NotSubmissionOwnerError(
      `${actor} chỉ được rút báo cáo do chính mình gửi; ${submissionId} do ${submittedBy} gửi`,
      `${actor} may only withdraw their own submissions; ${submissionId} was submitted by ${submittedBy}`,
      { actor, submissionId, submittedBy },
    );
  }
}

export class SelfLockoutError extends DomainError {
  readonly code = 'SELF_LOCKOUT' as const;
  static because(username: string, action: string): SelfLockoutError {
    return new SelfLockoutError(
      `Quản trị viên ${username} không được tự ${action === 'disable' ? 'khóa' : 'đổi vai trò của'} tài khoản của mình`,
      `Administrator ${username} may not ${action} their own account`,
      { username, action },
    );
  }
}

export class AccountDisabledError extends DomainError {
  readonly code = 'ACCOUNT_DISABLED' as const;
  static because(username: string): AccountDisabledError {
    return new AccountDisabledError(`Tài khoản ${username} đã bị khóa`, `Account ${username} is disabled`, {
      username,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Not found
// ---------------------------------------------------------------------------------------------

export class SubmissionNotFoundError extends DomainError {
  readonly code = 'SUBMISSION_NOT_FOUND' as const;
  static because(submissionId: string, where: string): SubmissionNotFoundError {
    return new SubmissionNotFoundError(
      `Không tìm thấy báo cáo ${submissionId} trong ${where}`,
      `Submission ${submissionId} not found in ${where}`,
      { submissionId, where },
    );
  }
}

export class UnitNotFoundError extends DomainError {
  readonly code = 'UNIT_NOT_FOUND' as const;
  static because(unit: string, when?: string): UnitNotFoundError {
    const at = when === undefined ? '' : ` vào ngày ${when}`;
    const on = when === undefined ? '' : ` on ${when}`;
    return new UnitNotFoundError(`Không có đơn vị ${unit}${at}`, `No unit ${unit} exists${on}`, {
      unit,
      when: when ?? null,
    });
  }
}

export class AccountNotFoundError extends DomainError {
  readonly code = 'ACCOUNT_NOT_FOUND' as const;
  static because(username: string): AccountNotFoundError {
    return new AccountNotFoundError(`Không có tài khoản ${username}`, `No account ${username}`, { username });
  }
}

// ---------------------------------------------------------------------------------------------
// Conflicts with the current state
// ---------------------------------------------------------------------------------------------

export class StaleSubmissionError extends DomainError {
  readonly code = 'STALE_SUBMISSION' as const;
  static because(submissionId: string, criterion: string, latest: string | null): StaleSubmissionError {
    return new StaleSubmissionError(
      `Báo cáo ${submissionId} của tiêu chí ${criterion} đã bị thay thế bởi báo cáo mới hơn (${latest ?? '—'}); chỉ thẩm định báo cáo mới nhất`,
      `Submission ${submissionId} for criterion ${criterion} was superseded (latest pending: ${latest ?? 'none'}); only the latest can be reviewed`,
      { submissionId, criterion, latestPending: latest },
    );
  }
}

export class AlreadyReviewedError extends DomainError {
  readonly code = 'ALREADY_REVIEWED' as const;
  static because(submissionId: string, decision: string): AlreadyReviewedError {
    return new AlreadyReviewedError(
      `Báo cáo ${submissionId} đã được thẩm định (${decision === 'approved' ? 'đã duyệt' : 'đã trả lại'})`,
      `Submission ${submissionId} was already reviewed (${decision})`,
      { submissionId, decision },
    );
  }
}

export class SubmissionWithdrawnError extends DomainError {
  readonly code = 'SUBMISSION_WITHDRAWN' as const;
  static because(submissionId: string): SubmissionWithdrawnError {
    return new SubmissionWithdrawnError(
      `Báo cáo ${submissionId} đã được rút`,
      `Submission ${submissionId} was withdrawn`,
      { submissionId },
    );
  }
}

export class DuplicateSubmissionIdError extends DomainError {
  readonly code = 'DUPLICATE_SUBMISSION_ID' as const;
  static because(submissionId: string): DuplicateSubmissionIdError {
    return new DuplicateSubmissionIdError(
      `Mã báo cáo ${submissionId} đã được dùng`,
      `Submission id ${submissionId} is already used`,
      { submissionId },
    );
  }
}

export class CorrectionRequiredError extends DomainError {
  readonly code = 'CORRECTION_REQUIRED' as const;
  static because(criterion: string, official: string): CorrectionRequiredError {
    return new CorrectionRequiredError(
      `Tiêu chí ${criterion} đã có số liệu được duyệt (${official}); phải gửi đính chính ghi rõ báo cáo được đính chính và lý do`,
      `Criterion ${criterion} already has an approved value (${official}); send a correction naming it, with a reason`,
      { criterion, official },
    );
  }
}

export class InvalidCorrectionTargetError extends DomainError {
  readonly code = 'INVALID_CORRECTION_TARGET' as const;
  static because(corrects: string, criterion: string, problem: string): InvalidCorrectionTargetError {
    return new InvalidCorrectionTargetError(
      `Không thể đính chính báo cáo ${corrects} của tiêu chí ${criterion}: ${problem}`,
      `Cannot correct submission ${corrects} for criterion ${criterion}: ${problem}`,
      { corrects, criterion, problem },
    );
  }
}

export class ReportFinalizedError extends DomainError {
  readonly code = 'REPORT_FINALIZED' as const;
  static because(unit: string, period: string, version: number): ReportFinalizedError {
    return new ReportFinalizedError(
      `Báo cáo kỳ ${period} của ${unit} đã chốt (phiên bản ${version}); cần mở lại trước khi thay đổi`,
      `The ${period} report of ${unit} is finalized (version ${version}); it must be reopened first`,
      { unit, period, version },
    );
  }
}

export class ReportNotFinalizedError extends DomainError {
  readonly code = 'REPORT_NOT_FINALIZED' as const;
  static because(unit: string, period: string): ReportNotFinalizedError {
    return new ReportNotFinalizedError(
      `Báo cáo kỳ ${period} của ${unit} chưa chốt nên không thể mở lại`,
      `The ${period} report of ${unit} is not finalized, so it cannot be reopened`,
      { unit, period },
    );
  }
}

export class PendingSubmissionsRemainError extends DomainError {
  readonly code = 'PENDING_SUBMISSIONS_REMAIN' as const;
  static because(unit: string, period: string, criteria: readonly string[]): PendingSubmissionsRemainError {
    return new PendingSubmissionsRemainError(
      `Chưa thể chốt báo cáo kỳ ${period} của ${unit}: còn báo cáo chờ thẩm định ở tiêu chí ${criteria.join(', ')}`,
      `Cannot finalize the ${period} report of ${unit}: criteria ${criteria.join(', ')} still have pending submissions`,
      { unit, period, criteria },
    );
  }
}

export class UnitNotActiveError extends DomainError {
  readonly code = 'UNIT_NOT_ACTIVE' as const;
  static because(unit: string, period: string): UnitNotActiveError {
    return new UnitNotActiveError(
      `Đơn vị ${unit} không tồn tại trong kỳ ${period} (đã giải thể, sáp nhập hoặc chưa thành lập)`,
      `Unit ${unit} did not exist in ${period} (dissolved, merged or not yet established)`,
      { unit, period },
    );
  }
}

export class AssessmentMismatchError extends DomainError {
  readonly code = 'ASSESSMENT_MISMATCH' as const;
  static because(field: string, expected: string, received: string): AssessmentMismatchError {
    return new AssessmentMismatchError(
      `Lệnh không khớp với hồ sơ đánh giá: ${field} là ${expected}, lệnh ghi ${received}`,
      `Command does not match the assessment: its ${field} is ${expected}, the command says ${received}`,
      { field, expected, received },
    );
  }
}

export class UnitAlreadyRegisteredError extends DomainError {
  readonly code = 'UNIT_ALREADY_REGISTERED' as const;
  static because(unit: string): UnitAlreadyRegisteredError {
    return new UnitAlreadyRegisteredError(`Đơn vị ${unit} đã được đăng ký`, `Unit ${unit} is already registered`, {
      unit,
    });
  }
}

export class UnitEndedError extends DomainError {
  readonly code = 'UNIT_ENDED' as const;
  static because(unit: string, how: 'merged' | 'dissolved', effectiveOn: string): UnitEndedError {
    return new UnitEndedError(
      `Đơn vị ${unit} đã ${how === 'merged' ? 'sáp nhập' : 'giải thể'} từ ngày ${effectiveOn}`,
      `Unit ${unit} was ${how} effective ${effectiveOn}`,
      { unit, how, effectiveOn },
    );
  }
}

export class AccountAlreadyExistsError extends DomainError {
  readonly code = 'ACCOUNT_ALREADY_EXISTS' as const;
  static because(username: string): AccountAlreadyExistsError {
    return new AccountAlreadyExistsError(`Tài khoản ${username} đã tồn tại`, `Account ${username} already exists`, {
      username,
    });
  }
}

export class AccountStatusUnchangedError extends DomainError {
  readonly code = 'ACCOUNT_STATUS_UNCHANGED' as const;
  static because(username: string, status: 'active' | 'disabled'): AccountStatusUnchangedError {
    return new AccountStatusUnchangedError(
      `Tài khoản ${username} vốn đã ${status === 'active' ? 'đang hoạt động' : 'bị khóa'}`,
      `Account ${username} is already ${status}`,
      { username, status },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Plan tracking (Kế hoạch): reports of the plan's rows
// ---------------------------------------------------------------------------------------------

export class PlanNotFoundError extends DomainError {
  readonly code = 'PLAN_NOT_FOUND' as const;
  static because(plan: string, known: readonly string[]): PlanNotFoundError {
    return new PlanNotFoundError(
      `Không có kế hoạch "${plan}" (có: ${known.join(', ')})`,
      `No plan "${plan}" (known: ${known.join(', ')})`,
      { plan, known },
    );
  }
}

export class PlanItemNotFoundError extends DomainError {
  readonly code = 'PLAN_ITEM_NOT_FOUND' as const;
  static because(plan: string, kind: string, code: string): PlanItemNotFoundError {
    return new PlanItemNotFoundError(
      `Kế hoạch ${plan} không có ${KIND_VI[kind] ?? kind} "${code}"`,
      `Plan ${plan} has no ${kind} "${code}"`,
      { plan, kind, code },
    );
  }
}

export class PlanReportNotFoundError extends DomainError {
  readonly code = 'PLAN_REPORT_NOT_FOUND' as const;
  static because(plan: string, reportId: string): PlanReportNotFoundError {
    return new PlanReportNotFoundError(
      `Không có báo cáo tiến độ "${reportId}" của kế hoạch ${plan}`,
      `No progress report "${reportId}" in plan ${plan}`,
      { plan, reportId },
    );
  }
}

export class NotPlanLeadError extends DomainError {
  readonly code = 'NOT_PLAN_LEAD' as const;
  static because(username: string, unit: string | null, itemCode: string, leads: readonly string[]): NotPlanLeadError {
    return new NotPlanLeadError(
      `Tài khoản ${username} (đơn vị ${unit ?? 'không có'}) không thuộc đơn vị chủ trì của "${itemCode}" (${leads.join(', ')})`,
      `Account ${username} (unit ${unit ?? 'none'}) is not of a lead agency of "${itemCode}" (${leads.join(', ')})`,
      { username, unit, item: itemCode, leads },
    );
  }
}

export class PlanReportPendingError extends DomainError {
  readonly code = 'PLAN_REPORT_PENDING' as const;
  static because(itemCode: string, period: string, pendingReportId: string): PlanReportPendingError {
    return new PlanReportPendingError(
      `"${itemCode}" đã có báo cáo kỳ ${period} đang chờ thẩm định (${pendingReportId})`,
      `"${itemCode}" already has a report for ${period} awaiting review (${pendingReportId})`,
      { item: itemCode, period, pendingReportId },
    );
  }
}

export class PlanPeriodOutOfRangeError extends DomainError {
  readonly code = 'PLAN_PERIOD_OUT_OF_RANGE' as const;
  static because(plan: string, period: string, first: string, last: string): PlanPeriodOutOfRangeError {
    return new PlanPeriodOutOfRangeError(
      `Kỳ ${period} nằm ngoài kế hoạch ${plan} (${first} – ${last})`,
      `Period ${period} is outside plan ${plan} (${first} – ${last})`,
      { plan, period, first, last },
    );
  }
}

const KIND_VI: Readonly<Record<string, string>> = { target: 'chỉ tiêu', task: 'nhiệm vụ', project: 'dự án' };

// ---------------------------------------------------------------------------------------------
// Our own stored data
// ---------------------------------------------------------------------------------------------

export class UnsupportedEventError extends DomainError {
  readonly code = 'UNSUPPORTED_EVENT' as const;
  static because(type: string, schemaVersion: number, problem: string): UnsupportedEventError {
    return new UnsupportedEventError(
      `Không đọc được sự kiện ${type} v${schemaVersion}: ${problem}`,
      `Cannot read event ${type} v${schemaVersion}: ${problem}`,
      { type, schemaVersion, problem },
    );
  }
}
