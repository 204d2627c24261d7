import type { Catalogue, CatalogueNode } from '@dti/catalogue';
import { catalogueIndex } from '@dti/catalogue';
import type { ScoreCard, ScoreCardNode } from '@dti/scoring';

/** A scorecard node with its place in the tree, in document order. */
export interface ScorecardLine {
  node: ScoreCardNode;
  catalogueNode: CatalogueNode;
  parentCode: string | null;
  depth: number;
  ordinal: number;
  isCriterion: boolean;
}

/**
 * The scorecard flattened in document order, without what does not concern the unit: criteria outside
 * its block, and groups holding only such criteria.
 */
export function scorecardLines(catalogue: Catalogue, card: ScoreCard): ScorecardLine[] {
  const index = catalogueIndex(catalogue);
  const lines: ScorecardLine[] = [];
  let ordinal = 0;
  const visit = (node: ScoreCardNode, parentCode: string | null, depth: number) => {
    ordinal += 1;
    const concernsUnit = totalCount(node) - node.counts['out-of-scope'] > 0;
    const catalogueNode = index.get(node.code)?.node;
    if (concernsUnit && catalogueNode !== undefined) {
      lines.push({ node, catalogueNode, parentCode, depth, ordinal, isCriterion: node.status !== undefined });
    }
    for (const child of node.children) visit(child, node.code, depth + 1);
  };
  visit(card.root, null, 0);
  return lines;
}

function totalCount(node: ScoreCardNode): number {
  return Object.values(node.counts).reduce((sum, n) => sum + n, 0);
}
