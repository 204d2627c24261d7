import type { CommandEnvelope } from '@dti/domain';
import type {
  CommandAcceptedResponse,
  ReportAcceptedResponse,
  SubmissionAcceptedResponse,
} from '../dto/command-accepted.response';
import type { AssessmentCommandOutcome } from '../assessment-commands';

/**
 * Only what the command and its stored events determine, so a retry with the same Idempotency-Key
 * (answered from the events the first attempt stored) answers exactly the same.
 */
export function commandAccepted(outcome: AssessmentCommandOutcome, envelope: CommandEnvelope): CommandAcceptedResponse {
  return {
    unit: outcome.unit,
    period: outcome.period,
    commandId: envelope.commandId,
    events: outcome.events.map((event) => event.type),
    revision: outcome.revision === null ? '-1' : outcome.revision.toString(),
  };
}

export function submissionAccepted(
  outcome: AssessmentCommandOutcome,
  envelope: CommandEnvelope,
  submissionId: string,
  status: NonNullable<SubmissionAcceptedResponse['status']>,
): SubmissionAcceptedResponse {
  const criterion = outcome.events
    .map((event) => ('criterion' in event.data ? event.data.criterion : undefined))
    .find((code) => code !== undefined);
  return {
    ...commandAccepted(outcome, envelope),
    submissionId,
    ...(criterion === undefined ? {} : { criterion }),
    status,
  };
}

export function reportAccepted(
  outcome: AssessmentCommandOutcome,
  envelope: CommandEnvelope,
  status: ReportAcceptedResponse['status'],
): ReportAcceptedResponse {
  const version = outcome.events
    .map((event) => ('version' in event.data ? event.data.version : undefined))
    .find((v) => v !== undefined);
  return { ...commandAccepted(outcome, envelope), status, version: version ?? 0 };
}
