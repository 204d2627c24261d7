import type { Catalogue, CatalogueNode, UnitBlock } from './catalogue.types';
import { Rational } from './rational';

/** Both blocks, in the order the province lists them. */
export const UNIT_BLOCKS: readonly UnitBlock[] = ['department', 'district'];

export interface IndexedNode {
  node: CatalogueNode;
  /** Codes from the root down to the node's parent. */
  ancestors: readonly string[];
  depth: number;
  /** `appliesTo` after inheritance: the nearest declaration on the path, else both blocks. */
  appliesTo: readonly UnitBlock[];
}

/** A scored criterion is a node without children; groups and sub-groups have children. */
export function isLeaf(node: CatalogueNode): boolean {
  return !node.children || node.children.length === 0;
}

/** Every node, depth-first in document order, with its inherited `appliesTo`. */
export function* walkCatalogue(root: CatalogueNode): Generator<IndexedNode> {
  function* visit(node: CatalogueNode, ancestors: string[], inherited: readonly UnitBlock[]): Generator<IndexedNode> {
    const appliesTo = node.appliesTo ?? inherited;
    yield { node, ancestors, depth: ancestors.length, appliesTo };
    for (const child of node.children ?? []) yield* visit(child, [...ancestors, node.code], appliesTo);
  }
  yield* visit(root, [], UNIT_BLOCKS);
}

const indexes = new WeakMap<CatalogueNode, ReadonlyMap<string, IndexedNode>>();

/** Code → node. Built once per catalogue tree; on a duplicated code the first in document order wins. */
export function catalogueIndex(catalogue: Catalogue): ReadonlyMap<string, IndexedNode> {
  const cached = indexes.get(catalogue.root);
  if (cached) return cached;
  const index = new Map<string, IndexedNode>();
  for (const entry of walkCatalogue(catalogue.root)) {
    if (!index.has(entry.node.code)) index.set(entry.node.code, entry);
  }
  indexes.set(catalogue.root, index);
  return index;
}

export function findNode(catalogue: Catalogue, code: string): CatalogueNode | undefined {
  return catalogueIndex(catalogue).get(code)?.node;
}

/** The scored criteria, in document order. */
export function listLeaves(catalogue: Catalogue): CatalogueNode[] {
  return [...walkCatalogue(catalogue.root)].filter((entry) => isLeaf(entry.node)).map((entry) => entry.node);
}

/**
 * The maximum a node is worth when every criterion under it is met: the sum of its leaves' declared
 * maxima. Declared maxima of inner nodes are never used for scoring (the seed's sums are not all right).
 * A leaf whose maximum is missing or unreadable counts 0 here; the validator reports it.
 */
export function computedMax(node: CatalogueNode): Rational {
  // Also runs on catalogues read from JSON before validation, so it tolerates malformed nodes.
  if (typeof node !== 'object' || node === null) return Rational.ZERO;
  if (!Array.isArray(node.children) || node.children.length === 0) {
    return Rational.tryParse(node.declaredMax as string) ?? Rational.ZERO;
  }
  return Rational.sum(node.children.map(computedMax));
}

/** The catalogue's total: what a unit scores when every criterion is met. */
export function catalogueMax(catalogue: Catalogue): Rational {
  return computedMax(catalogue.root);
}
