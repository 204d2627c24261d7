import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actorFromEnvelope, maySubmitFor, requireInputs, requireSubmitFor } from '@dti/domain';
import { EvidenceCatalog } from '../../evidence/evidence-catalog';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import { evidenceInputsOf } from '../dto/evidence.dto';
import { criterionFactsFor } from '../streams/assessment-facts';
import { requireScorableInputs } from '../streams/criterion-inputs.validation';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { submissionAccepted } from './command-responses';
import { submissionIdFor } from './submission-id';
import { SubmitFiguresCommand } from './submit-figures.command';

@CommandHandler(SubmitFiguresCommand)
export class SubmitFiguresHandler implements ICommandHandler<SubmitFiguresCommand, SubmissionAcceptedResponse> {
  constructor(
    private readonly executor: AssessmentCommandExecutor,
    private readonly evidence: EvidenceCatalog,
  ) {}

  async execute(command: SubmitFiguresCommand): Promise<SubmissionAcceptedResponse> {
    const { unit, period, criterion, body, envelope } = command;
    const submissionId = submissionIdFor(envelope.commandId);
    // Cited files must have been uploaded for the unit (422 naming the item); asked only of whoever may
    // report for it, so another unit's submitter still gets the domain's 403 first.
    if (maySubmitFor(actorFromEnvelope(envelope), unit)) await this.evidence.requireCitableBy(unit, body.evidence);
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      criterionOf: () => criterion,
      build: ({ facts }) => {
        const criterionFacts = criterionFactsFor(facts, criterion);
        if (criterionFacts.criterionExists && criterionFacts.criterionAppliesToBlock) {
          // Who may report for the unit is answered before whether the figures are right (403 before 400).
          requireSubmitFor(actorFromEnvelope(envelope), facts.assessment.unit);
          requireScorableInputs(facts.catalogue, criterion, body.inputs);
        }
        return {
          type: 'SubmitFigures',
          metadata: envelope,
          assessment: facts.assessment,
          data: {
            ...criterionFacts,
            submissionId,
            criterion,
            inputs: requireInputs('inputs', body.inputs),
            evidence: evidenceInputsOf(body.evidence),
            corrects: body.corrects ?? null,
            reason: body.reason ?? null,
          },
        };
      },
    });
    return submissionAccepted(outcome, envelope, submissionId, 'pending');
  }
}
