import { catalogueIndex, getCatalogue, isLeaf, walkCatalogue, type CatalogueNode, type Rule } from '@dti/catalogue';
import {
  assessmentStreamId,
  decideAssessment,
  decideUnit,
  evolveAssessment,
  formatQuarter,
  initialAssessmentState,
  initialUnitState,
  nextQuarter,
  parseQuarter,
  toNewEvents,
  unitStreamId,
  type AssessmentCommand,
  type AssessmentState,
  type CommandEnvelope,
  type CriterionInputs,
  type Role,
  type UnitBlock,
  type UnitCommand,
} from '@dti/domain';
import type { EventStore, NewEvent } from '@dti/event-store';

/**
 * A realistic event log for operations tests and throughput measurements, written through the real
 * deciders (folded in memory, so generating is linear): units register, then every quarter each unit
 * submits figures for its block's criteria, reviewers reject a few and approve the rest, the report is
 * finalized, and some are reopened, corrected and finalized again. Streams of a quarter interleave in
 * the log as concurrent agencies would. Deterministic for a given shape.
 */
export interface AssessmentLogShape {
  units: number;
  /** Quarters from 2021-Q1 on. */
  quarters: number;
  /** Criteria each report submits (in catalogue order); default all of the block's criteria. */
  criteriaPerReport?: number;
  /** Events per append (one stream at a time, round-robin over the quarter's streams); default 25. */
  chunk?: number;
  /** Unit code prefix (codes are <prefix><nnn>); default "GEN". */
  prefix?: string;
  firstQuarter?: string;
}

export interface GeneratedLog {
  events: number;
  streams: number;
  units: string[];
  periods: string[];
}

const CATALOGUE_ID = 'tth-2020';

const EVIDENCE = {
  documentNumber: '15/BC-STTTT',
  documentDate: '2021-01-05',
  signer: 'Nguyễn Văn Hùng',
  url: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
};

export async function generateAssessmentLog(
  store: EventStore,
  shape: AssessmentLogShape,
  onAppended?: (events: number) => void,
): Promise<GeneratedLog> {
  const random = mulberry32(shape.units * 7919 + shape.quarters);
  const prefix = shape.prefix ?? 'GEN';
  const chunk = shape.chunk ?? 25;
  const units = Array.from({ length: shape.units }, (_, i) => ({
    code: `${prefix}${String(i + 1).padStart(3, '0')}`,
    block: (i % 3 === 2 ? 'district' : 'department') as UnitBlock,
  }));
  const criteria = criteriaByBlock();
  let sequence = 0;
  let total = 0;
  const envelope = (actor: string, role: Role, occurredAt: string, actorUnit: string | null = null) => {
    sequence += 1;
    return {
      commandId: `gen-${sequence}`,
      correlationId: `gen-req-${sequence}`,
      actor,
      role,
      actorUnit,
      occurredAt,
    } satisfies CommandEnvelope;
  };

  for (const unit of units) {
    const command = {
      type: 'RegisterUnit',
      data: {
        code: unit.code,
        name: `Đơn vị ${unit.code}`,
        block: unit.block,
        effectiveOn: '2021-01-01',
        legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020',
      },
      metadata: envelope('quan.tri', 'admin', '2021-01-02T08:00:00+07:00'),
    } as UnitCommand;
    const events = decideUnit(command, initialUnitState);
    const stream = unitStreamId(unit.code);
    await store.append(stream, toNewEvents(stream, events, command.metadata) as NewEvent[], 'no_stream');
    total += events.length;
  }
  onAppended?.(total);

  const periods: string[] = [];
  let quarter = parseQuarter(shape.firstQuarter ?? '2021-Q1');
  for (let q = 0; q < shape.quarters; q++, quarter = nextQuarter(quarter)) {
    const period = formatQuarter(quarter);
    periods.push(period);
    const month = String((quarter.quarter - 1) * 3 + 2).padStart(2, '0');
    const at = `${quarter.year}-${month}-10T09:00:00+07:00`;
    const scripts = units.map((unit) => new ReportScript(unit.code, unit.block, period, at, criteria, shape, random));
    // Round-robin: each stream appends a chunk of its next commands' events, as concurrent agencies would.
    let active = scripts;
    while (active.length > 0) {
      for (const script of active) {
        const batch: NewEvent[] = [];
        while (batch.length < chunk && !script.done) {
          const command = script.next(envelope);
          if (command === null) break;
          const events = decideAssessment(command, script.state);
          for (const event of events) {
            script.state = evolveAssessment(script.state, event);
          }
          batch.push(...(toNewEvents(script.streamId, events, command.metadata) as NewEvent[]));
        }
        if (batch.length > 0) {
          await store.append(script.streamId, batch, script.revision === null ? 'no_stream' : script.revision);
          script.revision = (script.revision ?? -1n) + BigInt(batch.length);
          total += batch.length;
          onAppended?.(total);
        }
      }
      active = active.filter((script) => !script.done);
    }
  }
  return {
    events: total,
    streams: units.length * (shape.quarters + 1),
    units: units.map((unit) => unit.code),
    periods,
  };
}

type Envelope = (actor: string, role: Role, occurredAt: string, actorUnit?: string | null) => CommandEnvelope;

/** One unit-quarter's commands, produced one at a time against the folded state. */
class ReportScript {
  readonly streamId: string;
  state: AssessmentState = initialAssessmentState;
  revision: bigint | null = null;
  done = false;
  private readonly plan: Array<(envelope: Envelope) => AssessmentCommand> = [];
  private step = 0;

  constructor(
    private readonly unit: string,
    private readonly block: UnitBlock,
    private readonly period: string,
    private readonly at: string,
    criteria: Record<UnitBlock, CatalogueNode[]>,
    shape: AssessmentLogShape,
    random: () => number,
  ) {
    this.streamId = assessmentStreamId(unit, period);
    const list = criteria[block].slice(0, shape.criteriaPerReport ?? criteria[block].length);
    const submitter = `nop.${unit.toLowerCase()}`;
    let n = 0;
    const id = () => `${unit}-${period}-${++n}`;
    for (const node of list) {
      const first = id();
      this.plan.push((e) => this.submit(e, submitter, first, node.code, inputsFor(node, random)));
      if (random() < 0.1) {
        this.plan.push((e) =>
          this.command(e, 'reviewer', {
            type: 'RejectSubmission',
            data: { submissionId: first, reason: 'Thiếu hồ sơ minh chứng' },
          }),
        );
        const again = id();
        this.plan.push((e) => this.submit(e, submitter, again, node.code, inputsFor(node, random)));
        this.plan.push((e) =>
          this.command(e, 'reviewer', { type: 'ApproveSubmission', data: { submissionId: again, note: 'Đã bổ sung' } }),
        );
      } else {
        this.plan.push((e) =>
          this.command(e, 'reviewer', { type: 'ApproveSubmission', data: { submissionId: first } }),
        );
      }
    }
    this.plan.push((e) => this.command(e, 'reviewer', { type: 'FinalizeReport', data: {} }));
    if (list.length > 0 && random() < 0.2) {
      const node = list[Math.floor(random() * list.length)];
      this.plan.push((e) =>
        this.command(e, 'lead_reviewer', { type: 'ReopenReport', data: { reason: 'Rà soát lại số liệu' } }),
      );
      const correction = id();
      this.plan.push((e) => {
        const official = this.opened().criteria[node.code]?.official?.submissionId ?? null;
        return this.submit(e, submitter, correction, node.code, inputsFor(node, random), official);
      });
      this.plan.push((e) =>
        this.command(e, 'reviewer', { type: 'ApproveSubmission', data: { submissionId: correction } }),
      );
      this.plan.push((e) => this.command(e, 'reviewer', { type: 'FinalizeReport', data: {} }));
    }
  }

  next(envelope: Envelope): AssessmentCommand | null {
    const make = this.plan[this.step];
    if (make === undefined) {
      this.done = true;
      return null;
    }
    this.step += 1;
    if (this.step >= this.plan.length) this.done = true;
    return make(envelope);
  }

  private opened() {
    if (this.state.status === 'not_opened') throw new Error(`${this.streamId} is not open`);
    return this.state;
  }

  private context() {
    return {
      unit: this.unit,
      period: this.period,
      unitBlock: this.block,
      unitActive: true,
      catalogueId: this.state.status === 'not_opened' ? CATALOGUE_ID : this.state.catalogueId,
    };
  }

  private submit(
    envelope: Envelope,
    submitter: string,
    submissionId: string,
    criterion: string,
    inputs: CriterionInputs,
    corrects: string | null = null,
  ): AssessmentCommand {
    return {
      type: 'SubmitFigures',
      data: {
        submissionId,
        criterion,
        inputs,
        evidence: [EVIDENCE],
        criterionExists: true,
        criterionAppliesToBlock: true,
        corrects,
        reason: corrects === null ? null : 'Số liệu bổ sung sau rà soát',
      },
      metadata: envelope(submitter, 'submitter', this.at, this.unit),
      assessment: this.context(),
    } as AssessmentCommand;
  }

  private command(
    envelope: Envelope,
    role: 'reviewer' | 'lead_reviewer',
    command: { type: string; data: object },
  ): AssessmentCommand {
    const actor = role === 'reviewer' ? 'minh.thamdinh' : 'hoa.lanhdao';
    return { ...command, metadata: envelope(actor, role, this.at), assessment: this.context() } as AssessmentCommand;
  }
}

function criteriaByBlock(): Record<UnitBlock, CatalogueNode[]> {
  const catalogue = getCatalogue(CATALOGUE_ID);
  const index = catalogueIndex(catalogue);
  const result: Record<UnitBlock, CatalogueNode[]> = { department: [], district: [] };
  for (const { node } of walkCatalogue(catalogue.root)) {
    if (!isLeaf(node) || node.rule === undefined) continue;
    for (const block of index.get(node.code)?.appliesTo ?? []) result[block].push(node);
  }
  return result;
}

/** Figures a unit could plausibly report for the criterion's rule (parts never exceed their whole). */
function inputsFor(node: CatalogueNode, random: () => number): CriterionInputs {
  const rule = node.rule as Rule;
  const inputs: Record<string, number | boolean> = {};
  const whole = 20 + Math.floor(random() * 200);
  const part = () => Math.floor(random() * (whole + 1));
  const names = (operand: string | string[]) => (Array.isArray(operand) ? operand : [operand]);
  for (const spec of node.inputs ?? []) {
    inputs[spec.name] =
      spec.type === 'boolean' ? random() < 0.7 : spec.type === 'option' ? 1 : Math.floor(random() * 10);
  }
  switch (rule.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold': {
      const denominators = rule.denominator === undefined ? [] : names(rule.denominator);
      for (const name of denominators) inputs[name] = whole;
      const numerators = names(rule.numerator);
      for (const name of numerators) inputs[name] = Math.floor(part() / numerators.length);
      break;
    }
    case 'weighted-ratios': {
      inputs[rule.denominator] = whole;
      const share = Math.floor(whole / (rule.terms.length + 1));
      for (const term of rule.terms) inputs[term.numerator] = Math.floor(random() * (share + 1));
      if (rule.fullWhen) inputs[rule.fullWhen.numerator] = Math.floor(random() * (share + 1));
      break;
    }
    case 'tiered':
      for (const spec of node.inputs ?? []) {
        if (spec.type === 'option') inputs[spec.name] = 1 + Math.floor(random() * rule.options.length);
      }
      break;
    case 'share-of-set':
      for (const spec of node.inputs ?? []) {
        if (spec.type === 'count') inputs[spec.name] = Math.floor(random() * (rule.contents.length + 1));
      }
      break;
    case 'per-item':
      // A count above the most there can be is refused by the decider (the engine's COUNT_EXCEEDS_SET).
      for (const item of rule.items) {
        const most = item.maxCount === undefined ? Infinity : Number(item.maxCount);
        inputs[item.input] = Math.min(Number(inputs[item.input]), most);
      }
      break;
    case 'yes-no':
      break;
  }
  return inputs;
}

/** A small seeded PRNG: the same shape always yields the same log. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
