import type { Catalogue, CatalogueNode } from '@dti/catalogue';
import { scoreCriterion, ScoringError } from '@dti/scoring';
import {
  assessmentStreamId,
  decideAssessment,
  evolveAssessment,
  formatQuarter,
  initialAssessmentState,
  quarterStart,
  toNewEvents,
  vietnamDateOf,
  type AssessmentCommand,
  type AssessmentContext,
  type AssessmentState,
  type CommandEnvelope,
  type CriterionInputs,
  type EvidenceInput,
  type NewEventShape,
  type Quarter,
  type Role,
  type UnitBlock,
} from '@dti/domain';
import { figuresFor } from './criterion-figures';
import type { SeededRandom } from './seeded-random';
import {
  CORRECTION_REASONS,
  NOT_APPLICABLE_REASONS,
  REJECTION_REASONS,
  REOPEN_REASONS,
  REVIEW_NOTES,
  SIGNERS,
} from './vietnamese-texts';

export interface ScriptedUnit {
  code: string;
  block: UnitBlock;
  /** 0–1: how far the unit had come in the first quarter; it improves each quarter. */
  maturity: number;
}

export interface AssessmentScriptOptions {
  unit: ScriptedUnit;
  quarter: Quarter;
  /** Position of the quarter in the run (0 = first), for the unit's progress over time. */
  quarterIndex: number;
  catalogue: Catalogue;
  /** The criteria of the catalogue that apply to the unit's block. */
  criteria: readonly CatalogueNode[];
  /** Mean review rounds per criterion (a round is a submission and its review: two events). */
  meanRounds: number;
  /** The quarter still in review: no finalization, and some criteria stop mid-way (pending, not yet reported). */
  inProgress: boolean;
  random: SeededRandom;
}

/** One command's events, as the command path would append them. */
export interface ScriptedCommand {
  type: AssessmentCommand['type'];
  events: NewEventShape[];
}

export interface AssessmentScript {
  streamId: string;
  commands: ScriptedCommand[];
  eventCount: number;
  /** Figures the scoring engine refused and that were drawn again (0 unless the figure rules drift). */
  redrawnFigures: number;
}

type Step =
  | 'submit'
  | 'resubmit-before-review'
  | 'declare-not-applicable'
  | 'withdraw'
  | 'reject'
  | 'approve'
  | 'correct'
  | 'correct-to-not-applicable';

interface CriterionTrack {
  node: CatalogueNode;
  steps: Step[];
  pending: string | null;
  official: string | null;
}

/**
 * One unit-quarter's assessment, played through the REAL decider: every command is decided on the state
 * folded from the events before it, and the decided events wrapped by `toNewEvents`, exactly as the API's
 * command handlers do (minus the HTTP and the stream read). A script the domain refuses throws: the bench
 * never stores events the system could not have produced. Criteria interleave as they do in a real quarter:
 * each next command picks a random criterion that still has work.
 */
export function scriptAssessment(options: AssessmentScriptOptions): AssessmentScript {
  const { unit, quarter, random, catalogue } = options;
  const period = formatQuarter(quarter);
  const streamId = assessmentStreamId(unit.code, period);
  const context: AssessmentContext = {
    unit: unit.code,
    period,
    unitBlock: unit.block,
    unitActive: true,
    catalogueId: catalogue.id,
  };
  const maturity = Math.min(1, unit.maturity + options.quarterIndex * 0.025);
  const tracks = options.criteria.map((node) => planCriterion(node, options.meanRounds, options.inProgress, random));
  const totalSteps = tracks.reduce((sum, track) => sum + track.steps.length, 0);
  const start = quarterStart(quarter).getTime();
  const evidenceDate = vietnamDateOf(new Date(start + 10 * DAY));
  const submitter: Actor = { username: `sub-${unit.code.toLowerCase()}`, role: 'submitter', unit: unit.code };

  let state: AssessmentState = initialAssessmentState;
  const commands: ScriptedCommand[] = [];
  let eventCount = 0;
  let redrawnFigures = 0;
  let sequence = 0;
  const nextAt = (): string => {
    // Business time runs from day 15 to day 95 of the quarter, about evenly over the commands.
    sequence += 1;
    return new Date(start + 15 * DAY + Math.floor((sequence / (totalSteps + 8)) * 80 * DAY)).toISOString();
  };
  const run = (build: (metadata: CommandEnvelope) => AssessmentCommand, actor: Actor): void => {
    const metadata: CommandEnvelope = {
      commandId: random.uuid(),
      correlationId: random.uuid(),
      actor: actor.username,
      role: actor.role,
      actorUnit: actor.unit,
      occurredAt: nextAt(),
    };
    const command = build(metadata);
    const decided = decideAssessment(command, state);
    for (const event of decided)
      state = evolveAssessment(state, { ...event, metadata: { commandId: metadata.commandId } });
    const events = toNewEvents(streamId, decided, metadata);
    commands.push({ type: command.type, events });
    eventCount += events.length;
  };
  const reviewer = (): Actor => ({ username: random.pick(REVIEWERS), role: 'reviewer', unit: null });
  const evidence = (criterion: string): EvidenceInput[] => [
    {
      documentNumber: `${random.int(1, 480)}/BC-${unit.code}`,
      documentDate: evidenceDate,
      signer: random.pick(SIGNERS),
      url: `https://${unit.code.toLowerCase()}.thuathienhue.gov.vn/van-ban/${period}/${criterion}.pdf`,
    },
  ];
  const figures = (node: CatalogueNode): CriterionInputs => {
    // The API refuses figures the scoring engine cannot score (requireScorableInputs); so does the bench.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const inputs = figuresFor(node, random, maturity);
      try {
        scoreCriterion(catalogue, node.code, inputs);
        return inputs;
      } catch (error) {
        if (!(error instanceof ScoringError)) throw error;
        redrawnFigures += 1;
      }
    }
    throw new Error(`The bench could not draw scorable figures for criterion ${node.code}`);
  };
  const submission = (track: CriterionTrack, kind: 'figures' | 'not_applicable', corrects: string | null): void => {
    const submissionId = `sub-${random.uuid()}`;
    const criterion = track.node.code;
    const facts = { criterionExists: true, criterionAppliesToBlock: true };
    if (kind === 'figures') {
      run(
        (metadata) => ({
          type: 'SubmitFigures',
          metadata,
          assessment: context,
          data: {
            ...facts,
            submissionId,
            criterion,
            inputs: figures(track.node),
            evidence: evidence(criterion),
            corrects,
            reason: corrects === null ? null : random.pick(CORRECTION_REASONS),
          },
        }),
        submitter,
      );
    } else {
      run(
        (metadata) => ({
          type: 'DeclareNotApplicable',
          metadata,
          assessment: context,
          data: { ...facts, submissionId, criterion, reason: random.pick(NOT_APPLICABLE_REASONS), corrects },
        }),
        submitter,
      );
    }
    track.pending = submissionId;
  };
  const review = (track: CriterionTrack, decision: 'approve' | 'reject'): void => {
    const submissionId = requirePending(track);
    if (decision === 'approve') {
      run(
        (metadata) => ({
          type: 'ApproveSubmission',
          metadata,
          assessment: context,
          data: { submissionId, note: random.chance(0.2) ? random.pick(REVIEW_NOTES) : null },
        }),
        reviewer(),
      );
      track.official = submissionId;
    } else {
      run(
        (metadata) => ({
          type: 'RejectSubmission',
          metadata,
          assessment: context,
          data: { submissionId, reason: random.pick(REJECTION_REASONS) },
        }),
        reviewer(),
      );
    }
    track.pending = null;
  };

  const perform = (track: CriterionTrack, step: Step): void => {
    switch (step) {
      case 'submit':
      case 'resubmit-before-review':
        return submission(track, 'figures', null);
      case 'declare-not-applicable':
        return submission(track, 'not_applicable', null);
      case 'correct':
        return submission(track, 'figures', track.official);
      case 'correct-to-not-applicable':
        return submission(track, 'not_applicable', track.official);
      case 'withdraw': {
        const submissionId = requirePending(track);
        run(
          (metadata) => ({ type: 'WithdrawSubmission', metadata, assessment: context, data: { submissionId } }),
          submitter,
        );
        track.pending = null;
        return;
      }
      case 'approve':
      case 'reject':
        return review(track, step);
      default: {
        const unknownStep: never = step;
        throw new Error(`Unknown step ${String(unknownStep)}`);
      }
    }
  };

  const open = tracks.filter((track) => track.steps.length > 0);
  while (open.length > 0) {
    const index = random.int(0, open.length - 1);
    const track = open[index];
    perform(track, track.steps.shift() as Step);
    if (track.steps.length === 0) open.splice(index, 1);
  }

  if (!options.inProgress) {
    const finalizer = reviewer();
    run((metadata) => ({ type: 'FinalizeReport', metadata, assessment: context, data: {} }), finalizer);
    // Some reports are reopened by a lead reviewer (an inspection found an error), corrected and finalized again.
    if (random.chance(0.15)) {
      run(
        (metadata) => ({
          type: 'ReopenReport',
          metadata,
          assessment: context,
          data: { reason: random.pick(REOPEN_REASONS) },
        }),
        LEAD,
      );
      const corrected = tracks.filter((track) => track.official !== null && random.chance(0.04));
      for (const track of corrected.length > 0 ? corrected : tracks.filter((t) => t.official !== null).slice(0, 1)) {
        perform(track, 'correct');
        perform(track, 'approve');
      }
      run((metadata) => ({ type: 'FinalizeReport', metadata, assessment: context, data: {} }), finalizer);
    }
  }
  return { streamId, commands, eventCount, redrawnFigures };
}

interface Actor {
  username: string;
  role: Role;
  unit: string | null;
}

const DAY = 86_400_000;
const REVIEWERS = ['reviewer', 'reviewer2'] as const;
const LEAD: Actor = { username: 'lead', role: 'lead_reviewer', unit: null };

function requirePending(track: CriterionTrack): string {
  if (track.pending === null) throw new Error(`Bench script bug: criterion ${track.node.code} has nothing pending`);
  return track.pending;
}

/**
 * The life of one criterion in the quarter, as steps. `rounds` (at least 1) is how many submissions are
 * reviewed: the first ones are rejected, then one is approved, and the rest are corrections of the approved
 * value (most approved, some rejected). A few criteria are declared not applicable instead; a few
 * submissions are replaced before review or withdrawn.
 */
function planCriterion(
  node: CatalogueNode,
  meanRounds: number,
  inProgress: boolean,
  random: SeededRandom,
): CriterionTrack {
  const rounds = 1 + random.poisson(Math.max(0, meanRounds - 1));
  const steps: Step[] = [];
  const notApplicable = random.chance(0.04);
  const rejections = Math.min(rounds - 1, Math.round((rounds - 1) * (0.25 + random.next() * 0.3)));
  for (let i = 0; i < rejections; i += 1) {
    steps.push(notApplicable ? 'declare-not-applicable' : 'submit');
    if (random.chance(0.08)) steps.push('resubmit-before-review');
    steps.push(random.chance(0.05) ? 'withdraw' : 'reject');
  }
  steps.push(notApplicable ? 'declare-not-applicable' : 'submit', 'approve');
  for (let i = rejections + 1; i < rounds; i += 1) {
    steps.push(random.chance(0.01) ? 'correct-to-not-applicable' : 'correct');
    steps.push(random.chance(0.2) ? 'reject' : 'approve');
  }
  // The quarter in review: a tenth of the criteria are not reported yet, the rest stop anywhere (often pending).
  if (inProgress) {
    if (random.chance(0.1)) steps.length = 0;
    else steps.length = random.int(Math.max(1, steps.length - 4), steps.length);
  }
  return { node, steps, pending: null, official: null };
}
