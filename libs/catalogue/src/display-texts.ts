import type { CatalogueNode, InputSpec, Rule } from './catalogue.types';

/**
 * The display texts of one node that differ from the seed: the repaired title, input labels by input name,
 * tiered option labels by their 1-based position. Kept as one table per catalogue so every repair of the
 * scan sits in one reviewable place and the transcription stays verbatim.
 */
export interface DisplayTextRepair {
  title?: string;
  inputs?: Record<string, string>;
  options?: Record<number, string>;
}

export type DisplayTextRepairs = Readonly<Record<string, DisplayTextRepair>>;

/**
 * A copy of `node` whose titles and labels are the display texts of `repairs`, each replaced text kept
 * verbatim in `seedText`. Per-item labels equal to a repaired input label follow it. Throws on a repair for
 * a code, input or option that does not exist, or one that changes nothing: a stale table is a bug.
 */
export function withDisplayTexts(node: CatalogueNode, repairs: DisplayTextRepairs): CatalogueNode {
  const unused = new Set(Object.keys(repairs));
  const repaired = repairNode(node, repairs, unused);
  if (unused.size > 0) throw new Error(`Display texts for unknown codes: ${[...unused].join(', ')}`);
  return repaired;
}

function repairNode(node: CatalogueNode, repairs: DisplayTextRepairs, unused: Set<string>): CatalogueNode {
  const repair = repairs[node.code];
  unused.delete(node.code);
  const copy: CatalogueNode = { ...node };
  if (repair?.title !== undefined) {
    if (repair.title === node.title) throw new Error(`${node.code}: the display title repeats the seed's`);
    copy.title = repair.title;
    copy.seedText = node.seedText ?? node.title;
  }
  const labels = new Map<string, { from: string; to: string }>();
  if (repair?.inputs) {
    // Stryker disable next-line ArrayDeclaration: a node without inputs has no input of that name, whatever stands in for them
    const inputs: InputSpec[] = [...(node.inputs ?? [])];
    for (const [name, label] of Object.entries(repair.inputs)) {
      const position = inputs.findIndex((input) => input.name === name);
      if (position < 0) throw new Error(`${node.code}: no input "${name}" to give a display label`);
      const input = inputs[position];
      if (input.label === label) throw new Error(`${node.code}: the display label of "${name}" repeats the seed's`);
      inputs[position] = { ...input, label, seedText: input.seedText ?? input.label };
      labels.set(name, { from: input.label, to: label });
    }
    copy.inputs = inputs;
  }
  if (node.rule) copy.rule = repairRule(node.code, node.rule, labels, repair?.options);
  if (node.children) copy.children = node.children.map((child) => repairNode(child, repairs, unused));
  return copy;
}

function repairRule(
  code: string,
  rule: Rule,
  labels: ReadonlyMap<string, { from: string; to: string }>,
  options: Record<number, string> | undefined,
): Rule {
  if (rule.kind === 'per-item' && labels.size > 0) {
    return {
      ...rule,
      items: rule.items.map((item) => {
        const label = labels.get(item.input);
        return label && label.from === item.label
          ? { ...item, label: label.to, seedText: item.seedText ?? item.label }
          : item;
      }),
    };
  }
  if (options === undefined) return rule;
  if (rule.kind !== 'tiered') throw new Error(`${code}: option labels for a ${rule.kind} rule`);
  const repaired = rule.options.map((option) => ({ ...option }));
  for (const [position, label] of Object.entries(options)) {
    const option = repaired[Number(position) - 1];
    if (!option) throw new Error(`${code}: no option ${position} to give a display label`);
    repaired[Number(position) - 1] = { ...option, label, seedText: option.seedText ?? option.label };
  }
  return { ...rule, options: repaired };
}
