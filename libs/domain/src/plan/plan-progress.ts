import { InvalidCommandError } from '../domain-errors';
import { compareCalendarDates, isCalendarDate, type CalendarDate } from '../shared/calendar-date';
import { describeValue, isPlainObject, requireText } from '../shared/command-fields';
import type { Dong, PlanItemKind, PlanTask } from './catalogue/plan.types';

/** Trạng thái nhiệm vụ: chưa triển khai, đang xây dựng, đã ban hành. */
export type TaskStatus = 'not_started' | 'drafting' | 'issued';
export const TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'drafting', 'issued'];
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  not_started: 'Chưa triển khai',
  drafting: 'Đang xây dựng',
  issued: 'Đã ban hành',
};

/** Giai đoạn dự án: chuẩn bị đầu tư, đang triển khai, hoàn thành, dừng. */
export type ProjectPhase = 'preparation' | 'in_progress' | 'completed' | 'stopped';
export const PROJECT_PHASES: readonly ProjectPhase[] = ['preparation', 'in_progress', 'completed', 'stopped'];
export const PROJECT_PHASE_LABELS: Readonly<Record<ProjectPhase, string>> = {
  preparation: 'Chuẩn bị đầu tư',
  in_progress: 'Đang triển khai',
  completed: 'Hoàn thành',
  stopped: 'Dừng',
};

/** A target's measured value: a share, numerator over denominator, exact decimals as text. */
export type TargetProgress = { kind: 'target'; numerator: string; denominator: string };
/** A task's status; a recurring task (with a quantity) also counts what was issued so far. */
export type TaskProgress = {
  kind: 'task';
  status: TaskStatus;
  documentNumber: string | null;
  issuedOn: CalendarDate | null;
  issuedCount: number | null;
};
/** A project's phase, physical progress (%) and money disbursed so far by source (Giải ngân, cumulative, đồng). */
export type ProjectProgress = {
  kind: 'project';
  phase: ProjectPhase;
  physicalPercent: string;
  disbursed: { provincial: Dong; other: Dong };
};
export type PlanProgress = TargetProgress | TaskProgress | ProjectProgress;

const DECIMAL = /^(0|[1-9]\d{0,20})(\.\d{1,6})?$/;
const WHOLE_DONG = /^(0|[1-9]\d{0,17})$/;
const EARLIEST_DOCUMENT: CalendarDate = '2020-01-01';

/** A non-negative exact decimal from a JSON number (a safe one) or text; returned as canonical text. */
function decimal(field: string, value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      throw InvalidCommandError.because(field, `expected a number from 0 to 2^53, got ${describeValue(value)}`);
    }
    value = String(value);
  }
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw InvalidCommandError.because(
      field,
      `expected a non-negative decimal such as 12 or "12.5", got ${describeValue(value)}`,
    );
  }
  return value;
}

function isZero(text: string): boolean {
  return /^0(\.0+)?$/.test(text);
}

/** Compares two canonical non-negative decimals exactly (no floats). */
export function compareDecimals(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  // Stryker disable next-line EqualityOperator: equivalent, `<` and `<=` agree once the lengths differ
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  // Stryker disable next-line EqualityOperator: equivalent, `<` and `<=` agree once the texts differ
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, '0');
  const fb = bf.padEnd(width, '0');
  // Stryker disable next-line EqualityOperator: equivalent, `<` and `<=` agree once the texts differ
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

function dong(field: string, value: unknown): Dong {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isSafeInteger is false for anything but a number
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && WHOLE_DONG.test(value)) return value;
  throw InvalidCommandError.because(
    field,
    `expected whole đồng (a non-negative integer, as text beyond 2^53), got ${describeValue(value)}`,
  );
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  // Stryker disable next-line ConditionalExpression: equivalent, the allowed values are all strings
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw InvalidCommandError.because(field, `expected one of ${allowed.join(', ')}, got ${describeValue(value)}`);
}

/**
 * Checks the progress a lead agency reports for a row of the plan, by kind. `task` is the plan's row (its
 * quantity makes it recurring); `reportedOn` (the Vietnam date of the command) bounds document dates.
 */
export function validatePlanProgress(
  kind: PlanItemKind,
  raw: unknown,
  context: { task?: PlanTask; reportedOn: CalendarDate },
): PlanProgress {
  if (!isPlainObject(raw))
    throw InvalidCommandError.because('progress', `expected an object, got ${describeValue(raw)}`);
  switch (kind) {
    case 'target': {
      const numerator = decimal('progress.numerator', raw.numerator);
      const denominator = decimal('progress.denominator', raw.denominator);
      if (isZero(denominator)) throw InvalidCommandError.because('progress.denominator', 'must be greater than 0');
      if (compareDecimals(numerator, denominator) > 0) {
        throw InvalidCommandError.because('progress.numerator', 'a share cannot exceed its denominator (100%)');
      }
      return { kind, numerator, denominator };
    }
    case 'task': {
      const status = oneOf('progress.status', raw.status, TASK_STATUSES);
      const recurring = context.task?.quantity != null;
      let issuedCount: number | null = null;
      if (raw.issuedCount !== undefined && raw.issuedCount !== null) {
        if (
          // Stryker disable next-line ConditionalExpression: equivalent, Number.isSafeInteger is false for anything but a number
          typeof raw.issuedCount !== 'number' ||
          !Number.isSafeInteger(raw.issuedCount) ||
          raw.issuedCount < 0 ||
          raw.issuedCount > 100000
        ) {
          throw InvalidCommandError.because(
            'progress.issuedCount',
            `expected a whole number 0–100000, got ${describeValue(raw.issuedCount)}`,
          );
        }
        issuedCount = raw.issuedCount;
      } else if (recurring) {
        throw InvalidCommandError.because(
          'progress.issuedCount',
          'a recurring task reports how many were issued so far',
        );
      }
      const documentNumber =
        raw.documentNumber === undefined || raw.documentNumber === null
          ? null
          : requireText('progress.documentNumber', raw.documentNumber, 100);
      let issuedOn: CalendarDate | null = null;
      if (raw.issuedOn !== undefined && raw.issuedOn !== null) {
        if (!isCalendarDate(raw.issuedOn)) {
          throw InvalidCommandError.because(
            'progress.issuedOn',
            `expected YYYY-MM-DD, got ${describeValue(raw.issuedOn)}`,
          );
        }
        if (
          compareCalendarDates(raw.issuedOn, EARLIEST_DOCUMENT) < 0 ||
          compareCalendarDates(raw.issuedOn, context.reportedOn) > 0
        ) {
          throw InvalidCommandError.because(
            'progress.issuedOn',
            `must be between ${EARLIEST_DOCUMENT} and the day of the report`,
          );
        }
        issuedOn = raw.issuedOn;
      }
      if (status === 'issued' && !recurring && (documentNumber === null || issuedOn === null)) {
        throw InvalidCommandError.because(
          documentNumber === null ? 'progress.documentNumber' : 'progress.issuedOn',
          'an issued document is reported with its number and date (số hiệu, ngày ban hành)',
        );
      }
      return { kind, status, documentNumber, issuedOn, issuedCount };
    }
    case 'project': {
      const phase = oneOf('progress.phase', raw.phase, PROJECT_PHASES);
      const physicalPercent = decimal('progress.physicalPercent', raw.physicalPercent);
      if (compareDecimals(physicalPercent, '100') > 0) {
        throw InvalidCommandError.because('progress.physicalPercent', 'a percentage from 0 to 100');
      }
      if (!isPlainObject(raw.disbursed)) {
        throw InvalidCommandError.because(
          'progress.disbursed',
          `expected {provincial, other}, got ${describeValue(raw.disbursed)}`,
        );
      }
      return {
        kind,
        phase,
        physicalPercent,
        disbursed: {
          provincial: dong('progress.disbursed.provincial', raw.disbursed.provincial),
          other: dong('progress.disbursed.other', raw.disbursed.other),
        },
      };
    }
  }
}
