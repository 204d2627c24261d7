import { assertNever } from '../shared/decider';
import type { AssessmentEvent } from './assessment.events';
import {
  initialAssessmentState,
  type AssessmentEventWithMetadata,
  type AssessmentState,
  type CriterionRecord,
  type HistoryAction,
  type HistoryEntry,
  type OfficialValue,
  type OpenedAssessment,
  type ReportMilestone,
  type Review,
  type Submission,
} from './assessment.state';

/**
 * How an assessment's events change its state — the one place those rules live.
 *
 * Why a folder rather than a plain `evolve` that copies: a unit-quarter holds ~1,700 events and ~850
 * submissions, and copying the `submissions` record and `handledCommandIds` for every event made every
 * fold quadratic (62% of the rebuild's CPU). The folder changes in place only what it made itself since
 * its last `result()` (copy-on-write), so a whole stream folds in linear time, while every state handed
 * out by `result()` is frozen and never changes afterwards: `evolveAssessment` is a one-event fold and
 * keeps its old contract (the given state is untouched; an event that changes nothing returns it as is).
 */
export class AssessmentFolder {
  private state: AssessmentState;
  // What this folder made since its last result(), and so may change in place.
  private ownsState = false;
  private ownsCriteria = false;
  private ownsSubmissions = false;
  private ownsHandled = false;
  private ownsFinalizations = false;
  private ownsReopenings = false;
  private readonly ownedRecords = new Set<CriterionRecord>();
  /** `handledCommandIds` as a set, for O(1) retries' lookups; built on first need. */
  private handled: Set<string> | null = null;
  private remembered = 0;

  constructor(initial: AssessmentState = initialAssessmentState) {
    this.state = initial;
  }

  /**
   * The state so far, without copying or freezing. Read it before the next `apply` and do not keep it:
   * the folder may change it in place. Keep `result()` instead.
   */
  get current(): AssessmentState {
    return this.state;
  }

  /** Folds one event. */
  apply(event: AssessmentEventWithMetadata): this {
    if (event.type === 'AssessmentOpened') {
      if (this.state.status !== 'not_opened') return this;
      const { unit, unitBlock, period, catalogueId } = event.data;
      this.state = {
        status: 'open',
        unit,
        unitBlock,
        period,
        catalogueId,
        version: 0,
        criteria: {},
        submissions: {},
        finalizations: [],
        reopenings: [],
        handledCommandIds: [],
      };
      this.ownsState = true;
      this.ownsCriteria = true;
      this.ownsSubmissions = true;
      this.ownsHandled = true;
      this.ownsFinalizations = true;
      this.ownsReopenings = true;
      this.ownedRecords.clear();
      this.handled = new Set();
      this.remember(event);
      return this;
    }
    if (this.state.status === 'not_opened') return this;
    this.applyToOpened(event);
    this.remember(event);
    return this;
  }

  /** Folds events in order. */
  applyAll(events: Iterable<AssessmentEventWithMetadata>): this {
    for (const event of events) this.apply(event);
    return this;
  }

  /**
   * The state so far, frozen: it never changes, whatever is folded next (the next change copies what it
   * touches first). The same object as before when nothing changed since the last result().
   */
  result(): AssessmentState {
    const state = this.state;
    // Stryker disable next-line StringLiteral,ConditionalExpression: a not-opened state is never the folder's own (only opening sets ownsState); the status test narrows the type
    if (state.status !== 'not_opened' && this.ownsState) {
      if (this.ownsCriteria) Object.freeze(state.criteria);
      if (this.ownsSubmissions) Object.freeze(state.submissions);
      if (this.ownsHandled) Object.freeze(state.handledCommandIds);
      if (this.ownsFinalizations) Object.freeze(state.finalizations);
      if (this.ownsReopenings) Object.freeze(state.reopenings);
      for (const record of this.ownedRecords) {
        Object.freeze(record.submissionIds);
        Object.freeze(record.history);
        Object.freeze(record);
      }
      Object.freeze(state);
    }
    this.ownsState = false;
    this.ownsCriteria = false;
    this.ownsSubmissions = false;
    this.ownsHandled = false;
    this.ownsFinalizations = false;
    this.ownsReopenings = false;
    this.ownedRecords.clear();
    return state;
  }

  private applyToOpened(event: Exclude<AssessmentEvent, { type: 'AssessmentOpened' }>): void {
    switch (event.type) {
      case 'CriterionSubmitted':
      case 'CorrectionSubmitted': {
        const d = event.data;
        const isCorrection = event.type === 'CorrectionSubmitted';
        this.addSubmission(
          {
            submissionId: d.submissionId,
            criterion: d.criterion,
            kind: 'figures',
            inputs: d.inputs,
            notApplicableReason: null,
            evidence: d.evidence,
            corrects: event.type === 'CorrectionSubmitted' ? event.data.corrects : null,
            correctionReason: event.type === 'CorrectionSubmitted' ? event.data.reason : null,
            supersedes: d.supersedes,
            submittedBy: d.submittedBy,
            submittedAt: d.submittedAt,
            status: 'pending',
            review: null,
            supersededBy: null,
            withdrawnAt: null,
            replacedBy: null,
          },
          isCorrection ? 'correction_submitted' : 'submitted',
        );
        return;
      }
      case 'NotApplicableDeclared': {
        const d = event.data;
        this.addSubmission(
          {
            submissionId: d.submissionId,
            criterion: d.criterion,
            kind: 'not_applicable',
            inputs: null,
            notApplicableReason: d.reason,
            evidence: d.evidence,
            corrects: d.corrects,
            correctionReason: d.corrects === null ? null : d.reason,
            supersedes: d.supersedes,
            submittedBy: d.submittedBy,
            submittedAt: d.submittedAt,
            status: 'pending',
            review: null,
            supersededBy: null,
            withdrawnAt: null,
            replacedBy: null,
          },
          'not_applicable_declared',
        );
        return;
      }
      case 'SubmissionWithdrawn': {
        const d = event.data;
        this.updateSubmission(d.submissionId, (s) => ({ ...s, status: 'withdrawn', withdrawnAt: d.withdrawnAt }));
        const record = this.record(d.criterion);
        if (record.pending === d.submissionId) record.pending = null;
        push(record.history, entry('withdrawn', d.submissionId, d.withdrawnBy, d.withdrawnAt));
        return;
      }
      case 'SubmissionApproved': {
        const d = event.data;
        const review: Review = Object.freeze({
          decision: 'approved',
          reviewer: d.reviewer,
          reviewedAt: d.reviewedAt,
          note: d.note,
          reason: null,
        });
        this.updateSubmission(d.submissionId, (s) => ({ ...s, status: 'approved', review }));
        // Stryker disable next-line ConditionalExpression: updateSubmission(null) finds no submission and changes nothing
        if (d.replaces !== null) this.updateSubmission(d.replaces, (s) => ({ ...s, replacedBy: d.submissionId }));
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: an approval names a submission of its stream (the decider approves a pending one)
        const evidence = this.opened().submissions[d.submissionId]?.evidence ?? [];
        const official: OfficialValue =
          d.kind === 'figures'
            ? {
                kind: 'figures',
                submissionId: d.submissionId,
                inputs: d.inputs ?? {},
                evidence,
                approvedBy: d.reviewer,
                approvedAt: d.reviewedAt,
              }
            : {
                kind: 'not_applicable',
                submissionId: d.submissionId,
                // Stryker disable next-line StringLiteral: a not-applicable approval always carries its reason (the decider copies the declaration's)
                reason: d.notApplicableReason ?? '',
                evidence,
                approvedBy: d.reviewer,
                approvedAt: d.reviewedAt,
              };
        const record = this.record(d.criterion);
        record.official = Object.freeze(official);
        if (record.pending === d.submissionId) record.pending = null;
        push(record.history, entry('approved', d.submissionId, d.reviewer, d.reviewedAt, null, d.note));
        return;
      }
      case 'SubmissionRejected': {
        const d = event.data;
        const review: Review = Object.freeze({
          decision: 'rejected',
          reviewer: d.reviewer,
          reviewedAt: d.reviewedAt,
          note: null,
          reason: d.reason,
        });
        this.updateSubmission(d.submissionId, (s) => ({ ...s, status: 'rejected', review }));
        const record = this.record(d.criterion);
        if (record.pending === d.submissionId) record.pending = null;
        push(record.history, entry('rejected', d.submissionId, d.reviewer, d.reviewedAt, d.reason));
        return;
      }
      case 'ReportFinalized': {
        const d = event.data;
        const state = this.opened();
        state.status = 'finalized';
        state.version = d.version;
        // Stryker disable next-line ConditionalExpression: copying a list the folder already owns only costs time
        if (!this.ownsFinalizations) {
          state.finalizations = [...state.finalizations];
          this.ownsFinalizations = true;
        }
        push(state.finalizations, milestone(d.version, d.finalizedBy, d.finalizedAt, null));
        return;
      }
      case 'ReportReopened': {
        const d = event.data;
        const state = this.opened();
        state.status = 'reopened';
        // Stryker disable next-line ConditionalExpression: copying a list the folder already owns only costs time
        if (!this.ownsReopenings) {
          state.reopenings = [...state.reopenings];
          this.ownsReopenings = true;
        }
        push(state.reopenings, milestone(d.version, d.reopenedBy, d.reopenedAt, d.reason));
        return;
      }
      default:
        return assertNever(event, 'assessment event');
    }
  }

  private addSubmission(submission: Submission, action: HistoryAction): void {
    const { submissionId, criterion, supersedes, submittedBy, submittedAt } = submission;
    this.submissionsForWrite()[submissionId] = Object.freeze(submission);
    // Stryker disable next-line ConditionalExpression: updateSubmission(null) finds no submission and changes nothing
    if (supersedes !== null) {
      this.updateSubmission(supersedes, (s) => ({ ...s, status: 'superseded', supersededBy: submissionId }));
    }
    const record = this.record(criterion);
    record.pending = submissionId;
    push(record.submissionIds, submissionId);
    if (supersedes !== null) push(record.history, entry('superseded', supersedes, submittedBy, submittedAt));
    push(
      record.history,
      entry(
        action,
        submissionId,
        submittedBy,
        submittedAt,
        submission.correctionReason ?? submission.notApplicableReason,
      ),
    );
  }

  /** Submissions are small and replaced whole; only the record holding them is changed in place. */
  private updateSubmission(submissionId: string, change: (s: Submission) => Submission): void {
    const current = this.opened().submissions[submissionId];
    if (current === undefined) return;
    this.submissionsForWrite()[submissionId] = Object.freeze(change(current));
  }

  /** The criterion's record, made this folder's own (copied once, or created) so it can change in place. */
  private record(criterion: string): CriterionRecord {
    const state = this.opened();
    // Stryker disable next-line ConditionalExpression: copying the criteria the folder already owns only costs time
    if (!this.ownsCriteria) {
      state.criteria = { ...state.criteria };
      this.ownsCriteria = true;
    }
    const criteria = state.criteria as Record<string, CriterionRecord>;
    const current = criteria[criterion];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: copying an owned record again only costs time (the copy replaces it)
    if (current !== undefined && this.ownedRecords.has(current)) return current;
    const own: CriterionRecord =
      current === undefined
        ? { criterion, official: null, pending: null, submissionIds: [], history: [] }
        : { ...current, submissionIds: [...current.submissionIds], history: [...current.history] };
    criteria[criterion] = own;
    this.ownedRecords.add(own);
    return own;
  }

  private submissionsForWrite(): Record<string, Submission> {
    const state = this.opened();
    // Stryker disable next-line ConditionalExpression: copying the submissions the folder already owns only costs time
    if (!this.ownsSubmissions) {
      state.submissions = { ...state.submissions };
      this.ownsSubmissions = true;
    }
    return state.submissions as Record<string, Submission>;
  }

  private remember(event: AssessmentEventWithMetadata): void {
    const commandId = event.metadata?.commandId;
    if (typeof commandId !== 'string') return;
    const state = this.opened();
    // One event (evolveAssessment) searches the list once; a fold indexes it on the second event.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the list or the set finds a handled id alike; the choice only costs time
    if (this.handled === null && this.remembered === 0) {
      this.remembered = 1;
      if (state.handledCommandIds.includes(commandId)) return;
    } else {
      this.handled ??= new Set(state.handledCommandIds);
      if (this.handled.has(commandId)) return;
      this.handled.add(commandId);
    }
    // Stryker disable next-line ConditionalExpression: copying a list the folder already owns only costs time
    if (!this.ownsHandled) {
      state.handledCommandIds = [...state.handledCommandIds];
      this.ownsHandled = true;
    }
    push(state.handledCommandIds, commandId);
  }

  /** The opened state as this folder's own top-level object (copied once after each result()). */
  private opened(): OpenedAssessment {
    const state = this.state;
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, apply() calls this only once the state is opened
    if (state.status === 'not_opened') throw new TypeError('AssessmentFolder: the assessment is not opened');
    // Stryker disable next-line ConditionalExpression: copying the top level again only costs time
    if (this.ownsState) return state;
    const own: OpenedAssessment = { ...state };
    this.state = own;
    this.ownsState = true;
    return own;
  }
}

/** Only ever called on arrays this folder owns (made since its last result()). */
function push<T>(list: readonly T[], item: T): void {
  (list as T[]).push(item);
}

function entry(
  action: HistoryAction,
  submissionId: string,
  actor: string,
  at: string,
  reason: string | null = null,
  note: string | null = null,
): HistoryEntry {
  return Object.freeze({ action, submissionId, actor, at, reason, note });
}

function milestone(version: number, by: string, at: string, reason: string | null): ReportMilestone {
  return Object.freeze({ version, by, at, reason });
}

/**
 * Folds one event: a new state, the given one untouched (the same object when the event changes nothing).
 * O(size of the state) per call; to fold a stream, use `foldAssessment` or an `AssessmentFolder`.
 */
export function evolveAssessment(state: AssessmentState, event: AssessmentEventWithMetadata): AssessmentState {
  return new AssessmentFolder(state).apply(event).result();
}

/** Folds a stream's events in linear time; the result is frozen and equal to folding them one by one. */
export function foldAssessment(
  events: Iterable<AssessmentEventWithMetadata>,
  initial: AssessmentState = initialAssessmentState,
): AssessmentState {
  return new AssessmentFolder(initial).applyAll(events).result();
}
