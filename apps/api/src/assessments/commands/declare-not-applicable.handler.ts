import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actorFromEnvelope, maySubmitFor } from '@dti/domain';
import { EvidenceCatalog } from '../../evidence/evidence-catalog';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import { evidenceInputsOf } from '../dto/evidence.dto';
import { criterionFactsFor } from '../streams/assessment-facts';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { submissionAccepted } from './command-responses';
import { DeclareNotApplicableCommand } from './declare-not-applicable.command';
import { submissionIdFor } from './submission-id';

@CommandHandler(DeclareNotApplicableCommand)
export class DeclareNotApplicableHandler implements ICommandHandler<
  DeclareNotApplicableCommand,
  SubmissionAcceptedResponse
> {
  constructor(
    private readonly executor: AssessmentCommandExecutor,
    private readonly evidence: EvidenceCatalog,
  ) {}

  async execute(command: DeclareNotApplicableCommand): Promise<SubmissionAcceptedResponse> {
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
      build: ({ facts }) => ({
        type: 'DeclareNotApplicable',
        metadata: envelope,
        assessment: facts.assessment,
        data: {
          ...criterionFactsFor(facts, criterion),
          submissionId,
          criterion,
          reason: body.reason,
          evidence: evidenceInputsOf(body.evidence),
          corrects: body.corrects ?? null,
        },
      }),
    });
    return submissionAccepted(outcome, envelope, submissionId, 'pending');
  }
}
