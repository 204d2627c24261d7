import { catalogueIndex, Rational, type Catalogue } from '@dti/catalogue';
import type { ScoreCard, ScoreCardNode, StatusCounts } from '@dti/scoring';

/** An exact number as the API shows it: the fraction and two decimals. */
export interface ExactView {
  exact: string;
  display: string;
}

/** A criterion's members of GET /assessments that come from the card (catalogue and scorecard). */
export interface CriterionCardView {
  code: string;
  max: ExactView;
  status: 'scored' | 'not-applicable' | 'not-reported' | 'error';
  points: ExactView;
  applicableMax: ExactView;
  notApplicable: boolean;
}

/** A group's totals in GET /assessments, with its sub-groups. */
export interface TotalsView {
  code: string;
  points: ExactView;
  applicableMax: ExactView;
  percent: ExactView | null;
  counts: StatusCounts;
  groups: TotalsView[];
}

export function exactView(value: Rational): ExactView {
  return { exact: value.toString(), display: value.toFixed(2) };
}

function shareView(value: Rational | null): ExactView | null {
  return value === null ? null : { exact: value.toString(), display: value.toPercent(2) };
}

/**
 * A criterion's members from the card, before those from its record. Not its title (the pages have the
 * catalogue), nor the engine's bilingual explanation or the not-applicable reason (the official value's):
 * issue #12, the answer's bytes.
 */
export function criterionCardView(
  index: ReturnType<typeof catalogueIndex>,
  code: string,
  node: ScoreCardNode,
): CriterionCardView {
  return {
    code,
    max: exactView(Rational.parse(index.get(code)?.node.declaredMax ?? '0')),
    status: node.status as CriterionCardView['status'],
    points: exactView(node.points),
    applicableMax: exactView(node.applicableMax),
    notApplicable: node.status === 'not-applicable',
  };
}

/** The card's totals by group (criteria are listed apart). */
export function totalsView(node: ScoreCardNode): TotalsView {
  return {
    code: node.code,
    points: exactView(node.points),
    applicableMax: exactView(node.applicableMax),
    percent: shareView(node.percent),
    counts: node.counts,
    groups: node.children.filter((child) => child.status === undefined).map(totalsView),
  };
}

/** The card's criteria (leaves) by code, in the card's order. */
export function cardLeaves(node: ScoreCardNode, into = new Map<string, ScoreCardNode>()): Map<string, ScoreCardNode> {
  if (node.status !== undefined) {
    into.set(node.code, node);
    return into;
  }
  for (const child of node.children) cardLeaves(child, into);
  return into;
}

/**
 * Pure: the card's part of GET /assessments as the state row keeps it (`assessment_states.view_card`, issue
 * #12), written by the live writer and the rebuild from the card they scored, so a request neither reads
 * the scorecard's lines (PostgreSQL's json_agg) nor rebuilds and serialises the card. Lines: the totals'
 * JSON text, then one line per criterion the view lists (in the card's order, out-of-scope ones left out):
 * its code, a tab, and its members' JSON text without the closing brace (the record's members follow).
 * JSON text holds no raw tab or newline, so the lines split back unambiguously (`readViewCard`).
 */
export function assessmentViewCard(catalogue: Catalogue, card: ScoreCard): string {
  const index = catalogueIndex(catalogue);
  const lines = [JSON.stringify(totalsView(card.root))];
  for (const [code, node] of cardLeaves(card.root)) {
    if (node.status === undefined || node.status === 'out-of-scope') continue;
    lines.push(`${code}\t${JSON.stringify(criterionCardView(index, code, node)).slice(0, -1)}`);
  }
  return lines.join('\n');
}

/** `assessmentViewCard`'s text back into the totals' text and, per criterion, its members' text. */
export function readViewCard(text: string): { totals: string; criteria: Array<[code: string, part: string]> } {
  const lines = text.split('\n');
  const criteria: Array<[string, string]> = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    const tab = line.indexOf('\t');
    criteria.push([line.slice(0, tab), line.slice(tab + 1)]);
  }
  return { totals: lines[0], criteria };
}
