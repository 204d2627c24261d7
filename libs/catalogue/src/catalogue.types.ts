/**
 * The shape of a criteria catalogue (Phụ lục 4 of plan 222/KH-UBND and its later revisions).
 * Catalogues are data: a new criteria set is a new value of `Catalogue`, never new code.
 *
 * Exact numbers are written as strings so that no binary float ever enters a score:
 * an integer ("3"), a decimal ("0.25"), a fraction ("1/3") or a percentage ("80%").
 */
export type Exact = string;

/** The two blocks of units the province ranks separately. */
export type UnitBlock = 'department' | 'district';

/**
 * count    — a non-negative integer (documents, computers, staff, meetings…)
 * quantity — a non-negative decimal (money, data volume, an average…)
 * boolean  — yes/no (`value`)
 * option   — 1-based position of the chosen bullet in the seed's "Cách tính điểm" cell (`option`)
 */
export type InputType = 'count' | 'quantity' | 'boolean' | 'option';

export interface InputSpec {
  /** Stable contract name: the seed's letter (a, b, c, d), or value / option / count / count2. */
  name: string;
  type: InputType;
  /** Vietnamese label, verbatim from the seed's "Ghi chú" column where it gives one. */
  label: string;
  labelEn?: string;
}

/** A sum of one or more inputs (5.9 pools a+c and b+d). */
export type Operand = string | string[];

/**
 * Most ratios count a part of a whole, so a numerator above its denominator is a reporting error.
 * Some compare with an outside figure (visits per inhabitant, transactions against a national average,
 * training turns per staff member, computers per staff member): there it is allowed and x is capped.
 */
interface RatioOperands {
  numerator: Operand;
  allowNumeratorAboveDenominator?: boolean;
}

export type Rule =
  /** points = min(1, n/d) × max. */
  | ({ kind: 'ratio'; denominator: Operand } & RatioOperands)
  /** Full points when x ≥ threshold, else x / threshold × max. x = n/d, or n alone when there is no denominator. */
  | ({ kind: 'threshold-proportional'; denominator?: Operand; threshold: Exact } & RatioOperands)
  /** Full points when x ≥ threshold, else 0. */
  | ({ kind: 'step-threshold'; denominator?: Operand; threshold: Exact } & RatioOperands)
  /** Full points for `value: true`, else 0. */
  | { kind: 'yes-no' }
  /** `option` picks one bullet; each bullet is worth a fraction of max. */
  | { kind: 'tiered'; options: Array<{ label: string; labelEn?: string; fraction: Exact }> }
  /** Each item input earns pointsEach, capped per item; the sum is capped at max (1.1.1, 1.2.2, 1.2.4, 2.3.8, 2.4.3…). */
  | {
      kind: 'per-item';
      items: Array<{ input: string; label: string; labelEn?: string; pointsEach: Exact; cap?: Exact }>;
    }
  /**
   * points = Σ (term.numerator / denominator) × term.weight × max, capped at max (5.2.x, 6.1.1),
   * or full points when fullWhen.numerator / denominator ≥ fullWhen.threshold (5.8).
   * The numerators are parts of the denominator: their sum may not exceed it.
   */
  | {
      kind: 'weighted-ratios';
      denominator: string;
      terms: Array<{ numerator: string; weight: Exact }>;
      fullWhen?: { numerator: string; threshold: Exact };
    }
  /** `count` of the listed contents issued: points = count / contents.length × max (2.3.4). */
  | { kind: 'share-of-set'; contents: Array<{ label: string; labelEn?: string }> };

export type RuleKind = Rule['kind'];

export interface CatalogueNode {
  /** The seed's STT code ("I", "1", "1.2", "1.2.3.1"); for a mistyped code, the corrected one (see errata). */
  code: string;
  /** Vietnamese title, verbatim from the seed (its scanning losses repaired only where recorded as errata). */
  title: string;
  titleEn?: string;
  /** The seed's "Điểm tối đa" for this row, where it gives one. Leaves score against it. */
  declaredMax?: Exact;
  /** Which units this criterion applies to; inherited from the parent when absent; both when nowhere given. */
  appliesTo?: UnitBlock[];
  /** Leaves (scored criteria) only. */
  rule?: Rule;
  inputs?: InputSpec[];
  /** The seed's "Cách tính điểm" text verbatim, for people checking by hand. */
  scoringText?: string;
  /** The seed's "Ghi chú" text and any transcription notes. */
  notes?: string[];
  children?: CatalogueNode[];
}

export type ErratumKind =
  | 'max-mismatch'
  | 'mistyped-code'
  | 'inverted-ratio'
  | 'lost-comparison-sign'
  | 'copied-row'
  | 'formula-typo'
  | 'merged-rows'
  | 'other';

export interface Erratum {
  code: string;
  kind: ErratumKind;
  /** What the seed says, verbatim. */
  seedSays: string;
  /** The interpretation this catalogue scores by, and why. */
  interpretation: string;
}

export interface Catalogue {
  /** Case-insensitive id, e.g. "tth-2020". */
  id: string;
  title: string;
  titleEn?: string;
  /** The legal source, e.g. "Phụ lục 4, Kế hoạch 222/KH-UBND ngày 21/10/2020". */
  source: string;
  /** ISO date the set takes effect. */
  effectiveFrom: string;
  root: CatalogueNode;
  errata: Erratum[];
}

/** Appendix 1: a province-level target to 2025. */
export interface ProvinceTarget {
  number: number;
  content: string;
  contentEn?: string;
  targetValue: Exact;
  unit: string;
  lead: string;
  coordinating: string[];
}
