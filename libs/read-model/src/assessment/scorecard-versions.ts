import type { Catalogue } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import type { AssessmentEvent, OfficialValue, OpenedAssessment, UnitBlock } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { ScoringError, scoreCard, type ScoreCardNode, type StatusCounts } from '@dti/scoring';
import { rememberedScore } from '../replay/remembered-scores';
import { exactOrNull, exactText } from '../exact/exact-columns';
import type { CriterionScoreEntity } from './criterion-score.entity';
import { scorecardLines, type ScorecardLine } from './scorecard-lines';
import type { ScorecardVersionEntity, ScorecardVersionPart } from './scorecard-version.entity';

/**
 * The report line's fields a scorecard shows (`row` of part 'report'; instants as ISO strings), with the
 * unit's block (which card the parts fill).
 */
export const REPORT_VERSION_FIELDS = [
  'catalogueId',
  'block',
  'status',
  'version',
  'pointsExact',
  'applicableMaxExact',
  'percentExact',
  'counts',
  'pendingCount',
  'openedAt',
  'lastFinalizedAt',
  'lastReopenedAt',
  'streamRevision',
  'position',
] as const;

/**
 * What the report part's `row` keeps: what only the report line says. Its totals and counts are the total
 * node's version, its pending count that of the criteria's pending versions, and its revision and position
 * the bound's last event — the newest version of any part made by then (every event makes at least one) —
 * so the line is versioned only at the opening, a finalization or a reopening (`reportFromVersions` puts
 * it back together). The total's figures or the pending count are kept on the line only in the odd card
 * where the parts cannot say them (no line for the total; a pending submission outside the card).
 */
export const REPORT_ROW_FIELDS = [
  'catalogueId',
  'block',
  'status',
  'version',
  'openedAt',
  'lastFinalizedAt',
  'lastReopenedAt',
] as const;

/** A node's figures (part 'node'); its code, parent, depth and title come from the catalogue. */
export const NODE_VERSION_FIELDS = ['pointsExact', 'applicableMaxExact', 'percentExact', 'counts'] as const;
export const NODE_STATIC_FIELDS = ['nodeCode', 'parentCode', 'depth', 'title'] as const;

/** A criterion's official side (part 'criterion'): changes only with an approval. */
export const CRITERION_VERSION_FIELDS = [
  'status',
  'pointsExact',
  'applicableMaxExact',
  'explanationVi',
  'explanationEn',
  'notApplicableReason',
  'officialSubmissionId',
  'officialInputs',
  'approvedBy',
  'approvedAt',
  'errorCode',
  'errorMessage',
] as const;

/** A criterion's pending submission (part 'pending'): changes with submissions and reviews. */
export const PENDING_VERSION_FIELDS = [
  'pendingSubmissionId',
  'pendingKind',
  'pendingCorrects',
  'pendingSubmittedBy',
  'pendingSubmittedAt',
] as const;

export const CRITERION_STATIC_FIELDS = ['criterion', 'parentCode', 'title', 'ruleKind', 'maxExact'] as const;

/** The fixed shape of a catalogue's card for one block: which nodes there are, and which concern the unit. */
interface CardTemplate {
  rootCode: string;
  /** Every node of the card (out-of-scope criteria too: they count in their parents' `counts`). */
  empty: Map<string, ScoreCardNode>;
  parentOf: Map<string, string | null>;
  childrenOf: Map<string, string[]>;
  /** The lines the scorecard shows, by code (criteria outside the block and their empty groups left out). */
  lines: Map<string, ScorecardLine>;
  criterionCodes: string[];
  nodeCodes: string[];
}

const templates = new WeakMap<Catalogue, Map<UnitBlock, CardTemplate>>();

/**
 * The card's shape does not depend on what was reported (a criterion's scope is its block's), so it is
 * built once per catalogue and block from the empty card.
 */
function templateOf(catalogue: Catalogue, block: UnitBlock): CardTemplate {
  let byBlock = templates.get(catalogue);
  if (byBlock === undefined) templates.set(catalogue, (byBlock = new Map()));
  const known = byBlock.get(block);
  if (known !== undefined) return known;
  const card = scoreCard(catalogue, new Map(), { block });
  const template: CardTemplate = {
    rootCode: card.root.code,
    empty: new Map(),
    parentOf: new Map(),
    childrenOf: new Map(),
    lines: new Map(),
    criterionCodes: [],
    nodeCodes: [],
  };
  const visit = (node: ScoreCardNode, parent: string | null) => {
    template.empty.set(node.code, node);
    template.parentOf.set(node.code, parent);
    template.childrenOf.set(
      node.code,
      node.children.map((child) => child.code),
    );
    for (const child of node.children) visit(child, node.code);
  };
  visit(card.root, null);
  for (const line of scorecardLines(catalogue, card)) {
    template.lines.set(line.node.code, line);
    if (line.isCriterion) template.criterionCodes.push(line.node.code);
    else template.nodeCodes.push(line.node.code);
  }
  byBlock.set(block, template);
  return template;
}

/** Builds a criterion's row as the replay does (replay-scorecard's criterionRow). */
export type CriterionRowBuilder = (state: OpenedAssessment, line: ScorecardLine) => CriterionScoreEntity;

/**
 * Collects a unit-quarter's scorecard versions while its stream is folded, event by event (the replay's
 * loop calls `after` once per event with the state just folded). Only what an event can change is
 * recomputed: its criterion's row, and — when its official value changed — that leaf, rescored once per
 * official submission, and the sums of its sub-group, group and total; events naming no criterion
 * (opened, finalized, reopened) recheck every criterion row. The report line is versioned when a field
 * it shows changes — or when the event changed no part at all, so that every event makes at least one
 * version at its position and the newest version of any part made by a bound names the bound's last event
 * (its revision is kept on every version). The last versions equal the rows the replay scores from the
 * whole card (the specs and `check` prove it).
 */
export class ScorecardVersionsBuilder {
  readonly rows: ScorecardVersionEntity[] = [];
  private readonly template: CardTemplate;
  private readonly current = new Map<string, ScoreCardNode>();
  /** Official submission id behind each criterion's current leaf ('' for none). */
  private readonly leafKeys = new Map<string, string>();
  /** Pending submission id behind each criterion's current pending version. */
  private readonly pendingKeys = new Map<string, string | null>();
  private readonly leaves = new Map<string, ScoreCardNode>();
  private readonly open = new Map<string, { row: ScorecardVersionEntity; json: string }>();
  /** Whether the event being versioned made a version yet. */
  private versioned = false;
  /** Criteria with a pending submission (changes only with the event's own criterion, or a full recheck). */
  private readonly pending = new Set<string>();
  /** Criteria of the card whose pending version names a submission: the pending count the parts say. */
  private readonly pendingShown = new Set<string>();
  /** What the open report line was made from, cheaply compared: its row is made only when this changes. */
  private reportKey = '';
  private reportRow: Record<string, unknown> | null = null;
  /** The total's figures as text (only for a card without a line for it), made when the total changes. */
  private rootFigures: { node: ScoreCardNode; fields: Record<string, unknown>; key: string } | null = null;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly block: UnitBlock,
    private readonly criterionRow: CriterionRowBuilder,
  ) {
    this.template = templateOf(catalogue, block);
    for (const [code, node] of this.template.empty) this.current.set(code, node);
  }

  /** After `event` (recorded as `recorded`) was folded into `state`; `openedAt` is the report's opening. */
  after(recorded: RecordedEvent, event: AssessmentEvent, state: OpenedAssessment, openedAt: Date): void {
    this.versioned = false;
    const named = (event.data as { criterion?: unknown }).criterion;
    const criteria =
      typeof named === 'string'
        ? this.template.lines.get(named)?.isCriterion === true
          ? [named]
          : []
        : this.template.criterionCodes;
    // The opening (and any event naming no criterion) versions every line, so each has one from the start.
    const nodes = new Set<string>(typeof named === 'string' ? [] : this.template.nodeCodes);
    for (const code of criteria) {
      const record = state.criteria[code];
      const official = record?.official ?? null;
      const key = official === null ? '' : `${official.kind}:${official.submissionId}`;
      const officialChanged = (this.leafKeys.get(code) ?? '') !== key;
      // A criterion's official side is its official submission's, its pending side its pending one's: when
      // neither submission changed (and both sides have a version) there is nothing to compare.
      const pendingKey = record?.pending ?? null;
      const pendingChanged = !this.pendingKeys.has(code) || this.pendingKeys.get(code) !== pendingKey;
      const first = !this.open.has(`criterion\u0000${code}`);
      if (!officialChanged && !pendingChanged && !first) continue;
      this.pendingKeys.set(code, pendingKey);
      if (officialChanged) {
        this.leafKeys.set(code, key);
        const before = this.current.get(code) as ScoreCardNode;
        const leaf = this.leafOf(code, official, key);
        this.current.set(code, leaf);
        // The sums above it move by the leaf's change (exact, so the same as adding the children again).
        const points = leaf.points.sub(before.points);
        const applicableMax = leaf.applicableMax.sub(before.applicableMax);
        for (let parent = this.template.parentOf.get(code) ?? null; parent !== null;) {
          this.current.set(parent, this.shifted(parent, points, applicableMax, before.counts, leaf.counts));
          if (this.template.lines.has(parent)) nodes.add(parent);
          parent = this.template.parentOf.get(parent) ?? null;
        }
      }
      const line = this.template.lines.get(code) as ScorecardLine;
      if (!officialChanged && !first) {
        // Only the pending side changed (a submission, a rejection, a withdrawal: most events): its five
        // fields without the whole criterion row.
        const fields = pendingFieldsOf(state, code);
        this.version(recorded, 'pending', code, line.ordinal, fields, 'new');
        if (fields.pendingSubmissionId !== null) this.pendingShown.add(code);
        else this.pendingShown.delete(code);
        continue;
      }
      const row = this.criterionRow(state, { ...line, node: this.current.get(code) as ScoreCardNode });
      // Each side names its submission (officialSubmissionId, pendingSubmissionId): a new one is a new row,
      // with no need to compare the rows' text.
      if (officialChanged || first) {
        this.version(recorded, 'criterion', code, line.ordinal, pick(row, CRITERION_VERSION_FIELDS), 'new');
      }
      if (pendingChanged || first) {
        this.version(recorded, 'pending', code, line.ordinal, pick(row, PENDING_VERSION_FIELDS), 'new');
      }
      if (row.pendingSubmissionId !== null) this.pendingShown.add(code);
      else this.pendingShown.delete(code);
    }
    for (const code of nodes) {
      const line = this.template.lines.get(code) as ScorecardLine;
      const node = this.current.get(code) as ScoreCardNode;
      this.version(recorded, 'node', code, line.ordinal, {
        pointsExact: exactText(node.points),
        applicableMaxExact: exactText(node.applicableMax),
        percentExact: exactOrNull(node.percent),
        counts: Object.assign({}, node.counts),
      });
    }
    // Pending submissions: only the named criterion's can have changed, unless the event names none.
    if (typeof named === 'string') {
      const record = state.criteria[named];
      if (record !== undefined && record.pending !== null) this.pending.add(named);
      else this.pending.delete(named);
    } else {
      this.pending.clear();
      for (const code in state.criteria) if (state.criteria[code].pending !== null) this.pending.add(code);
    }
    // The line keeps the total's figures only if no node line has them, and the pending count only if the
    // pending parts would say another (neither happens with the decider's events).
    let figures: { fields: Record<string, unknown>; key: string } | null = null;
    if (!this.template.lines.has(this.template.rootCode)) {
      const root = this.current.get(this.template.rootCode) as ScoreCardNode;
      if (this.rootFigures?.node !== root) {
        const fields = {
          pointsExact: exactText(root.points),
          applicableMaxExact: exactText(root.applicableMax),
          percentExact: exactOrNull(root.percent),
          counts: Object.assign({}, root.counts),
        };
        this.rootFigures = { node: root, fields, key: JSON.stringify(fields) };
      }
      figures = this.rootFigures;
    }
    const pendingCount = this.pending.size === this.pendingShown.size ? null : this.pending.size;
    const key =
      `${state.status}\u0000${state.version}\u0000${openedAt.getTime()}\u0000${state.finalizations.length}\u0000` +
      `${state.reopenings.length}\u0000${figures?.key ?? ''}\u0000${pendingCount ?? ''}`;
    let report = this.reportRow;
    if (key !== this.reportKey || report === null) {
      this.reportKey = key;
      report = this.reportRow = {
        catalogueId: this.catalogue.id,
        block: this.block,
        status: state.status,
        version: state.version,
        openedAt: openedAt.toISOString(),
        lastFinalizedAt: lastAt(state.finalizations),
        lastReopenedAt: lastAt(state.reopenings),
        ...figures?.fields,
        ...(pendingCount === null ? {} : { pendingCount }),
      };
      this.version(recorded, 'report', '', 0, report);
    }
    // An event that changed nothing else still gets a version: its position and revision must be found.
    if (!this.versioned) this.version(recorded, 'report', '', 0, report, 'again');
  }

  private version(
    recorded: RecordedEvent,
    part: ScorecardVersionPart,
    code: string,
    ordinal: number,
    row: Record<string, unknown>,
    /**
     * 'changed': a new row if its text differs from the open one's; 'new': known to differ (not compared,
     * and never compared with: its part's next row is 'new' too); 'again': a new row even if equal.
     */
    mode: 'changed' | 'new' | 'again' = 'changed',
  ): void {
    const key = `${part}\u0000${code}`;
    const previous = this.open.get(key);
    const json = mode === 'new' ? '' : JSON.stringify(row);
    if (previous !== undefined && mode === 'changed' && previous.json === json) return;
    const position = recorded.position.toString();
    if (previous !== undefined) previous.row.validTo = position;
    const version: ScorecardVersionEntity = {
      unit: '',
      period: '',
      part,
      code,
      validFrom: position,
      validTo: null,
      streamRevision: recorded.revision.toString(),
      recordedAt: recorded.recordedAt,
      ordinal,
      // Built fresh for this version (the report line's may be shared by the next, forced one: never mutated).
      row,
    };
    this.rows.push(version);
    this.open.set(key, { row: version, json });
    this.versioned = true;
  }

  /** A criterion's leaf as scoreCard makes it for this official value, scored once per submission. */
  private leafOf(code: string, official: OfficialValue | null, key: string): ScoreCardNode {
    if (official === null) return this.template.empty.get(code) as ScoreCardNode;
    const memo = `${code}\u0000${key}`;
    const known = this.leaves.get(memo);
    if (known !== undefined) return known;
    const title = (this.template.empty.get(code) as ScoreCardNode).title;
    const leafWith = (status: 'scored' | 'error' | 'not-applicable', points: Rational, applicableMax: Rational) => ({
      code,
      title,
      points,
      applicableMax,
      percent: ratioOrNull(points, applicableMax),
      status,
      counts: countsOf(status),
      children: [],
    });
    let leaf: ScoreCardNode | undefined;
    // As scoreCard's criterionNode makes it: figures scored, or the engine's refusal as an 'error' leaf
    // of 0 points out of the criterion's maximum; a not-applicable declaration with its reason.
    if (official.kind === 'figures') {
      // Remembered: the approval's audit row and the final card ask for the same figures.
      const score = rememberedScore(this.catalogue, code, official.inputs ?? {});
      if (score instanceof ScoringError) {
        const max = Rational.parse(
          (this.template.lines.get(code) as ScorecardLine).catalogueNode.declaredMax as string,
        );
        leaf = { ...leafWith('error', Rational.ZERO, max), error: score };
      } else {
        leaf = { ...leafWith('scored', score.points, score.max), score };
      }
    } else if (typeof official.reason === 'string' && official.reason.trim().length > 0) {
      leaf = {
        ...leafWith('not-applicable', Rational.ZERO, Rational.ZERO),
        notApplicableReason: official.reason.trim(),
      };
    }
    // A declaration without a reason: rare, so the engine's own card decides.
    leaf ??= findNode(
      scoreCard(this.catalogue, new Map([[code, entryOf(official)]]), { block: this.block }).root,
      code,
    );
    this.leaves.set(memo, leaf);
    return leaf;
  }

  /** A group's sums (as scoreCard adds them up from its children) after one leaf below it changed. */
  private shifted(
    code: string,
    points: Rational,
    applicableMax: Rational,
    countsBefore: StatusCounts,
    countsAfter: StatusCounts,
  ): ScoreCardNode {
    const node = this.current.get(code) as ScoreCardNode;
    const sumPoints = points.isZero() ? node.points : node.points.add(points);
    const sumMax = applicableMax.isZero() ? node.applicableMax : node.applicableMax.add(applicableMax);
    const counts = Object.assign({}, node.counts);
    for (const status of Object.keys(counts) as Array<keyof StatusCounts>) {
      counts[status] += countsAfter[status] - countsBefore[status];
    }
    return {
      code,
      title: node.title,
      points: sumPoints,
      applicableMax: sumMax,
      percent: points.isZero() && applicableMax.isZero() ? node.percent : ratioOrNull(sumPoints, sumMax),
      counts,
      children: [],
    };
  }
}

/**
 * The scorecard's rows from the parts valid at one bound, in document order: each part's figures with
 * what the catalogue says of its line (code, parent, depth, title, rule, maximum).
 */
export function scorecardFromVersions(
  catalogue: Catalogue,
  block: UnitBlock,
  parts: ReadonlyArray<{ part: string; code: string; row: Record<string, unknown> }>,
): { nodes: Array<Record<string, unknown>>; criteria: Array<Record<string, unknown>> } {
  const template = templateOf(catalogue, block);
  const byKey = new Map(parts.map((part) => [`${part.part}\u0000${part.code}`, part.row]));
  const nodes: Array<Record<string, unknown>> = [];
  const criteria: Array<Record<string, unknown>> = [];
  for (const line of template.lines.values()) {
    const code = line.node.code;
    if (line.isCriterion) {
      criteria.push({
        criterion: code,
        parentCode: line.parentCode ?? '',
        title: line.node.title,
        ruleKind: line.catalogueNode.rule?.kind ?? 'unknown',
        maxExact: exactText(Rational.parse(line.catalogueNode.declaredMax as string)),
        ...byKey.get(`criterion\u0000${code}`),
        ...byKey.get(`pending\u0000${code}`),
      });
    } else {
      nodes.push({
        nodeCode: code,
        parentCode: line.parentCode,
        depth: line.depth,
        title: line.node.title,
        ...byKey.get(`node\u0000${code}`),
      });
    }
  }
  return { nodes, criteria };
}

/**
 * The report line at a bound from the parts valid there and the bound's last event (the newest of their
 * versions): what the line keeps (REPORT_ROW_FIELDS), the total's figures from its node, the pending count
 * from the criteria's pending parts — unless the line kept them itself. Null without a report part.
 */
export function reportFromVersions(
  catalogue: Catalogue,
  block: UnitBlock,
  parts: ReadonlyArray<{ part: string; code: string; row: Record<string, unknown> }>,
  last: { streamRevision: string; position: string },
): Record<string, unknown> | null {
  const rootCode = templateOf(catalogue, block).rootCode;
  let line: Record<string, unknown> | undefined;
  let root: Record<string, unknown> | undefined;
  let pendingCount = 0;
  for (const { part, code, row } of parts) {
    if (part === 'report') line = row;
    else if (part === 'node' && code === rootCode) root = row;
    else if (part === 'pending' && row.pendingSubmissionId != null) pendingCount += 1;
  }
  if (line === undefined) return null;
  return {
    pointsExact: root?.pointsExact ?? null,
    applicableMaxExact: root?.applicableMaxExact ?? null,
    percentExact: root?.percentExact ?? null,
    counts: root?.counts ?? null,
    pendingCount,
    ...line,
    streamRevision: last.streamRevision,
    position: last.position,
  };
}

/** Stamps a stream's versions with their unit-quarter. */
export function versionRowsOf(
  builder: ScorecardVersionsBuilder,
  unit: string,
  period: string,
): ScorecardVersionEntity[] {
  for (const row of builder.rows) {
    row.unit = unit;
    row.period = period;
  }
  return builder.rows;
}

/**
 * A criterion's pending side (PENDING_VERSION_FIELDS) as `pick` takes it from the replay's criterion row
 * (replay-scorecard's criterionRow: the record's pending submission, its instant as ISO text).
 */
function pendingFieldsOf(state: OpenedAssessment, code: string): Record<string, unknown> {
  const record = state.criteria[code];
  const pending = record?.pending ? state.submissions[record.pending] : undefined;
  return {
    pendingSubmissionId: pending?.submissionId ?? null,
    pendingKind: pending?.kind ?? null,
    pendingCorrects: pending?.corrects ?? null,
    pendingSubmittedBy: pending?.submittedBy ?? null,
    pendingSubmittedAt: pending === undefined ? null : new Date(pending.submittedAt).toISOString(),
  };
}

function pick(row: object, fields: readonly string[]): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    const value = source[field];
    picked[field] = value instanceof Date ? value.toISOString() : value === undefined ? null : value;
  }
  return picked;
}

function lastAt(milestones: readonly { at: string }[]): string | null {
  return milestones.length === 0 ? null : new Date(milestones[milestones.length - 1].at).toISOString();
}

function ratioOrNull(points: Rational, max: Rational): Rational | null {
  return max.isZero() ? null : points.div(max);
}

function countsOf(status: keyof StatusCounts | null): StatusCounts {
  const counts: StatusCounts = { scored: 0, 'not-applicable': 0, 'not-reported': 0, error: 0, 'out-of-scope': 0 };
  if (status !== null) counts[status] = 1;
  return counts;
}

function entryOf(official: OfficialValue): { inputs: unknown } | { notApplicable: { reason: string } } {
  if (official.kind === 'figures') return { inputs: official.inputs ?? {} };
  return { notApplicable: { reason: official.reason ?? '' } };
}

function findNode(node: ScoreCardNode, code: string): ScoreCardNode {
  if (node.code === code) return node;
  for (const child of node.children) {
    const found = findNode(child, code);
    if (found.code === code) return found;
  }
  return node;
}
