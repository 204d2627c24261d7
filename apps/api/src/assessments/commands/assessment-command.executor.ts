import { Injectable } from '@nestjs/common';
import {
  assessmentStreamId,
  decideAssessment,
  formatQuarter,
  isDomainError,
  parseQuarter,
  parseUnitCode,
  UnitNotFoundError,
  type AssessmentCommand,
  type AssessmentEventType,
  type AssessmentState,
  type CommandEnvelope,
  type OpenedAssessment,
} from '@dti/domain';
import type { StreamCommandResult } from '../../command-handling/execute-on-stream';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { CriterionConflictError } from '../errors/criterion-conflict.error';
import { criterionView } from '../queries/assessment-view';
import { assessmentFactsFor, type AssessmentFacts } from '../streams/assessment-facts';
import { ASSESSMENT_FOLD } from '../streams/assessment-folds';
import { AssessmentStreamReader } from '../streams/assessment-stream.reader';

export interface AssessmentCommandRequest {
  unit: string;
  period: string;
  envelope: CommandEnvelope;
  /** Builds the domain command from the state it will be decided on and the facts about it. */
  build(input: { state: AssessmentState; facts: AssessmentFacts }): AssessmentCommand;
  /** The criterion the command is about, to show its current state when the command is refused as a conflict. */
  criterionOf?(state: OpenedAssessment): string | null;
}

export type AssessmentCommandOutcome = StreamCommandResult<AssessmentState, AssessmentEventType> & {
  unit: string;
  period: string;
};

/**
 * Runs one assessment command through the shared plumbing (executeOnStream: load, decide, append with
 * the expected revision, decide again on a lost race). On each attempt it gathers the facts afresh —
 * the unit's block and lifetime from its stream, the catalogue version from the assessment — so a
 * command decided again after a race is checked against what won. A refusal that is a conflict with
 * the current state carries the criterion as it now stands.
 */
@Injectable()
export class AssessmentCommandExecutor {
  constructor(
    private readonly streams: StreamCommandExecutor,
    private readonly reader: AssessmentStreamReader,
  ) {}

  async execute(request: AssessmentCommandRequest): Promise<AssessmentCommandOutcome> {
    const unit = parseUnitCode(request.unit);
    const period = formatQuarter(parseQuarter(request.period));
    const result = await this.streams.executeOnStream(
      assessmentStreamId(unit, period),
      ASSESSMENT_FOLD,
      async (state) => {
        const unitState = await this.reader.loadUnit(unit);
        if (unitState.status !== 'registered') throw UnitNotFoundError.because(unit);
        const facts = assessmentFactsFor({ unit, period, unitState, assessmentState: state });
        try {
          return decideAssessment(request.build({ state, facts }), state);
        } catch (error) {
          if (!isDomainError(error) || error.kind !== 'conflict' || state.status === 'not_opened') throw error;
          const criterion = request.criterionOf?.(state) ?? null;
          if (criterion === null) throw error;
          const view = criterionView(
            { unit: unitState, period, catalogue: facts.catalogue, state, revision: null },
            criterion,
          );
          throw new CriterionConflictError(error, view);
        }
      },
      { envelope: request.envelope },
    );
    return { ...result, unit, period };
  }
}
