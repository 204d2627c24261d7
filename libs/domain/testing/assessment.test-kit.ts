/**
 * Builders for the assessment specs (given/when/then on the decider). Pure: no test framework here.
 */
import type { Role } from '../src/accounts/role';
import type { CommandEnvelope } from '../src/shared/command-envelope';
import type {
  ApproveSubmission,
  AssessmentCommand,
  AssessmentContext,
  DeclareNotApplicable,
  EvidenceInput,
  FinalizeReport,
  RejectSubmission,
  ReopenReport,
  SubmitFigures,
  WithdrawSubmission,
} from '../src/assessment/assessment.commands';
import { assessmentDecider, decideAssessment } from '../src/assessment/assessment.decider';
import type { AssessmentEvent } from '../src/assessment/assessment.events';
import type { AssessmentState } from '../src/assessment/assessment.state';
import { runCommands } from './run-commands';

export interface TestActor {
  username: string;
  role: Role;
  unit?: string;
}

export const submitterLan: TestActor = { username: 'lan.stttt', role: 'submitter', unit: 'STTTT' };
export const submitterHai: TestActor = { username: 'hai.stttt', role: 'submitter', unit: 'STTTT' };
export const submitterOfSnv: TestActor = { username: 'binh.snv', role: 'submitter', unit: 'SNV' };
export const reviewerMinh: TestActor = { username: 'minh.review', role: 'reviewer' };
export const reviewerThu: TestActor = { username: 'thu.review', role: 'reviewer' };
export const leadReviewerHoa: TestActor = { username: 'hoa.lead', role: 'lead_reviewer' };
export const inspectorTuan: TestActor = { username: 'tuan.inspect', role: 'inspector' };

export const evidence: EvidenceInput = {
  documentNumber: '15/BC-STTTT',
  documentDate: '2021-03-25',
  signer: 'Nguyễn Văn Hùng',
  url: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
};

export const context: AssessmentContext = {
  unit: 'STTTT',
  period: '2021-Q1',
  unitBlock: 'department',
  unitActive: true,
  catalogueId: 'tth-2020',
};

let sequence = 0;

export function envelope(
  actor: TestActor,
  occurredAt = '2021-04-05T09:00:00+07:00',
  commandId?: string,
): CommandEnvelope {
  sequence += 1;
  return {
    commandId: commandId ?? `cmd-${sequence}`,
    correlationId: `req-${sequence}`,
    actor: actor.username,
    role: actor.role,
    actorUnit: actor.unit ?? null,
    occurredAt,
  };
}

interface Options {
  at?: string;
  commandId?: string;
  assessment?: Partial<AssessmentContext>;
}

function base(actor: TestActor, options: Options): { metadata: CommandEnvelope; assessment: AssessmentContext } {
  return {
    metadata: envelope(actor, options.at, options.commandId),
    assessment: { ...context, ...options.assessment },
  };
}

export function submitFigures(
  actor: TestActor,
  data: Partial<SubmitFigures['data']> & { submissionId: string },
  options: Options = {},
): SubmitFigures {
  return {
    type: 'SubmitFigures',
    data: {
      // A scored criterion of tth-2020 for departments whose inputs a and b the scoring engine accepts.
      criterion: '3.2.1',
      inputs: { a: 12, b: 15 },
      evidence: [evidence],
      criterionExists: true,
      criterionAppliesToBlock: true,
      ...data,
    },
    ...base(actor, options),
  };
}

export function declareNotApplicable(
  actor: TestActor,
  data: Partial<DeclareNotApplicable['data']> & { submissionId: string },
  options: Options = {},
): DeclareNotApplicable {
  return {
    type: 'DeclareNotApplicable',
    data: {
      criterion: '3.2',
      reason: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
      criterionExists: true,
      criterionAppliesToBlock: true,
      ...data,
    },
    ...base(actor, options),
  };
}

export function withdraw(actor: TestActor, submissionId: string, options: Options = {}): WithdrawSubmission {
  return { type: 'WithdrawSubmission', data: { submissionId }, ...base(actor, options) };
}

export function approve(
  actor: TestActor,
  submissionId: string,
  note?: string,
  options: Options = {},
): ApproveSubmission {
  return { type: 'ApproveSubmission', data: { submissionId, note }, ...base(actor, options) };
}

export function reject(
  actor: TestActor,
  submissionId: string,
  reason: string,
  options: Options = {},
): RejectSubmission {
  return { type: 'RejectSubmission', data: { submissionId, reason }, ...base(actor, options) };
}

export function finalize(actor: TestActor, options: Options = {}): FinalizeReport {
  return { type: 'FinalizeReport', data: {}, ...base(actor, options) };
}

export function reopen(actor: TestActor, reason: string, options: Options = {}): ReopenReport {
  return { type: 'ReopenReport', data: { reason }, ...base(actor, options) };
}

/** Runs commands one after another as a handler would; returns every event and the final state. */
export function run(commands: AssessmentCommand[], state: AssessmentState = assessmentDecider.initialState) {
  return runCommands<AssessmentCommand, AssessmentEvent, AssessmentState>(
    decideAssessment,
    assessmentDecider.evolve,
    commands,
    state,
  );
}

/** Given the events the commands produce, when one more command arrives: the events decided. */
export function given(commands: AssessmentCommand[]) {
  const { state } = run(commands);
  return {
    state,
    when: (command: AssessmentCommand) => decideAssessment(command, state),
  };
}
