import type { Catalogue, CatalogueNode, InputSpec, Rule, UnitBlock } from '@dti/catalogue';

/**
 * The pure part of the quarter page: the catalogue as the scoring engine reads it, the tree the page
 * shows, each criterion's status, figures as typed turned into the engine's inputs, and the server's
 * refusals keyed by the form field they concern. No React here, so it is unit-tested under Jest.
 */

/** GET /catalogues/{id}'s node, as far as this page reads it (the generated type leaves rule/inputs open). */
export interface CatalogueNodeDto {
  code: string;
  title: string;
  titleEn: string | null;
  declaredMax: string | null;
  computedMax: string;
  appliesTo: UnitBlock[];
  rule: Record<string, unknown> | null;
  inputs: Record<string, unknown>[];
  scoringText?: string;
  notes?: string[];
  children: CatalogueNodeDto[];
}

export interface CatalogueDto {
  id: string;
  title: string;
  titleEn: string | null;
  source: string;
  effectiveFrom: string;
  root: CatalogueNodeDto;
  errata: Record<string, unknown>[];
}

/**
 * The API's catalogue view back into the engine's `Catalogue` (nulls dropped, inputs on leaves only), so
 * the browser scores with exactly the catalogue the server scores with, through the same libs/scoring code.
 */
export function catalogueFromView(view: CatalogueDto): Catalogue {
  return {
    id: view.id,
    title: view.title,
    ...(view.titleEn === null ? {} : { titleEn: view.titleEn }),
    source: view.source,
    effectiveFrom: view.effectiveFrom,
    root: nodeFromView(view.root),
    errata: view.errata as unknown as Catalogue['errata'],
  };
}

function nodeFromView(view: CatalogueNodeDto): CatalogueNode {
  const leaf = view.children.length === 0;
  return {
    code: view.code,
    title: view.title,
    ...(view.titleEn === null ? {} : { titleEn: view.titleEn }),
    ...(view.declaredMax === null ? {} : { declaredMax: view.declaredMax }),
    appliesTo: [...view.appliesTo],
    ...(leaf && view.rule !== null ? { rule: view.rule as unknown as Rule } : {}),
    ...(leaf ? { inputs: view.inputs as unknown as InputSpec[] } : {}),
    ...(view.scoringText === undefined ? {} : { scoringText: view.scoringText }),
    ...(view.notes === undefined ? {} : { notes: [...view.notes] }),
    ...(leaf ? {} : { children: view.children.map(nodeFromView) }),
  };
}

/** A section of the page: a group or sub-group, with the criteria of the unit's block under it. */
export interface Section {
  node: CatalogueNode;
  /** Criteria directly under this node, in catalogue order. */
  criteria: CatalogueNode[];
  sections: Section[];
  /** Every criterion below, at any depth (for counts and `?criterion=`). */
  allCodes: string[];
}

/**
 * The catalogue tree cut down to the criteria the assessment lists (those of the unit's block). The top
 * level is the catalogue's groups (1 … 7): a lone roman-numeral root ("I") is looked through.
 */
export function sectionsFor(catalogue: Catalogue, applicable: ReadonlySet<string>): Section[] {
  let top = catalogue.root.children ?? [];
  while (top.length === 1 && (top[0].children?.length ?? 0) > 0 && top[0].children!.some((c) => c.children))
    top = top[0].children ?? [];
  return top.map((node) => sectionOf(node, applicable)).filter((section) => section.allCodes.length > 0);
}

function sectionOf(node: CatalogueNode, applicable: ReadonlySet<string>): Section {
  const criteria: CatalogueNode[] = [];
  const sections: Section[] = [];
  for (const child of node.children ?? []) {
    if (child.children && child.children.length > 0) {
      const section = sectionOf(child, applicable);
      if (section.allCodes.length > 0) sections.push(section);
    } else if (applicable.has(child.code)) {
      criteria.push(child);
    }
  }
  const allCodes = [...criteria.map((c) => c.code), ...sections.flatMap((s) => s.allCodes)];
  return { node, criteria, sections, allCodes };
}

/** The path of group codes down to a criterion (to expand them for `?criterion=`). */
export function sectionPath(sections: readonly Section[], code: string): string[] {
  for (const section of sections) {
    if (!section.allCodes.includes(code)) continue;
    return [section.node.code, ...sectionPath(section.sections, code)];
  }
  return [];
}

export type CriterionStatusKey = 'notSubmitted' | 'pending' | 'approved' | 'rejected' | 'notApplicable' | 'withdrawn';

interface SubmissionLike {
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';
}

interface CriterionLike<S extends SubmissionLike> {
  pending: S | null;
  official: { notApplicable: boolean } | null;
  submissions: readonly S[];
}

/**
 * What the submitter reads in the status column. Pending wins (it is what happens next); then the latest
 * word on the criterion: a rejection (with its reason) or a withdrawal that left nothing official; then
 * the official value, approved or not applicable; else nothing yet.
 */
export function criterionStatus<S extends SubmissionLike>(
  criterion: CriterionLike<S>,
): { key: CriterionStatusKey; latest: S | null } {
  if (criterion.pending) return { key: 'pending', latest: criterion.pending };
  const latest = [...criterion.submissions].reverse().find((s) => s.status !== 'superseded') ?? null;
  if (latest?.status === 'rejected') return { key: 'rejected', latest };
  if (criterion.official) return { key: criterion.official.notApplicable ? 'notApplicable' : 'approved', latest };
  if (latest?.status === 'withdrawn') return { key: 'withdrawn', latest };
  return { key: 'notSubmitted', latest };
}

/** A figure as typed in a field: text for numbers, a choice for yes/no and options. */
export type TypedValue = string | boolean | number | undefined;

/**
 * Figures as typed → the engine's (and the API's) inputs. What is clearly a number becomes one (a decimal
 * comma is accepted); anything else is passed on as typed, so the engine names the problem with its own
 * code (INVALID_TYPE, NOT_AN_INTEGER, NEGATIVE_VALUE…). An empty field is absent (MISSING_INPUT).
 */
export function inputsFromTyped(
  specs: readonly InputSpec[],
  typed: Readonly<Record<string, TypedValue>>,
): Record<string, string | number | boolean> {
  const inputs: Record<string, string | number | boolean> = {};
  for (const spec of specs) {
    const value = typed[spec.name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') {
      inputs[spec.name] = value;
      continue;
    }
    const text = value.replace(/\s+/g, '').replace(',', '.');
    if (spec.type === 'quantity') {
      // Quantities travel as exact decimal strings: money can outgrow a double.
      inputs[spec.name] = text;
    } else if (/^-?\d+(\.\d+)?$/.test(text) && Math.abs(Number(text)) <= Number.MAX_SAFE_INTEGER) {
      inputs[spec.name] = Number(text);
    } else {
      inputs[spec.name] = value.trim();
    }
  }
  return inputs;
}

/** The API's inputs (numbers, decimal strings, booleans) back into what a field shows. */
export function typedFromInputs(
  specs: readonly InputSpec[],
  inputs: Readonly<Record<string, string | number | boolean>> | null | undefined,
): Record<string, TypedValue> {
  const typed: Record<string, TypedValue> = {};
  for (const spec of specs) {
    const value = inputs?.[spec.name];
    if (value === undefined) continue;
    if (spec.type === 'boolean' || spec.type === 'option') typed[spec.name] = value;
    else typed[spec.name] = String(value);
  }
  return typed;
}

export interface FieldProblem {
  /** Dotted form path: `inputs.a`, `evidence.0.documentDate`, `reason`, `corrects`; '' for the whole form. */
  field: string;
  message: string;
  code?: string;
}

interface ProblemLike {
  code?: string;
  detail?: string;
  errors?: { field?: string; message?: string; code?: string }[];
  details?: Record<string, unknown>;
}

/** `evidence[0].sha256` and `evidence.0.sha256` alike → `evidence.0.sha256`. */
export function normalizeField(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Where each refusal belongs on the form. Validation answers list `errors[]` by field; the domain's refusals
 * carry the field in `details` (INVALID_EVIDENCE: index and field; INVALID_COMMAND and
 * EVIDENCE_FILE_NOT_UPLOADED: the field). Anything else is about the whole form.
 */
export function fieldProblems(problem: ProblemLike): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of problem.errors ?? []) {
    out.push({
      field: normalizeField(error.field ?? ''),
      message: error.message ?? problem.detail ?? '',
      code: error.code,
    });
  }
  if (out.length > 0) return out;
  const details = problem.details ?? {};
  const message = problem.detail ?? '';
  if (problem.code === 'INVALID_EVIDENCE' && typeof details.index === 'number' && typeof details.field === 'string') {
    return [{ field: `evidence.${details.index}.${details.field}`, message, code: problem.code }];
  }
  if (typeof details.field === 'string') {
    return [{ field: normalizeField(details.field), message, code: problem.code }];
  }
  return [{ field: '', message, code: problem.code }];
}
