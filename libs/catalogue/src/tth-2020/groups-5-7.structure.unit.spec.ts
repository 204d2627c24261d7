/**
 * The shape of groups 5–7 of tth-2020, independent of any score: every scored criterion carries a rule whose
 * operands are its declared inputs, codes are unique and follow the seed's numbering, and every gap between a
 * declared maximum and its children is recorded as an erratum rather than papered over.
 */
import { isBlockingFinding, validateCatalogue } from '../index';
import type { Catalogue, CatalogueNode, ErratumKind, Rule } from '../catalogue.types';
import { group5, group5Errata } from './group-5';
import { group6, group6Errata } from './group-6';
import { group7, group7Errata } from './group-7';

const groups = [
  { group: group5, errata: group5Errata, leaves: 30, leafMax: 83n },
  { group: group6, errata: group6Errata, leaves: 6, leafMax: 26n },
  { group: group7, errata: group7Errata, leaves: 8, leafMax: 20n },
];

const catalogue: Catalogue = {
  id: 'tth-2020',
  title: 't',
  source: 's',
  effectiveFrom: '2021-01-01',
  root: { code: 'I', title: 'CHÍNH QUYỀN SỐ', children: [group5, group6, group7] },
  errata: [...group5Errata, ...group6Errata, ...group7Errata],
};

function nodes(node: CatalogueNode): CatalogueNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}
const isLeaf = (node: CatalogueNode) => !node.children?.length;
const leaves = (node: CatalogueNode) => nodes(node).filter(isLeaf);
const allNodes = groups.flatMap(({ group }) => nodes(group));
const allLeaves = allNodes.filter(isLeaf);

/** Every input a rule reads (yes-no reads its sole boolean input, `value` by contract). */
function operandsOf(rule: Rule): string[] {
  const names = (operand: string | string[]) => (typeof operand === 'string' ? [operand] : operand);
  switch (rule.kind) {
    case 'ratio':
      return [...names(rule.numerator), ...names(rule.denominator)];
    case 'threshold-proportional':
    case 'step-threshold':
      return [...names(rule.numerator), ...(rule.denominator === undefined ? [] : names(rule.denominator))];
    case 'weighted-ratios':
      return [
        rule.denominator,
        ...rule.terms.map((term) => term.numerator),
        ...(rule.fullWhen ? [rule.fullWhen.numerator] : []),
      ];
    case 'yes-no':
      return ['value'];
    case 'tiered':
      return ['option'];
    case 'share-of-set':
      return ['count'];
    case 'per-item':
      return rule.items.map((item) => item.input);
    default: {
      const unknown: never = rule;
      throw new Error(`unhandled rule ${String(unknown)}`);
    }
  }
}

/** Integer maxima only in these groups: bigint sums are exact. */
function declared(node: CatalogueNode): bigint {
  expect(node.declaredMax).toMatch(/^\d+$/);
  return BigInt(node.declaredMax as string);
}
function leafSum(node: CatalogueNode): bigint {
  return leaves(node).reduce((sum, leaf) => sum + declared(leaf), 0n);
}

describe('tth-2020 groups 5–7: structure', () => {
  it('passes the catalogue validator with no schema problem and no notice', () => {
    const findings = validateCatalogue(catalogue);
    expect(findings.filter(isBlockingFinding)).toEqual([]);
    expect(
      findings.filter((f) => ['unused-input', 'applies-to-widens', 'unknown-erratum-code'].includes(f.kind)),
    ).toEqual([]);
  });

  it('has unique codes, each child numbered parent.1, parent.2, … in order', () => {
    const codes = allNodes.map((node) => node.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const node of allNodes) {
      (node.children ?? []).forEach((child, position) => expect(child.code).toBe(`${node.code}.${position + 1}`));
    }
  });

  it.each(groups.map((g) => [g.group.code, g] as const))(
    'group %s has its scored criteria and their maxima',
    (_code, { group, leaves: count, leafMax }) => {
      expect(leaves(group)).toHaveLength(count);
      expect(leafSum(group)).toBe(leafMax);
    },
  );

  it.each(allLeaves.map((leaf) => [leaf.code, leaf] as const))(
    '%s: a complete criterion whose rule reads exactly its declared inputs',
    (_code, leaf) => {
      expect(leaf.title.trim()).not.toBe('');
      expect(leaf.titleEn).toBeTruthy();
      expect(leaf.declaredMax).toMatch(/^\d+$/);
      expect(leaf.scoringText).toBeTruthy();
      expect(leaf.appliesTo?.length).toBeGreaterThan(0);
      expect(leaf.rule).toBeDefined();
      const inputs = leaf.inputs ?? [];
      const names = inputs.map((input) => input.name);
      expect(new Set(names).size).toBe(names.length);
      for (const input of inputs) {
        // The stable names of the contract: the seed's letters (6.1.1's b1..b4), or value/option/count/count2.
        expect(input.name).toMatch(/^([a-d]|b[1-4]|value|option|count2?)$/);
        expect(input.label.trim()).not.toBe('');
        expect(input.labelEn).toBeTruthy();
        expect(input.type).toBe(input.name === 'value' ? 'boolean' : 'count');
      }
      const read = operandsOf(leaf.rule as Rule);
      expect([...new Set(read)].sort()).toEqual([...names].sort());
    },
  );

  it('allows a numerator above its denominator only where the seed compares with an outside figure', () => {
    const allowing = allLeaves
      .filter((leaf) => leaf.rule && 'allowNumeratorAboveDenominator' in leaf.rule)
      .map((leaf) => leaf.code);
    // Visits per inhabitant (5.13.3), training turns per IT staff member (7.2.2, 7.2.3).
    expect(allowing).toEqual(['5.13.3', '7.2.2', '7.2.3']);
  });

  it('assigns "cấp tỉnh" rows to departments, "cấp huyện"/"cấp xã" rows to district committees, the rest to both', () => {
    const blocks = Object.fromEntries(allLeaves.map((leaf) => [leaf.code, leaf.appliesTo]));
    for (const code of ['5.2.1', '5.7.1', '5.10.1']) expect(blocks[code]).toEqual(['department']);
    for (const code of ['5.2.2', '5.2.3', '5.10.2', '5.10.3']) expect(blocks[code]).toEqual(['district']);
    const single = new Set(['5.2.1', '5.7.1', '5.10.1', '5.2.2', '5.2.3', '5.10.2', '5.10.3']);
    for (const leaf of allLeaves.filter((l) => !single.has(l.code))) {
      expect([leaf.code, leaf.appliesTo]).toEqual([leaf.code, ['department', 'district']]);
    }
  });

  it('records every declared maximum that differs from its children as a max-mismatch erratum', () => {
    const mismatched = allNodes
      .filter((node) => !isLeaf(node) && node.declaredMax !== undefined)
      .filter((node) => declared(node) !== leafSum(node))
      .map((node) => node.code);
    // 5: 100 declared, 83 in criteria; 5.4: 9 declared, 4 × 2 = 8; 6: 30 declared, 6 + 8 + 12 = 26.
    expect(mismatched).toEqual(['5', '5.4', '6']);
    const recorded = catalogue.errata.filter((e) => e.kind === 'max-mismatch').map((e) => e.code);
    expect(recorded.sort()).toEqual(mismatched.sort());
    expect(declared(group7)).toBe(leafSum(group7));
  });

  it('scores merged seed rows once, under the first code', () => {
    const codes = new Set(allNodes.map((node) => node.code));
    expect(codes.has('5.8.2')).toBe(false);
    expect(codes.has('5.9.2')).toBe(false);
    const merged = catalogue.errata.filter((e) => e.kind === 'merged-rows');
    expect(merged.map((e) => [e.code, e.seedSays.startsWith(e.code.replace(/1$/, '2'))])).toEqual([
      ['5.8.1', true],
      ['5.9.1', true],
    ]);
    for (const code of ['5.8.1', '5.9.1']) {
      const leaf = allLeaves.find((l) => l.code === code);
      expect(leaf?.notes?.some((note) => note.includes(code.replace(/1$/, '2')))).toBe(true);
    }
  });

  it('keeps the seed errors in view, each erratum about a node of its group', () => {
    for (const { group, errata } of groups) {
      const codes = new Set(nodes(group).map((node) => node.code));
      for (const erratum of errata) {
        expect([erratum.code, codes.has(erratum.code)]).toEqual([erratum.code, true]);
        expect(erratum.seedSays.trim()).not.toBe('');
        expect(erratum.interpretation.trim()).not.toBe('');
      }
    }
    const kinds = (kind: ErratumKind) =>
      catalogue.errata
        .filter((e) => e.kind === kind)
        .map((e) => e.code)
        .sort();
    expect(kinds('lost-comparison-sign')).toEqual(['5.10.1', '5.10.2', '5.10.3', '5.11.1', '7.2.5']);
    expect(kinds('formula-typo')).toEqual(['7.2.3']);
    expect(kinds('copied-row')).toEqual(['5.13.2', '5.5']);
    expect(kinds('other')).toEqual(['5.12.1', '5.13.3', '5.5.1', '5.5.2', '5.7.1', '6.3.3', '7.1.2']);
  });
});
