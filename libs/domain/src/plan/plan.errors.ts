import { DomainError } from '../domain-errors';

/** The plan's own refusals; their codes and HTTP kinds are in DOMAIN_ERROR_KINDS with the others. */

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
