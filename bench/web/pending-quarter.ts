import { getCatalogue, isLeaf, walkCatalogue, type CatalogueNode } from '@dti/catalogue';
import { scoreCriterion, ScoringError } from '@dti/scoring';
import {
  assessmentStreamId,
  catalogueIdFor,
  decideAssessment,
  evolveAssessment,
  initialAssessmentState,
  parseQuarter,
  quarterFirstDay,
  toNewEvents,
  type AssessmentContext,
  type AssessmentState,
  type CommandEnvelope,
  type NewEventShape,
} from '@dti/domain';
import type { ScriptedUnit } from '../../scripts/seed/province/assessment-script';
import { figuresFor } from '../../scripts/seed/province/criterion-figures';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';
import { SIGNERS } from '../../scripts/seed/province/vietnamese-texts';

export interface PendingStream {
  streamId: string;
  /** Each command's events, in order, as the command path would append them. */
  commands: NewEventShape[][];
  pending: number;
}

/**
 * A quarter in which the units' submitters have submitted figures for their criteria and nobody has
 * reviewed anything yet: `pending` submissions in all, spread over the units (criteria in catalogue order,
 * unit after unit round-robin), each decided by the real assessment decider on the state folded from the
 * stream's earlier events — the review queue's worst day, arranged without HTTP.
 */
export function pendingQuarter(options: {
  units: readonly ScriptedUnit[];
  period: string;
  pending: number;
  seed: number;
  /** Business time of the first submission; later ones a second apart. */
  startAt: Date;
}): PendingStream[] {
  const quarter = parseQuarter(options.period);
  const catalogue = getCatalogue(catalogueIdFor(quarter));
  const leaves = [...walkCatalogue(catalogue.root)].filter((entry) => isLeaf(entry.node));
  const criteriaOf = (unit: ScriptedUnit): CatalogueNode[] =>
    leaves.filter((entry) => entry.appliesTo.includes(unit.block)).map((entry) => entry.node);
  const random = new SeededRandom(options.seed).fork(`pending:${options.period}`);
  const lanes = options.units.map((unit) => ({
    unit,
    criteria: criteriaOf(unit),
    next: 0,
    state: initialAssessmentState as AssessmentState,
    stream: { streamId: assessmentStreamId(unit.code, options.period), commands: [], pending: 0 } as PendingStream,
  }));
  const capacity = lanes.reduce((sum, lane) => sum + lane.criteria.length, 0);
  if (options.pending > capacity) {
    throw new Error(`${options.units.length} units have only ${capacity} criteria to submit, not ${options.pending}`);
  }
  let submitted = 0;
  while (submitted < options.pending) {
    for (const lane of lanes) {
      if (submitted >= options.pending || lane.next >= lane.criteria.length) continue;
      const node = lane.criteria[lane.next] as CatalogueNode;
      lane.next += 1;
      const context: AssessmentContext = {
        unit: lane.unit.code,
        period: options.period,
        unitBlock: lane.unit.block,
        unitActive: true,
        catalogueId: catalogue.id,
      };
      const metadata: CommandEnvelope = {
        commandId: random.uuid(),
        correlationId: random.uuid(),
        actor: `sub-${lane.unit.code.toLowerCase()}`,
        role: 'submitter',
        actorUnit: lane.unit.code,
        occurredAt: new Date(options.startAt.getTime() + submitted * 1000).toISOString(),
      };
      const decided = decideAssessment(
        {
          type: 'SubmitFigures',
          metadata,
          assessment: context,
          data: {
            criterionExists: true,
            criterionAppliesToBlock: true,
            submissionId: `sub-${random.uuid()}`,
            criterion: node.code,
            inputs: scorableFigures(catalogue, node, random, lane.unit.maturity),
            evidence: [
              {
                documentNumber: `${random.int(1, 480)}/BC-${lane.unit.code}`,
                documentDate: quarterFirstDay(quarter),
                signer: random.pick(SIGNERS),
                url: `https://${lane.unit.code.toLowerCase()}.thuathienhue.gov.vn/van-ban/${options.period}/${node.code}.pdf`,
              },
            ],
            corrects: null,
            reason: null,
          },
        },
        lane.state,
      );
      for (const event of decided) {
        lane.state = evolveAssessment(lane.state, { ...event, metadata: { commandId: metadata.commandId } });
      }
      lane.stream.commands.push(toNewEvents(lane.stream.streamId, decided, metadata));
      lane.stream.pending += 1;
      submitted += 1;
    }
  }
  return lanes.map((lane) => lane.stream).filter((stream) => stream.commands.length > 0);
}

function scorableFigures(
  catalogue: ReturnType<typeof getCatalogue>,
  node: CatalogueNode,
  random: SeededRandom,
  maturity: number,
) {
  // The API refuses figures the scoring engine cannot score; so does the arrangement.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const inputs = figuresFor(node, random, maturity);
    try {
      scoreCriterion(catalogue, node.code, inputs);
      return inputs;
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
    }
  }
  throw new Error(`No scorable figures drawn for criterion ${node.code}`);
}
