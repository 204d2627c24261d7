import type { CatalogueNode, InputSpec, Rule, UnitBlock } from '@dti/catalogue';
import { Rational, computedMax, isLeaf, summarizeRule } from '@dti/catalogue';
import { jsonNumber, shownNumber } from './json-number';

export interface CatalogueNodeJson {
  code: string;
  /** The display title (repaired Vietnamese). */
  title: string;
  /** The seed's title verbatim, where it differs from the display title. */
  seedText?: string;
  /** The seed's declared maximum; null where the seed gives none. */
  declaredMax: number | null;
  /** The sum of the leaves' maxima: what the node is worth in scoring. */
  computedMax: number;
  appliesTo?: UnitBlock[];
  rule?: Rule;
  inputs?: InputSpec[];
  children: CatalogueNodeJson[];
}

export function catalogueNodeJson(node: CatalogueNode): CatalogueNodeJson {
  const declared = node.declaredMax === undefined ? undefined : Rational.tryParse(node.declaredMax);
  return {
    code: node.code,
    title: node.title,
    ...(node.seedText === undefined ? {} : { seedText: node.seedText }),
    declaredMax: declared === undefined ? null : jsonNumber(declared),
    computedMax: jsonNumber(computedMax(node)),
    ...(node.appliesTo ? { appliesTo: [...node.appliesTo] } : {}),
    ...(node.rule ? { rule: node.rule } : {}),
    ...(node.inputs ? { inputs: node.inputs } : {}),
    children: (node.children ?? []).map(catalogueNodeJson),
  };
}

export interface TreeOptions {
  /** Under each repaired title, input label or option, the seed's verbatim text. */
  seedText?: boolean;
}

/**
 * The tree as indented lines: code, display title, declared max and max from the leaves (flagged where they
 * differ), and the rule of each criterion; with `seedText`, the seed's text under every repaired one.
 */
export function catalogueTreeLines(root: CatalogueNode, options: TreeOptions = {}): string[] {
  const lines: string[] = [];
  const visit = (node: CatalogueNode, depth: number) => {
    const indent = '  '.repeat(depth);
    const computed = computedMax(node);
    const declared = node.declaredMax === undefined ? undefined : Rational.tryParse(node.declaredMax);
    let maxima: string;
    if (isLeaf(node)) {
      maxima = `[tối đa/max ${shownNumber(computed)}]`;
    } else {
      const declaredText = declared === undefined ? '—' : shownNumber(declared);
      const flag = declared !== undefined && !declared.equals(computed) ? ' ≠' : '';
      maxima = `[khai báo/declared ${declaredText}${flag}, từ tiêu chí/from leaves ${shownNumber(computed)}]`;
    }
    const blocks = node.appliesTo && node.appliesTo.length < 2 ? ` {${node.appliesTo.join(', ')}}` : '';
    lines.push(`${indent}${node.code}  ${node.title}  ${maxima}${blocks}`);
    if (options.seedText) lines.push(...seedTextLines(node, `${indent}    `));
    if (node.rule) lines.push(`${indent}    ↳ ${summarizeRule(node.rule)}`);
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return lines;
}

const SEED = 'văn bản gốc/seed';

/** The seed's text of a node's title, inputs and options, where the display text repairs it. */
function seedTextLines(node: CatalogueNode, indent: string): string[] {
  const lines: string[] = [];
  if (node.seedText !== undefined) lines.push(`${indent}${SEED}: ${node.seedText}`);
  for (const input of node.inputs ?? []) {
    if (input.seedText !== undefined) {
      lines.push(
        `${indent}${input.name}: ${input.label}`,
        `${indent}${' '.repeat(input.name.length + 2)}${SEED}: ${input.seedText}`,
      );
    }
  }
  if (node.rule?.kind === 'tiered') {
    node.rule.options.forEach((option, i) => {
      if (option.seedText !== undefined) {
        lines.push(`${indent}${i + 1}. ${option.label}`, `${indent}   ${SEED}: ${option.seedText}`);
      }
    });
  }
  return lines;
}
