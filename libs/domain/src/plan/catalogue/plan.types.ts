/**
 * A province plan as data (Kế hoạch): its targets (Chỉ tiêu, Phụ lục 1), the documents and programmes to issue
 * (Nhiệm vụ, Phụ lục 2), the projects (Dự án, Phụ lục 3) and their medium-term budget (Kinh phí, Phụ lục 5).
 * A later plan (e.g. the 2026–2030 programme) is another `PlanVersion` registered beside this one: nothing
 * in the code names tth-222 except its data file and the registry's list.
 */

export type PlanItemKind = 'target' | 'task' | 'project';
export const PLAN_ITEM_KINDS: readonly PlanItemKind[] = ['target', 'task', 'project'];

/** Nguồn vốn: the two budget columns of Phụ lục 5. */
export type BudgetSource = 'provincial' | 'other';
export const BUDGET_SOURCES: readonly BudgetSource[] = ['provincial', 'other'];

export const BUDGET_SOURCE_LABELS: Readonly<Record<BudgetSource, { vi: string; en: string }>> = {
  provincial: { vi: 'Ngân sách tỉnh (trung hạn)', en: 'Provincial medium-term budget' },
  other: { vi: 'Xã hội hóa; Tài trợ; Trung ương; Khác', en: 'Private, donor, central and other sources' },
};

/** Money in đồng as a whole number written in decimal digits ("554500000000"): exact, beyond 2^53 if need be. */
export type Dong = string;

export interface PlanBudget {
  provincial: Dong;
  other: Dong;
  /** The appendix's "Tổng kinh phí" cell, checked against provincial + other. */
  total: Dong;
}

/**
 * How the plan names an agency (its own spellings and abbreviations) and whom that means:
 * unit codes of the register, every unit of a block ("Các sở, ban, ngành"), or nobody in the register
 * (an agency such as the State Bank branch, kept as named).
 */
export type AgencyMeaning = { units: string[] } | { block: 'department' | 'district' } | { outside: string };

export interface PlanTarget {
  /** "1"…"14": the row number of Phụ lục 1. */
  code: string;
  number: number;
  content: string;
  contentEn?: string;
  /** The value to reach by the plan's end, a percentage as an exact decimal ("100", "60"). */
  targetPercent: string;
  /** What the percentage is a share of (ours, from the content). */
  measure: string;
  lead: string;
  coordinating: string[];
}

export interface PlanQuantity {
  count: number;
  /** "ít nhất" (at least) in the text. */
  atLeast: boolean;
  /** Per year of the plan, or over the whole plan. */
  per: 'year' | 'plan';
  what: string;
}

export interface PlanTask {
  /** "I.1"…"I.22" (Nhóm văn bản), "II.1"…"II.6" (Nhóm các chương trình). */
  code: string;
  group: 'documents' | 'programmes';
  number: number;
  task: string;
  /** The task in English, alongside (ours). */
  taskEn?: string;
  /** The seed's text where a scan lost letters and `task` is repaired (see errata). */
  seedText?: string;
  /** Chủ trì, verbatim. */
  lead: string;
  /** Phối hợp, verbatim (one cell; agencies separated by commas). */
  coordinating: string;
  /** Loại hình, verbatim; null where the cell is empty. */
  type: string | null;
  quantity: PlanQuantity | null;
}

export interface PlanSection {
  /** "A", "A.I"…"A.VI", "B"…"E". */
  code: string;
  title: string;
  titleEn?: string;
  /** The seed's text where a scan lost letters and `title` is repaired. */
  seedText?: string;
}

export interface PlanProject {
  /** Section and row number: "A.I.1", "B.7", "E.11". */
  code: string;
  section: string;
  number: number;
  title: string;
  /** The title in English, alongside (ours). */
  titleEn?: string;
  /** The seed's text where a scan lost letters and `title` is repaired (see errata). */
  seedText?: string;
  /** Chủ trì as Phụ lục 3 prints it. */
  lead: string;
  /** "Năm thực hiện" as printed, and read. */
  yearsText: string;
  years: { from: number; to: number };
  /** Chủ trì as Phụ lục 5 prints it (abbreviated there). */
  budgetLead: string;
  /** Kinh phí (đồng); null for the rows the appendix leaves as "-": fully business-funded (its footnote). */
  budget: PlanBudget | null;
  /** Phụ lục 5's title where it differs from Phụ lục 3's (see errata). */
  budgetTitle?: string;
}

export type PlanErratumKind =
  | 'scan-loss'
  | 'duplicated-word'
  | 'wrong-sector'
  | 'missing-number'
  | 'empty-cell'
  | 'two-leads'
  | 'outside-register'
  | 'misspelt-agency'
  | 'titles-differ';

export interface PlanErratum {
  /** The row: "PL2 I.3", "PL3 A.I.4", "PL5 E.3". */
  at: string;
  kind: PlanErratumKind;
  /** What the seed says, verbatim. */
  seedSays: string;
  /** How this transcription reads it, and why. */
  interpretation: string;
}

export interface PlanVersion {
  /** Case-insensitive id, e.g. "tth-222". */
  id: string;
  title: string;
  titleEn?: string;
  source: string;
  /** First and last quarter progress may be reported for. */
  firstPeriod: string;
  lastPeriod: string;
  /** The year the targets are to be reached by (the end of the plan). */
  targetYear: number;
  /** Every spelling of an agency the plan uses, and whom it means. */
  agencies: Readonly<Record<string, AgencyMeaning>>;
  targets: PlanTarget[];
  tasks: PlanTask[];
  sections: PlanSection[];
  projects: PlanProject[];
  /** The appendix's own "Tổng kinh phí" row. */
  declaredBudget: PlanBudget;
  /** The footnotes of the budget appendix, verbatim. */
  budgetNotes: string[];
  errata: PlanErratum[];
}
