/**
 * Turns abstract workflow steps into a valid assessment stream, through the real decider: for the fold's
 * equivalence spec (steps from fast-check) and its measurement (steps from a seeded generator). Test-only.
 */
import { ScoringError } from '@dti/scoring';
import { DomainError } from '../src/domain-errors';
import type { AssessmentCommand } from '../src/assessment/assessment.commands';
import { decideAssessment } from '../src/assessment/assessment.decider';
import { referenceEvolveAssessment } from './assessment.evolve.reference';
import type { AssessmentEventWithMetadata, AssessmentState } from '../src/assessment/assessment.state';
import {
  approve,
  declareNotApplicable,
  finalize,
  leadReviewerHoa,
  reject,
  reopen,
  reviewerMinh,
  reviewerThu,
  submitFigures,
  submitterHai,
  submitterLan,
  withdraw,
} from './assessment.test-kit';

// The scored criteria for departments that score the figures below (counts a ≤ b), and two groups.
export const STREAM_CRITERIA = ['3.1.1', '3.2.1', '2.3', '3.2'] as const;

export type WorkflowStep =
  | { kind: 'submit'; criterion: number; byHai: boolean; notApplicable: boolean; value: number }
  | { kind: 'approve' | 'reject' | 'withdraw'; criterion: number; other: boolean }
  /** A review of some earlier submission, mostly refused (stale, reviewed, withdrawn). */
  | { kind: 'reviewOld'; pick: number }
  | { kind: 'finalize' | 'reopen' }
  /** The previous command again, same commandId: the decider answers nothing new. */
  | { kind: 'retry' };

export interface GeneratedStream {
  /** As stored and read back: each event carries its command's id (when `withMetadata` says so). */
  events: AssessmentEventWithMetadata[];
  /** Steps the decider refused (a refused command appends nothing). */
  refused: number;
}

/**
 * Plays the steps as a command handler would (fold with the reference, decide, keep the events), so
 * the stream is one the real workflow can produce. `withMetadata(i)` says whether the i-th event keeps
 * its commandId (stored events do; freshly decided ones do not).
 */
export function generateStream(
  steps: readonly WorkflowStep[],
  withMetadata: (index: number) => boolean = () => true,
  criteria: readonly string[] = STREAM_CRITERIA,
): GeneratedStream {
  const events: AssessmentEventWithMetadata[] = [];
  let state: AssessmentState = { status: 'not_opened' };
  let previous: AssessmentCommand | null = null;
  let refused = 0;
  let counter = 0;
  const play = (command: AssessmentCommand): void => {
    let decided;
    try {
      decided = decideAssessment(command, state);
    } catch (error) {
      // The decider refuses a workflow rule (DomainError) or figures the scoring engine cannot score.
      if (!(error instanceof DomainError) && !(error instanceof ScoringError)) throw error;
      refused += 1;
      return;
    }
    previous = command;
    for (const event of decided) {
      const stored: AssessmentEventWithMetadata = withMetadata(events.length)
        ? { ...event, metadata: { commandId: command.metadata.commandId } }
        : event;
      events.push(stored);
      state = referenceEvolveAssessment(state, stored);
    }
  };
  for (const step of steps) {
    // `play` reassigns `state`; read it afresh rather than as narrowed at its declaration.
    const now = state as AssessmentState;
    if (step.kind === 'finalize' && now.status !== 'not_opened') {
      // Closing the quarter: the reviewer clears what waits for review first, as a real one would.
      const waiting = Object.values(now.criteria).flatMap((r) => (r.pending === null ? [] : [r.pending]));
      for (const pending of waiting) play(approve(reviewerMinh, pending));
    }
    const command = commandFor(step, state, previous, criteria, () => `g${(counter += 1)}`);
    if (command !== null) play(command);
  }
  return { events, refused };
}

function commandFor(
  step: WorkflowStep,
  state: AssessmentState,
  previous: AssessmentCommand | null,
  criteria: readonly string[],
  nextId: () => string,
): AssessmentCommand | null {
  const opened = state.status === 'not_opened' ? null : state;
  switch (step.kind) {
    case 'submit': {
      const criterion = criteria[step.criterion % criteria.length];
      const official = opened?.criteria[criterion]?.official ?? null;
      const correction = official === null ? {} : { corrects: official.submissionId };
      const actor = step.byHai ? submitterHai : submitterLan;
      if (step.notApplicable) {
        return declareNotApplicable(actor, { submissionId: nextId(), criterion, ...correction });
      }
      return submitFigures(actor, {
        submissionId: nextId(),
        criterion,
        inputs: { a: step.value, b: step.value + 3 },
        ...(official === null ? {} : { ...correction, reason: `Đính chính số liệu lần ${step.value}` }),
      });
    }
    case 'approve':
    case 'reject':
    case 'withdraw': {
      // A reviewer works on what waits for review.
      const waiting = opened === null ? [] : Object.values(opened.criteria).filter((r) => r.pending !== null);
      const pending = waiting.length === 0 ? null : waiting[step.criterion % waiting.length].pending;
      if (pending === null) return null;
      if (step.kind === 'withdraw') {
        const owner = opened?.submissions[pending]?.submittedBy === submitterHai.username ? submitterHai : submitterLan;
        return withdraw(owner, pending);
      }
      const reviewer = step.other ? reviewerThu : reviewerMinh;
      return step.kind === 'approve'
        ? approve(reviewer, pending, step.other ? 'Đạt yêu cầu' : undefined)
        : reject(reviewer, pending, 'Thiếu minh chứng');
    }
    case 'reviewOld': {
      const ids = opened === null ? [] : Object.keys(opened.submissions);
      if (ids.length === 0) return null;
      return approve(reviewerMinh, ids[step.pick % ids.length]);
    }
    case 'finalize':
      return finalize(reviewerMinh);
    case 'reopen':
      return reopen(leadReviewerHoa, 'Mở lại để đính chính');
    case 'retry':
      return previous;
    default:
      return step satisfies never;
  }
}

/**
 * `count` criterion codes (11.1.1, 11.1.2, …), as many as a real catalogue holds; outside tth-2020, so the
 * scoring engine scores none of them (the test kit gives their facts) and every figure is accepted.
 */
export function criterionCodes(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${11 + Math.floor(i / 25)}.${1 + Math.floor((i % 25) / 5)}.${1 + (i % 5)}`,
  );
}

/** A deterministic step sequence of a busy quarter (many review rounds), for measurements. */
export function busyQuarterSteps(count: number, criteria: number, seed = 42): WorkflowStep[] {
  let x = seed;
  const random = (n: number): number => {
    // xorshift32: reproducible without a dependency.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const steps: WorkflowStep[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = random(100);
    const criterion = random(criteria);
    if (roll < 45) {
      steps.push({ kind: 'submit', criterion, byHai: random(2) === 0, notApplicable: random(10) === 0, value: i });
    } else if (roll < 70) steps.push({ kind: 'approve', criterion, other: random(2) === 0 });
    else if (roll < 88) steps.push({ kind: 'reject', criterion, other: random(2) === 0 });
    else if (roll < 93) steps.push({ kind: 'withdraw', criterion, other: false });
    else if (roll < 98) steps.push({ kind: 'retry' });
    else if (random(3) === 0) steps.push({ kind: 'finalize' });
    else steps.push({ kind: 'reopen' });
  }
  return steps;
}
