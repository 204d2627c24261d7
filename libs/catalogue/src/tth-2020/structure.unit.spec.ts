/**
 * The shape of tth-2020 as a whole: what the per-criterion specs cannot see one criterion at a time.
 * Inputs are a stable contract (the CLI, the API and stored events name them), so their names are checked
 * against the naming rules as well as against the rules that read them.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { CatalogueNode, Erratum, ErratumKind, InputType, Operand, Rule } from '../catalogue.types';
import { computedMax, isLeaf, walkCatalogue } from '../catalogue-tree';
import { Rational } from '../rational';
import { group1, group1Errata } from './group-1';
import { group2, group2Errata } from './group-2';
import { group3, group3Errata } from './group-3';
import { group4, group4Errata } from './group-4';
import { tth2020 } from './index';

/** The hand-scored specs run the scoring engine, so they live in libs/scoring (the catalogue does not depend on it). */
const HAND_SCORED_SPECS = join(__dirname, '../../../scoring/src/tth-2020');

const ERRATUM_KINDS: readonly ErratumKind[] = [
  'max-mismatch',
  'mistyped-code',
  'inverted-ratio',
  'lost-comparison-sign',
  'copied-row',
  'formula-typo',
  'merged-rows',
  'other',
];

/** The groups this file's author transcribed, with their errata and the spec that scores them by hand. */
const ownGroups: Array<{ group: CatalogueNode; errata: Erratum[]; spec: string; leaves: number }> = [
  { group: group1, errata: group1Errata, spec: 'group-1.unit.spec.ts', leaves: 10 },
  { group: group2, errata: group2Errata, spec: 'group-2.unit.spec.ts', leaves: 21 },
  { group: group3, errata: group3Errata, spec: 'group-3.unit.spec.ts', leaves: 19 },
  { group: group4, errata: group4Errata, spec: 'group-4.unit.spec.ts', leaves: 15 },
];

const nodes = [...walkCatalogue(tth2020.root)].map((entry) => entry.node);
const leaves = nodes.filter(isLeaf);
const leafCodes = (group: CatalogueNode) =>
  [...walkCatalogue(group)].filter((e) => isLeaf(e.node)).map((e) => e.node.code);

function names(operand: Operand): string[] {
  return typeof operand === 'string' ? [operand] : operand;
}

/** Every input a rule reads, each with the types it may have. */
function operandsOf(rule: Rule, node: CatalogueNode): Array<{ name: string; types: InputType[] }> {
  const numeric: InputType[] = ['count', 'quantity'];
  const soleOf = (type: InputType) =>
    (node.inputs ?? []).filter((input) => input.type === type).map((input) => ({ name: input.name, types: [type] }));
  switch (rule.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold':
      return [...names(rule.numerator), ...(rule.denominator === undefined ? [] : names(rule.denominator))].map(
        (name) => ({ name, types: numeric }),
      );
    case 'weighted-ratios':
      return [
        rule.denominator,
        ...rule.terms.map((term) => term.numerator),
        ...(rule.fullWhen ? [rule.fullWhen.numerator] : []),
      ].map((name) => ({ name, types: numeric }));
    case 'per-item':
      return rule.items.map((item) => ({ name: item.input, types: ['count', 'boolean'] }));
    case 'yes-no':
      return soleOf('boolean');
    case 'tiered':
      return soleOf('option');
    case 'share-of-set':
      return soleOf('count');
    default: {
      const unknown: never = rule;
      throw new Error(`unknown rule ${JSON.stringify(unknown)}`);
    }
  }
}

/** The contract's input names per rule kind: the seed's letters where it names figures (a, b, c, d; b1…b4 in 6.1.1). */
const LETTER = /^[a-h][0-9]?$/;
const expectedNames: Record<Rule['kind'], (name: string) => boolean> = {
  ratio: (name) => LETTER.test(name),
  'threshold-proportional': (name) => LETTER.test(name),
  'step-threshold': (name) => LETTER.test(name),
  'weighted-ratios': (name) => LETTER.test(name),
  'yes-no': (name) => name === 'value',
  tiered: (name) => name === 'option',
  'per-item': (name) => name === 'count' || name === 'count2' || LETTER.test(name),
  'share-of-set': (name) => name === 'count',
};

describe('tth-2020 catalogue structure', () => {
  it('has the header the contract fixes', () => {
    expect(tth2020).toMatchObject({
      id: 'tth-2020',
      title: 'Bộ tiêu chí chuyển đổi chính quyền số',
      source: 'Phụ lục 4, Kế hoạch số 222/KH-UBND ngày 21/10/2020 của UBND tỉnh Thừa Thiên Huế',
      effectiveFrom: '2021-01-01',
      root: { code: 'I', title: 'CHÍNH QUYỀN SỐ', titleEn: 'Digital government' },
    });
    expect(tth2020.root.children?.map((group) => group.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it("has unique codes, each under its parent's code", () => {
    const codes = nodes.map((node) => node.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    const misplaced: string[] = [];
    for (const group of tth2020.root.children ?? []) {
      for (const entry of walkCatalogue(group)) {
        for (const child of entry.node.children ?? []) {
          if (!child.code.startsWith(`${entry.node.code}.`)) misplaced.push(`${child.code} under ${entry.node.code}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('gives every inner node children only, and every leaf a max, a rule, inputs and the seed texts', () => {
    const problems: string[] = [];
    for (const node of nodes) {
      if (!node.title.trim()) problems.push(`${node.code}: no title`);
      if (!node.titleEn?.trim()) problems.push(`${node.code}: no English title`);
      if (!isLeaf(node)) {
        if (node.rule || node.inputs) problems.push(`${node.code}: a group with a rule or inputs`);
        continue;
      }
      if (node.declaredMax === undefined || Rational.tryParse(node.declaredMax) === undefined) {
        problems.push(`${node.code}: no readable max`);
      }
      if (!node.rule) problems.push(`${node.code}: no rule`);
      if (!node.inputs?.length) problems.push(`${node.code}: no inputs`);
      if (!node.scoringText?.trim()) problems.push(`${node.code}: no scoring text`);
      if (!node.appliesTo?.length) problems.push(`${node.code}: appliesTo not set on the leaf`);
    }
    expect(problems).toEqual([]);
  });

  it('names in every rule only declared inputs of a fitting type, and uses every declared input', () => {
    const problems: string[] = [];
    for (const leaf of leaves) {
      if (!leaf.rule || !leaf.inputs) continue;
      const declared = new Map(leaf.inputs.map((input) => [input.name, input.type]));
      if (declared.size !== leaf.inputs.length) problems.push(`${leaf.code}: an input is declared twice`);
      const read = operandsOf(leaf.rule, leaf);
      for (const { name, types } of read) {
        const type = declared.get(name);
        if (type === undefined) problems.push(`${leaf.code}: the rule reads undeclared "${name}"`);
        else if (!types.includes(type)) problems.push(`${leaf.code}: "${name}" is ${type}, the rule needs ${types}`);
      }
      const readNames = new Set(read.map((operand) => operand.name));
      for (const input of leaf.inputs) {
        if (!readNames.has(input.name)) problems.push(`${leaf.code}: "${input.name}" is declared but never read`);
        if (!expectedNames[leaf.rule.kind](input.name)) {
          problems.push(`${leaf.code}: "${input.name}" breaks the naming contract for ${leaf.rule.kind}`);
        }
        if (!input.label.trim()) problems.push(`${leaf.code}: "${input.name}" has no label`);
      }
      if (leaf.rule.kind === 'yes-no' || leaf.rule.kind === 'tiered' || leaf.rule.kind === 'share-of-set') {
        if (leaf.inputs.length !== 1) problems.push(`${leaf.code}: ${leaf.rule.kind} takes exactly one input`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps every rule's figures exact and in range", () => {
    const problems: string[] = [];
    const exact = (code: string, what: string, text: string) => {
      if (Rational.tryParse(text) === undefined) problems.push(`${code}: ${what} "${text}" is not exact`);
      return Rational.tryParse(text);
    };
    for (const leaf of leaves) {
      const rule = leaf.rule;
      if (!rule) continue;
      switch (rule.kind) {
        case 'tiered': {
          const fractions = rule.options.map((option, i) => exact(leaf.code, `option ${i + 1}`, option.fraction));
          if (fractions.some((f) => f && (f.isNegative() || f.gt(Rational.ONE)))) {
            problems.push(`${leaf.code}: a fraction outside [0, 1]`);
          }
          // The 0-point bullet is an option too, so submitters can choose it.
          if (!fractions.some((f) => f?.equals(Rational.ZERO))) problems.push(`${leaf.code}: no 0-point option`);
          break;
        }
        case 'per-item':
          for (const item of rule.items) {
            exact(leaf.code, `${item.input}.pointsEach`, item.pointsEach);
            if (item.cap !== undefined) exact(leaf.code, `${item.input}.cap`, item.cap);
          }
          break;
        case 'threshold-proportional':
        case 'step-threshold': {
          const threshold = exact(leaf.code, 'threshold', rule.threshold);
          if (threshold && threshold.compare(Rational.ZERO) <= 0) problems.push(`${leaf.code}: threshold not positive`);
          break;
        }
        case 'share-of-set':
          if (rule.contents.length < 2) problems.push(`${leaf.code}: a set of fewer than 2 contents`);
          break;
        default:
          break;
      }
    }
    expect(problems).toEqual([]);
  });

  it('records an erratum for every declared max its children contradict, and only for those', () => {
    const mismatched = nodes
      .filter((node) => !isLeaf(node) && node.declaredMax !== undefined)
      .filter((node) => !computedMax(node).equals(Rational.parse(node.declaredMax as string)))
      .map((node) => node.code);
    const recorded = tth2020.errata.filter((e) => e.kind === 'max-mismatch').map((e) => e.code);
    expect([...recorded].sort()).toEqual([...mismatched].sort());
  });

  it('ties every erratum to a node of the catalogue, with a known kind and the seed quoted', () => {
    const codes = new Set(nodes.map((node) => node.code));
    const problems = tth2020.errata
      .filter(
        (e) => !codes.has(e.code) || !ERRATUM_KINDS.includes(e.kind) || !e.seedSays.trim() || !e.interpretation.trim(),
      )
      .map((e) => `${e.code} (${e.kind})`);
    expect(problems).toEqual([]);
  });

  it("concatenates every group's errata into the catalogue's, in group order", () => {
    const ownErrata = ownGroups.flatMap((own) => own.errata);
    expect(tth2020.errata.slice(0, ownErrata.length)).toEqual(ownErrata);
    const groupOf = (code: string) => code.split('.')[0];
    const order = tth2020.errata.map((e) => Number(groupOf(e.code)));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  describe.each(ownGroups)('group $group.code', ({ group, errata, spec, leaves: expectedLeaves }) => {
    it(`has ${expectedLeaves} scored criteria`, () => {
      expect(leafCodes(group)).toHaveLength(expectedLeaves);
    });

    it('keeps its errata inside the group', () => {
      const inGroup = new Set([...walkCatalogue(group)].map((entry) => entry.node.code));
      expect(errata.filter((e) => !inGroup.has(e.code)).map((e) => e.code)).toEqual([]);
    });

    it(`is scored by hand in ${spec} for every one of its criteria`, () => {
      const source = readFileSync(join(HAND_SCORED_SPECS, spec), 'utf8');
      const exercised = new Set([...source.matchAll(/code: '([0-9.]+)'/g)].map((match) => match[1]));
      expect([...exercised].sort()).toEqual([...leafCodes(group)].sort());
    });
  });
});
