import { Inject, Injectable } from '@nestjs/common';
import { getCatalogue } from '@dti/catalogue';
import { FoldCache, handleCommand, type CommandResult } from '@dti/command-handling';
import {
  actorFromEnvelope,
  assessmentCommandFor,
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
  UnitNotFoundError,
  unitsOfEvidenceFile,
  unitDecider,
  unitStreamId,
  type AssessmentCommand,
  type AssessmentEventWithMetadata,
  type AssessmentState,
  type CommandEnvelope,
  type AssessmentCommandDraft,
  type EvidenceInput,
  type UnitState,
} from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { SHA256_HEX } from '@dti/evidence-store';
import { RequestValidationError } from '@dti/platform';
import { ScoringError } from '@dti/scoring';
import { OwnWrites } from '../command-handling/own-writes';
import { EvidenceFileNotUploadedError } from '../evidence/evidence.errors';
import { CriterionConflictError } from './errors/criterion-conflict.error';
import { criterionView } from './queries/assessment-view';

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
    private readonly folds: FoldCache,
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
    let decidedOn: DecidedOn | null = null;
    const commandOn = async (state: AssessmentState): Promise<AssessmentCommand> => {
      const unitState = (await this.folds.read(this.store, unitStreamId(unit), unitDecider)).state;
      if (unitState.status !== 'registered') throw UnitNotFoundError.because(unit);
      decidedOn = { state, unitState };
      const assessment = assessmentContextFor({ unit, period, unitState, assessmentState: state });
      return assessmentCommandFor(draft, { assessment, metadata: envelope });
    };
    try {
      const result = await this.ownWrites.recording(envelope.actor, streamId, (onRead) =>
        handleCommand(this.store, streamId, assessmentDecider, commandOn, { envelope, onRead, cache: this.folds }),
      );
      return { ...result, unit, period };
    } catch (error) {
      throw asValidationError(asCriterionConflict(error, draft, decidedOn, period));
    }
  }

  /** Every file hash the command cites must have been uploaded for the unit: else 422 naming the item. */
  private async requireCitable(unit: string, evidence: readonly EvidenceInput[] | undefined): Promise<void> {
    for (const [index, item] of (evidence ?? []).entries()) {
      if (typeof item.sha256 !== 'string' || !SHA256_HEX.test(item.sha256.toLowerCase())) continue; // the domain says why
      const sha256 = item.sha256.toLowerCase();
      const { state } = await this.folds.read(this.store, evidenceStreamId(sha256), evidenceFileDecider);
      if (!unitsOfEvidenceFile(state).includes(unit)) {
        throw new EvidenceFileNotUploadedError(`evidence[${index}].sha256`, index, sha256, unit);
      }
    }
  }
}

/** Figures the engine cannot score: 400 whose `errors[]` carries the engine's code and names the input. */
function asValidationError(error: unknown): unknown {
  if (!(error instanceof ScoringError)) return error;
  const field = error.input === undefined ? 'inputs' : `inputs.${error.input}`;
  return new RequestValidationError([{ field, message: error.message, code: error.code }]);
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
