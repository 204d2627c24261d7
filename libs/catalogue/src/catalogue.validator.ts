import type { Catalogue, CatalogueNode, ErratumKind, InputType, Rule, UnitBlock } from './catalogue.types';
import type { CatalogueFinding, FindingKind } from './catalogue-finding';
import { UNIT_BLOCKS, computedMax } from './catalogue-tree';
import { Rational } from './rational';
import { findBrokenSyllables } from './vietnamese-syllables';

const INPUT_TYPES: readonly InputType[] = ['count', 'quantity', 'boolean', 'option'];
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
const NUMERIC_INPUTS: readonly InputType[] = ['count', 'quantity'];
const ITEM_INPUTS: readonly InputType[] = ['count', 'boolean'];

/**
 * Checks a catalogue against the data contract and reports, in document order:
 * schema problems (see SCHEMA_PROBLEM_KINDS: these block registration), notices, a 'max-mismatch' for
 * every inner node whose declared maximum differs from the sum of its children's computed maxima, and
 * finally every recorded erratum. A new criteria set is new data: this is what keeps it honest.
 *
 * The argument is typed, but catalogues also arrive as JSON files, so every field is checked as unknown.
 */
export function validateCatalogue(catalogue: Catalogue): CatalogueFinding[] {
  return new CatalogueInspection(catalogue as unknown).run();
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

class CatalogueInspection {
  private readonly findings: CatalogueFinding[] = [];
  private readonly seenCodes = new Set<string>();
  private catalogueId = '?';

  constructor(private readonly catalogue: unknown) {}

  run(): CatalogueFinding[] {
    const catalogue = this.catalogue;
    if (!isObject(catalogue)) {
      this.report('?', 'invalid-catalogue', 'Bộ tiêu chí phải là một đối tượng', 'A catalogue must be an object');
      return this.findings;
    }
    this.inspectHeader(catalogue);
    if (isObject(catalogue.root)) {
      this.inspectNode(catalogue.root, UNIT_BLOCKS, 'root');
    } else {
      this.report(this.catalogueId, 'invalid-catalogue', 'Thiếu nút gốc (root)', 'The root node is missing');
    }
    this.inspectErrata(catalogue.errata);
    return this.findings;
  }

  private inspectHeader(catalogue: Json): void {
    if (isText(catalogue.id) && /^[a-z0-9][a-z0-9._-]*$/i.test(catalogue.id)) {
      this.catalogueId = catalogue.id;
    } else {
      this.report(
        String(catalogue.id ?? '?'),
        'invalid-catalogue',
        'Mã bộ tiêu chí (id) phải gồm chữ, số, ".", "_" hoặc "-"',
        'The catalogue id must be letters, digits, ".", "_" or "-"',
      );
    }
    for (const field of ['title', 'source'] as const) {
      if (!isText(catalogue[field])) {
        this.report(this.catalogueId, 'invalid-catalogue', `Thiếu "${field}"`, `"${field}" is missing`);
      }
    }
    const effectiveFrom = catalogue.effectiveFrom;
    if (!isText(effectiveFrom) || !isIsoDate(effectiveFrom)) {
      this.report(
        this.catalogueId,
        'invalid-catalogue',
        `Ngày hiệu lực "${String(effectiveFrom)}" không phải ngày ISO (YYYY-MM-DD)`,
        `effectiveFrom "${String(effectiveFrom)}" is not an ISO date (YYYY-MM-DD)`,
      );
    }
  }

  private inspectNode(node: Json, inherited: readonly UnitBlock[], where: string): void {
    if (!isText(node.code)) {
      this.report(where, 'invalid-node', 'Nút thiếu mã (code)', 'A node has no code');
      return;
    }
    const code = node.code;
    if (this.seenCodes.has(code)) {
      this.report(code, 'duplicate-code', `Mã ${code} bị trùng`, `Code ${code} appears more than once`);
    }
    this.seenCodes.add(code);
    if (!isText(node.title)) this.report(code, 'invalid-node', 'Thiếu tên (title)', 'The title is missing');
    else this.displayText(code, 'title', node.title);
    this.seedText(code, 'seedText', node.seedText);
    if (node.scoringText !== undefined && typeof node.scoringText !== 'string') {
      this.report(code, 'invalid-node', '"scoringText" phải là chuỗi', '"scoringText" must be a string');
    }
    if (node.notes !== undefined && !(Array.isArray(node.notes) && node.notes.every((n) => typeof n === 'string'))) {
      this.report(code, 'invalid-node', '"notes" phải là danh sách chuỗi', '"notes" must be a list of strings');
    }
    const appliesTo = this.inspectAppliesTo(code, node.appliesTo, inherited);
    const declaredMax = node.declaredMax === undefined ? undefined : this.exact(code, 'declaredMax', node.declaredMax);
    if (declaredMax?.isNegative()) {
      this.report(code, 'invalid-exact', 'Điểm tối đa không được âm', 'The maximum may not be negative');
    }

    if (node.children !== undefined && !Array.isArray(node.children)) {
      this.report(code, 'invalid-node', '"children" phải là danh sách', '"children" must be a list');
      return;
    }
    const children = (node.children ?? []) as unknown[];
    if (children.length === 0) {
      this.inspectLeaf(code, node);
      return;
    }
    if (node.rule !== undefined || node.inputs !== undefined) {
      this.report(
        code,
        'rule-on-group',
        'Nhóm tiêu chí có các tiêu chí con thì không có cách tính điểm/số liệu riêng',
        'A group with children may not carry a rule or inputs of its own',
      );
    }
    if (declaredMax !== undefined) this.compareMax(code, node, declaredMax);
    children.forEach((child, position) => {
      if (isObject(child)) this.inspectNode(child, appliesTo, `${code} › #${position + 1}`);
      else
        this.report(
          code,
          'invalid-node',
          `Nút con #${position + 1} không hợp lệ`,
          `Child #${position + 1} is not a node`,
        );
    });
  }

  private compareMax(code: string, node: Json, declaredMax: Rational): void {
    const computed = computedMax(node as unknown as CatalogueNode);
    if (computed.equals(declaredMax)) return;
    const declaredText = declaredMax.toExactDecimal() ?? declaredMax.toString();
    const computedText = computed.toExactDecimal() ?? computed.toString();
    this.findings.push({
      code,
      kind: 'max-mismatch',
      declared: declaredMax.toNumber(6),
      computed: computed.toNumber(6),
      message:
        `Điểm tối đa ghi ${declaredText} nhưng tổng các tiêu chí con là ${computedText}; tính điểm theo tổng các tiêu chí / ` +
        `Declared maximum ${declaredText} but the children add up to ${computedText}; scoring uses the leaves' sum`,
    });
  }

  private inspectAppliesTo(code: string, value: unknown, inherited: readonly UnitBlock[]): readonly UnitBlock[] {
    if (value === undefined) return inherited;
    // Stryker disable next-line ArrayDeclaration: any stand-in for a non-list is refused the same way (never a non-empty list of blocks)
    const blocks = Array.isArray(value) ? value : [];
    const valid =
      blocks.length > 0 &&
      blocks.every((block) => UNIT_BLOCKS.includes(block as UnitBlock)) &&
      new Set(blocks).size === blocks.length;
    if (!valid) {
      this.report(
        code,
        'applies-to',
        `"appliesTo" phải là danh sách không rỗng gồm ${UNIT_BLOCKS.join(', ')}`,
        `"appliesTo" must be a non-empty list of ${UNIT_BLOCKS.join(', ')}`,
      );
      return inherited;
    }
    const typed = blocks as UnitBlock[];
    const widened = typed.filter((block) => !inherited.includes(block));
    if (widened.length > 0) {
      this.report(
        code,
        'applies-to-widens',
        // Stryker disable next-line StringLiteral: at most one block can widen (two blocks, and a parent's list is never empty), so the separator is never written
        `Áp dụng cho ${widened.join(', ')} trong khi nhóm cha thì không`,
        // Stryker disable next-line StringLiteral: at most one block can widen (two blocks, and a parent's list is never empty), so the separator is never written
        `Applies to ${widened.join(', ')} although its parent does not`,
      );
    }
    return typed;
  }

  private inspectLeaf(code: string, node: Json): void {
    if (node.declaredMax === undefined) {
      this.report(code, 'missing-max', 'Tiêu chí thiếu điểm tối đa', 'The criterion has no maximum');
    }
    const inputs = this.inspectInputs(code, node.inputs);
    if (!isObject(node.rule)) {
      this.report(code, 'missing-rule', 'Tiêu chí thiếu cách tính điểm (rule)', 'The criterion has no rule');
      return;
    }
    const used = new Set<string>();
    this.inspectRule(code, node.rule as unknown as Rule, inputs, used);
    for (const name of inputs.keys()) {
      if (!used.has(name)) {
        this.report(
          code,
          'unused-input',
          `Số liệu "${name}" được khai báo nhưng không dùng trong cách tính điểm`,
          `Input "${name}" is declared but the rule does not use it`,
        );
      }
    }
  }

  private inspectInputs(code: string, value: unknown): Map<string, InputType> {
    const inputs = new Map<string, InputType>();
    if (!Array.isArray(value) || value.length === 0) {
      this.report(code, 'invalid-inputs', 'Tiêu chí thiếu danh sách số liệu (inputs)', 'The criterion has no inputs');
      return inputs;
    }
    value.forEach((input: unknown, position) => {
      const spec = isObject(input) ? input : {};
      const name = isText(spec.name) ? spec.name : undefined;
      const type = INPUT_TYPES.find((t) => t === spec.type);
      if (!name || !type || !isText(spec.label)) {
        this.report(
          code,
          'invalid-inputs',
          `Số liệu #${position + 1} cần "name", "type" (${INPUT_TYPES.join('/')}) và "label"`,
          `Input #${position + 1} needs "name", "type" (${INPUT_TYPES.join('/')}) and "label"`,
        );
        return;
      }
      if (inputs.has(name)) {
        this.report(code, 'invalid-inputs', `Số liệu "${name}" bị trùng`, `Input "${name}" is declared twice`);
      }
      this.displayText(code, `inputs.${name}.label`, spec.label as string);
      this.seedText(code, `inputs.${name}.seedText`, spec.seedText);
      inputs.set(name, type);
    });
    return inputs;
  }

  private inspectRule(code: string, rule: Rule, inputs: Map<string, InputType>, used: Set<string>): void {
    const numeric = (value: unknown, role: string) => this.operand(code, role, value, inputs, used, NUMERIC_INPUTS);
    switch (rule.kind) {
      case 'ratio':
        numeric(rule.numerator, 'numerator');
        numeric(rule.denominator, 'denominator');
        this.flag(code, rule.allowNumeratorAboveDenominator);
        this.flag(code, rule.zeroWhenNumeratorZero, 'zeroWhenNumeratorZero');
        return;
      case 'threshold-proportional':
      case 'step-threshold':
        numeric(rule.numerator, 'numerator');
        if (rule.denominator !== undefined) numeric(rule.denominator, 'denominator');
        this.flag(code, rule.allowNumeratorAboveDenominator);
        this.threshold(code, rule.threshold);
        return;
      case 'yes-no':
        this.soleInput(code, 'boolean', inputs, used);
        return;
      case 'tiered':
        this.soleInput(code, 'option', inputs, used);
        this.list(code, 'options', rule.options, (option, where) => {
          if (!isText(option.label))
            this.report(code, 'invalid-rule', `${where}: thiếu "label"`, `${where}: no "label"`);
          else this.displayText(code, `${where}.label`, option.label);
          this.seedText(code, `${where}.seedText`, option.seedText);
          this.fraction(code, `${where}.fraction`, option.fraction);
        });
        return;
      case 'per-item':
        this.list(code, 'items', rule.items, (item, where) => {
          this.operand(code, `${where}.input`, item.input, inputs, used, ITEM_INPUTS, false);
          if (!isText(item.label)) this.report(code, 'invalid-rule', `${where}: thiếu "label"`, `${where}: no "label"`);
          else this.displayText(code, `${where}.label`, item.label);
          this.seedText(code, `${where}.seedText`, item.seedText);
          this.nonNegative(code, `${where}.pointsEach`, item.pointsEach);
          if (item.cap !== undefined) this.nonNegative(code, `${where}.cap`, item.cap);
          if (item.maxCount !== undefined) this.wholeNumber(code, `${where}.maxCount`, item.maxCount);
        });
        return;
      case 'weighted-ratios':
        this.operand(code, 'denominator', rule.denominator, inputs, used, NUMERIC_INPUTS, false);
        this.list(code, 'terms', rule.terms, (term, where) => {
          this.operand(code, `${where}.numerator`, term.numerator, inputs, used, NUMERIC_INPUTS, false);
          this.fraction(code, `${where}.weight`, term.weight);
        });
        if (rule.fullWhen !== undefined) {
          const fullWhen: unknown = rule.fullWhen;
          const condition = isObject(fullWhen) ? fullWhen : {};
          this.operand(code, 'fullWhen.numerator', condition.numerator, inputs, used, NUMERIC_INPUTS, false);
          this.threshold(code, condition.threshold);
        }
        return;
      case 'share-of-set':
        this.soleInput(code, 'count', inputs, used);
        this.list(code, 'contents', rule.contents, (content, where) => {
          if (!isText(content.label))
            this.report(code, 'invalid-rule', `${where}: thiếu "label"`, `${where}: no "label"`);
          else this.displayText(code, `${where}.label`, content.label);
          this.seedText(code, `${where}.seedText`, content.seedText);
        });
        return;
      default: {
        const unknownRule: never = rule;
        const kind = String((unknownRule as { kind?: unknown }).kind);
        this.report(code, 'invalid-rule', `Loại cách tính "${kind}" không tồn tại`, `Unknown rule kind "${kind}"`);
      }
    }
  }

  /** An operand names one input, or (where sums are allowed) several that are added up. */
  private operand(
    code: string,
    role: string,
    value: unknown,
    inputs: Map<string, InputType>,
    used: Set<string>,
    types: readonly InputType[],
    allowSum = true,
  ): void {
    const names = typeof value === 'string' ? [value] : allowSum && Array.isArray(value) ? value : undefined;
    if (!names || names.length === 0 || !names.every(isText)) {
      this.report(
        code,
        'invalid-rule',
        `"${role}" phải là tên số liệu${allowSum ? ' hoặc danh sách tên số liệu' : ''}`,
        `"${role}" must name an input${allowSum ? ' or a list of inputs' : ''}`,
      );
      return;
    }
    for (const name of names as string[]) {
      const type = inputs.get(name);
      used.add(name);
      if (type === undefined) {
        this.report(
          code,
          'unknown-input',
          `"${role}" dùng số liệu "${name}" chưa được khai báo`,
          `"${role}" uses input "${name}", which is not declared`,
        );
      } else if (!types.includes(type)) {
        this.report(
          code,
          'input-type',
          `"${role}" cần số liệu kiểu ${types.join('/')}, nhưng "${name}" là ${type}`,
          `"${role}" needs a ${types.join('/')} input, but "${name}" is ${type}`,
        );
      }
    }
  }

  /** yes-no, tiered and share-of-set read the criterion's one input of their type. */
  private soleInput(code: string, type: InputType, inputs: Map<string, InputType>, used: Set<string>): void {
    const matching = [...inputs].filter(([, t]) => t === type).map(([name]) => name);
    matching.forEach((name) => used.add(name));
    if (matching.length !== 1) {
      this.report(
        code,
        'input-type',
        `Cách tính này cần đúng một số liệu kiểu ${type} (đang có ${matching.length})`,
        `This rule needs exactly one ${type} input (found ${matching.length})`,
      );
    }
  }

  private list(code: string, field: string, value: unknown, check: (entry: Json, where: string) => void): void {
    if (!Array.isArray(value) || value.length === 0) {
      this.report(
        code,
        'invalid-rule',
        `"${field}" phải là danh sách không rỗng`,
        `"${field}" must be a non-empty list`,
      );
      return;
    }
    value.forEach((entry: unknown, position) => check(isObject(entry) ? entry : {}, `${field}[${position}]`));
  }

  private flag(code: string, value: unknown, field = 'allowNumeratorAboveDenominator'): void {
    if (value !== undefined && typeof value !== 'boolean') {
      this.report(code, 'invalid-rule', `"${field}" phải là true/false`, `"${field}" must be a boolean`);
    }
  }

  /** What users read must not carry a scan's broken word; the verbatim seed text (`seedText`) may. */
  private displayText(code: string, field: string, text: string): void {
    const broken = findBrokenSyllables(text);
    if (broken.length === 0) return;
    const words = broken.map((entry) => `"${entry.word}"`).join(', ');
    this.report(
      code,
      'broken-syllable',
      `${field} có từ không phải âm tiết tiếng Việt (chữ bị mất khi quét?): ${words} trong "${text}"`,
      `${field} has words that are no Vietnamese syllable (letters lost in the scan?): ${words} in "${text}"`,
    );
  }

  /** Absent, or (a JSON view's way of saying absent) null; else the seed's text. */
  private seedText(code: string, field: string, value: unknown): void {
    if (value !== undefined && value !== null && !isText(value)) {
      this.report(code, 'invalid-node', `"${field}" phải là chuỗi`, `"${field}" must be a string`);
    }
  }

  private wholeNumber(code: string, field: string, value: unknown): void {
    const number = this.exact(code, field, value);
    if (number && (number.isNegative() || !number.isInteger())) {
      this.report(code, 'invalid-rule', `${field} phải là số nguyên không âm`, `${field} must be a whole number ≥ 0`);
    }
  }

  private threshold(code: string, value: unknown): void {
    const threshold = this.exact(code, 'threshold', value);
    if (threshold && threshold.compare(Rational.ZERO) <= 0) {
      this.report(
        code,
        'threshold',
        `Ngưỡng ${String(value)} phải lớn hơn 0`,
        `Threshold ${String(value)} must be positive`,
      );
    }
  }

  private fraction(code: string, field: string, value: unknown): void {
    const fraction = this.exact(code, field, value);
    if (fraction && (fraction.isNegative() || fraction.gt(Rational.ONE))) {
      this.report(
        code,
        'fraction-range',
        `${field} = ${String(value)} nằm ngoài [0, 1]`,
        `${field} = ${String(value)} is outside [0, 1]`,
      );
    }
  }

  private nonNegative(code: string, field: string, value: unknown): void {
    const number = this.exact(code, field, value);
    if (number?.isNegative()) {
      this.report(code, 'invalid-rule', `${field} không được âm`, `${field} may not be negative`);
    }
  }

  private exact(code: string, field: string, value: unknown): Rational | undefined {
    // Stryker disable next-line ConditionalExpression: Rational.tryParse refuses a non-string itself; the test only says what is read
    const parsed = typeof value === 'string' ? Rational.tryParse(value) : undefined;
    if (parsed === undefined) {
      this.report(
        code,
        'invalid-exact',
        `${field} = ${JSON.stringify(value)} không phải số chính xác ("3", "0.25", "1/3", "80%")`,
        `${field} = ${JSON.stringify(value)} is not an exact number ("3", "0.25", "1/3", "80%")`,
      );
    }
    return parsed;
  }

  private inspectErrata(errata: unknown): void {
    if (!Array.isArray(errata)) {
      this.report(this.catalogueId, 'invalid-catalogue', 'Thiếu danh sách đính chính (errata)', '"errata" is missing');
      return;
    }
    errata.forEach((value: unknown, position) => {
      const erratum = isObject(value) ? value : {};
      const kind = ERRATUM_KINDS.find((k) => k === erratum.kind);
      if (!isText(erratum.code) || !kind || !isText(erratum.seedSays) || !isText(erratum.interpretation)) {
        this.report(
          isText(erratum.code) ? erratum.code : `errata[${position}]`,
          'invalid-erratum',
          `Đính chính #${position + 1} cần "code", "kind", "seedSays" và "interpretation"`,
          `Erratum #${position + 1} needs "code", "kind", "seedSays" and "interpretation"`,
        );
        return;
      }
      this.findings.push({
        code: erratum.code,
        kind,
        message: `Đính chính / Erratum — văn bản gốc / the seed says: "${erratum.seedSays}" → ${erratum.interpretation}`,
      });
      if (!this.seenCodes.has(erratum.code)) {
        this.report(
          erratum.code,
          'unknown-erratum-code',
          `Đính chính #${position + 1} nói về mã ${erratum.code}, không có trong bộ tiêu chí`,
          `Erratum #${position + 1} is about code ${erratum.code}, which is not in the catalogue`,
        );
      }
    });
  }

  private report(code: string, kind: FindingKind, vi: string, en: string): void {
    this.findings.push({ code, kind, message: `${vi} / ${en}` });
  }
}

function isIsoDate(text: string): boolean {
  // Stryker disable next-line Regex: without "$" it is equivalent (after YYYY-MM-DD only "T…" can prefix an ISO string, and "…TT00:00:00Z" is no date); without "^" the "+010000-01-01" spec kills it
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
