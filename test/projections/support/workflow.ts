import { catalogueIndex, getCatalogue, isLeaf } from '@dti/catalogue';
import {
  ASSESSMENT_EVENT_VERSIONS,
  UNIT_EVENT_VERSIONS,
  assessmentStreamId,
  decideAssessment,
  decideUnit,
  evolveAssessment,
  evolveUnit,
  initialAssessmentState,
  initialUnitState,
  parseQuarter,
  toDomainEvent,
  toNewEvents,
  unitExistedIn,
  unitStreamId,
  type AssessmentCommand,
  type AssessmentState,
  type CommandEnvelope,
  type CriterionInputs,
  type Role,
  type UnitBlock,
  type UnitCommand,
  type UnitState,
} from '@dti/domain';
import type { AppendResult, EventStore, NewEvent } from '@dti/event-store';

/**
 * Drives the real deciders as the API's handlers would: load the stream, fold, decide, wrap with
 * toNewEvents and append with the expected revision. Test-only convenience; no rule is re-implemented.
 */
export class Workflow {
  private sequence = 0;

  constructor(readonly store: EventStore) {}

  envelope(actor: string, role: Role, occurredAt: string, actorUnit: string | null = null): CommandEnvelope {
    this.sequence += 1;
    return {
      commandId: `cmd-${this.sequence}-${Math.random().toString(36).slice(2, 10)}`,
      correlationId: `req-${this.sequence}`,
      actor,
      role,
      actorUnit,
      occurredAt,
    };
  }

  async unitState(code: string): Promise<{ state: UnitState; revision: bigint | null }> {
    let state: UnitState = initialUnitState;
    let revision: bigint | null = null;
    for await (const event of this.store.readStream(unitStreamId(code))) {
      state = evolveUnit(state, toDomainEvent(event, UNIT_EVENT_VERSIONS));
      revision = event.revision;
    }
    return { state, revision };
  }

  async unit(command: WithoutMetadata<UnitCommand>): Promise<AppendResult> {
    const code = (command.data as { code: string }).code;
    const { state, revision } = await this.unitState(code);
    const full = {
      ...command,
      metadata: this.envelope('quan.tri', 'admin', '2021-01-02T08:00:00+07:00'),
    } as UnitCommand;
    const events = decideUnit(full, state);
    return this.append(unitStreamId(code), toNewEvents(unitStreamId(code), events, full.metadata), revision);
  }

  registerUnit(code: string, name: string, block: UnitBlock, effectiveOn = '2021-01-01'): Promise<AppendResult> {
    return this.unit({
      type: 'RegisterUnit',
      data: { code, name, block, effectiveOn, legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020' },
    });
  }

  dissolveUnit(code: string, effectiveOn: string): Promise<AppendResult> {
    return this.unit({
      type: 'DissolveUnit',
      data: { code, effectiveOn, legalBasis: 'Quyết định giải thể (giả định cho kiểm thử)' },
    });
  }

  assessment(unit: string, period: string): AssessmentScript {
    return new AssessmentScript(this, unit, period);
  }

  async append(streamId: string, events: NewEvent[], revision: bigint | null): Promise<AppendResult> {
    return this.store.append(streamId, events, revision === null ? 'no_stream' : revision);
  }
}

type WithoutMetadata<T> = T extends unknown ? Omit<T, 'metadata'> : never;
type WithoutContext<T> = T extends unknown ? Omit<T, 'metadata' | 'assessment'> : never;
type ScriptCommand = WithoutContext<AssessmentCommand>;

/** One unit-quarter's commands; actors: a submitter of the unit and two reviewers. */
export class AssessmentScript {
  readonly streamId: string;
  private readonly occurredAt: string;

  constructor(
    private readonly workflow: Workflow,
    readonly unit: string,
    readonly period: string,
  ) {
    this.streamId = assessmentStreamId(unit, period);
    const q = parseQuarter(period);
    const month = String((q.quarter - 1) * 3 + 2).padStart(2, '0');
    this.occurredAt = `${q.year}-${month}-10T09:00:00+07:00`;
  }

  get submitter(): string {
    return `nop.${this.unit.toLowerCase()}`;
  }

  async run(command: ScriptCommand, actor: { username: string; role: Role; unit?: string }): Promise<AppendResult> {
    let state: AssessmentState = initialAssessmentState;
    let revision: bigint | null = null;
    for await (const event of this.workflow.store.readStream(this.streamId)) {
      state = evolveAssessment(state, toDomainEvent(event, ASSESSMENT_EVENT_VERSIONS));
      revision = event.revision;
    }
    const { state: unitState } = await this.workflow.unitState(this.unit);
    if (unitState.status !== 'registered') throw new Error(`Register ${this.unit} first`);
    const metadata = this.workflow.envelope(actor.username, actor.role, this.occurredAt, actor.unit ?? null);
    const full = {
      ...command,
      metadata,
      assessment: {
        unit: this.unit,
        period: this.period,
        unitBlock: unitState.block,
        unitActive: unitExistedIn(unitState, this.period),
        catalogueId: state.status === 'not_opened' ? 'tth-2020' : state.catalogueId,
      },
    } as AssessmentCommand;
    const events = decideAssessment(full, state);
    return this.workflow.append(this.streamId, toNewEvents(this.streamId, events, metadata), revision);
  }

  private async facts(criterion: string): Promise<{ criterionExists: boolean; criterionAppliesToBlock: boolean }> {
    const entry = catalogueIndex(getCatalogue('tth-2020')).get(criterion);
    const { state } = await this.workflow.unitState(this.unit);
    const block = state.status === 'registered' ? state.block : 'department';
    return {
      criterionExists: entry !== undefined && isLeaf(entry.node),
      criterionAppliesToBlock: entry?.appliesTo.includes(block) ?? false,
    };
  }

  private asSubmitter() {
    return { username: this.submitter, role: 'submitter' as const, unit: this.unit };
  }

  async submit(
    submissionId: string,
    criterion: string,
    inputs: CriterionInputs,
    correction?: { corrects: string; reason: string },
  ): Promise<AppendResult> {
    return this.run(
      {
        type: 'SubmitFigures',
        data: {
          submissionId,
          criterion,
          inputs,
          evidence: [EVIDENCE],
          ...(await this.facts(criterion)),
          corrects: correction?.corrects ?? null,
          reason: correction?.reason ?? null,
        },
      },
      this.asSubmitter(),
    );
  }

  async notApplicable(
    submissionId: string,
    criterion: string,
    reason: string,
    corrects?: string,
  ): Promise<AppendResult> {
    return this.run(
      {
        type: 'DeclareNotApplicable',
        data: { submissionId, criterion, reason, evidence: [EVIDENCE], ...(await this.facts(criterion)), corrects },
      },
      this.asSubmitter(),
    );
  }

  withdraw(submissionId: string): Promise<AppendResult> {
    return this.run({ type: 'WithdrawSubmission', data: { submissionId } }, this.asSubmitter());
  }

  approve(submissionId: string, note?: string): Promise<AppendResult> {
    return this.run({ type: 'ApproveSubmission', data: { submissionId, note } }, REVIEWER);
  }

  reject(submissionId: string, reason: string): Promise<AppendResult> {
    return this.run({ type: 'RejectSubmission', data: { submissionId, reason } }, REVIEWER);
  }

  finalize(): Promise<AppendResult> {
    return this.run({ type: 'FinalizeReport', data: {} }, REVIEWER);
  }

  reopen(reason: string): Promise<AppendResult> {
    return this.run({ type: 'ReopenReport', data: { reason } }, LEAD_REVIEWER);
  }
}

export const REVIEWER = { username: 'minh.thamdinh', role: 'reviewer' as const };
export const LEAD_REVIEWER = { username: 'hoa.lanhdao', role: 'lead_reviewer' as const };

const EVIDENCE = {
  documentNumber: '15/BC-STTTT',
  documentDate: '2021-01-05',
  signer: 'Nguyễn Văn Hùng',
  url: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
};
