import { Inject, Injectable } from '@nestjs/common';
import { catalogueIndex, getCatalogue, isLeaf } from '@dti/catalogue';
import { handleCommand, readState, type CommandResult } from '@dti/command-handling';
import {
  actorFromEnvelope,
  assessmentContextFor,
  assessmentDecider,
  assessmentStreamId,
  evidenceFileDecider,
  evidenceStreamId,
  formatQuarter,
  isDomainError,
  maySubmitFor,
  parseQuarter,
  parseUnitCode,
  requireSubmitFor,
  UnitNotFoundError,
  unitsOfEvidenceFile,
  unitDecider,
  unitStreamId,
  type AssessmentCommand,
  type AssessmentEventWithMetadata,
  type AssessmentState,
  type CommandEnvelope,
  type CriterionFacts,
  type EvidenceInput,
  type UnitState,
} from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { SHA256_HEX } from '@dti/evidence-store';
import { RequestValidationError } from '@dti/platform';
import { scoreCriterion, ScoringError } from '@dti/scoring';
import { OwnWrites } from '../command-handling/own-writes';
import { EvidenceFileNotUploadedError } from '../evidence/evidence.errors';
import { CriterionConflictError } from './errors/criterion-conflict.error';
import { criterionView } from './queries/assessment-view';

/** An assessment command as a route builds it; the assessment's facts (unit, catalogue) are added per attempt. */
export type AssessmentCommandDraft = AssessmentCommand extends infer C
  ? C extends AssessmentCommand
    ? { type: C['type']; data: Omit<C['data'], keyof CriterionFacts> }
    : never
  : never;

export type AssessmentCommandOutcome = CommandResult<AssessmentEventWithMetadata, AssessmentState> & {
  unit: string;
  period: string;
};

/** The states a command was last decided on, to show the criterion when it is refused as a conflict. */
interface DecidedOn {
  state: AssessmentState;
  unitState: Extract<UnitState, { status: 'registered' }>;
}

/**
 * Runs one assessment command: checks the files it cites, then handleCommand (read the assessment's stream,
 * fold, decide, append with the expected revision, decide again after a lost race, answer a retried command
 * once). On every attempt the command is completed with the facts it is decided on, read afresh: the unit's
 * block and lifetime from its stream, the catalogue version from the assessment. A refusal that conflicts
 * with the current state carries the criterion as it now stands.
 */
@Injectable()
export class AssessmentCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ownWrites: OwnWrites,
  ) {}

  async handle(
    rawUnit: string,
    rawPeriod: string,
    draft: AssessmentCommandDraft,
    envelope: CommandEnvelope,
  ): Promise<AssessmentCommandOutcome> {
    const unit = parseUnitCode(rawUnit);
    const period = formatQuarter(parseQuarter(rawPeriod));
    const streamId = assessmentStreamId(unit, period);
    // Cited files must have been uploaded for the unit (422 naming the item); asked only of whoever may
    // report for it, so another unit's submitter still gets the domain's 403 first.
    if ('evidence' in draft.data && maySubmitFor(actorFromEnvelope(envelope), unit)) {
      await this.requireCitable(unit, draft.data.evidence);
    }
    let seen: bigint | null = null;
    let decidedOn: DecidedOn | null = null;
    try {
      const result = await handleCommand(
        this.store,
        streamId,
        assessmentDecider,
        async (state): Promise<AssessmentCommand> => {
          const unitState = (await readState(this.store, unitStreamId(unit), unitDecider)).state;
          if (unitState.status !== 'registered') throw UnitNotFoundError.because(unit);
          decidedOn = { state, unitState };
          const assessment = assessmentContextFor({ unit, period, unitState, assessmentState: state });
          return withFacts(draft, { assessment, metadata: envelope });
        },
        { envelope, onRead: (revision) => (seen = max(seen, revision)) },
      );
      seen = max(seen, result.revision);
      return { ...result, unit, period };
    } catch (error) {
      throw asCriterionConflict(error, draft, decidedOn, period);
    } finally {
      // What the command saw counts as well as what it wrote: after a refusal (a newer submission won),
      // the actor's next read reflects at least the state that refused them.
      this.ownWrites.record(envelope.actor, streamId, seen);
    }
  }

  /** Every file hash the command cites must have been uploaded for the unit: else 422 naming the item. */
  private async requireCitable(unit: string, evidence: readonly EvidenceInput[] | undefined): Promise<void> {
    for (const [index, item] of (evidence ?? []).entries()) {
      if (typeof item.sha256 !== 'string' || !SHA256_HEX.test(item.sha256.toLowerCase())) continue; // the domain says why
      const sha256 = item.sha256.toLowerCase();
      const { state } = await readState(this.store, evidenceStreamId(sha256), evidenceFileDecider);
      if (!unitsOfEvidenceFile(state).includes(unit)) {
        throw new EvidenceFileNotUploadedError(`evidence[${index}].sha256`, index, sha256, unit);
      }
    }
  }
}

/**
 * The draft with the assessment's facts. For figures and "not applicable": whether the criterion is a
 * scored one of the catalogue version and applies to the unit's block, and, for figures, whether the
 * scoring engine can score them (who may report for the unit is answered first: 403 before 400).
 */
function withFacts(
  draft: AssessmentCommandDraft,
  base: Pick<AssessmentCommand, 'assessment' | 'metadata'>,
): AssessmentCommand {
  if (draft.type !== 'SubmitFigures' && draft.type !== 'DeclareNotApplicable') {
    return { ...draft, ...base } as AssessmentCommand;
  }
  const catalogue = getCatalogue(base.assessment.catalogueId);
  const entry = catalogueIndex(catalogue).get(draft.data.criterion);
  const criterionExists = entry !== undefined && isLeaf(entry.node);
  const criterionAppliesToBlock = criterionExists && entry.appliesTo.includes(base.assessment.unitBlock);
  if (draft.type === 'SubmitFigures' && criterionAppliesToBlock) {
    requireSubmitFor(actorFromEnvelope(base.metadata), base.assessment.unit);
    requireScorable(() => scoreCriterion(catalogue, draft.data.criterion, draft.data.inputs));
  }
  return { ...draft, ...base, data: { ...draft.data, criterionExists, criterionAppliesToBlock } } as AssessmentCommand;
}

/** Figures the engine cannot score: 400 whose `errors[]` carries the engine's code and names the input. */
function requireScorable(score: () => unknown): void {
  try {
    score();
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    const field = error.input === undefined ? 'inputs' : `inputs.${error.input}`;
    throw new RequestValidationError([{ field, message: error.message, code: error.code }]);
  }
}

/** A domain conflict about a criterion answers with the criterion as it stands now. */
function asCriterionConflict(
  error: unknown,
  draft: AssessmentCommandDraft,
  decidedOn: DecidedOn | null,
  period: string,
): unknown {
  if (!isDomainError(error) || error.kind !== 'conflict' || decidedOn === null) return error;
  const { state, unitState } = decidedOn;
  if (state.status === 'not_opened') return error;
  const criterion =
    'criterion' in draft.data
      ? draft.data.criterion
      : 'submissionId' in draft.data
        ? (state.submissions[draft.data.submissionId]?.criterion ?? null)
        : null;
  if (criterion === null) return error;
  const catalogue = getCatalogue(state.catalogueId);
  return new CriterionConflictError(
    error,
    criterionView({ unit: unitState, period, catalogue, state, revision: null }, criterion),
  );
}

function max(a: bigint | null, b: bigint | null): bigint | null {
  return a === null || (b !== null && b > a) ? b : a;
}
