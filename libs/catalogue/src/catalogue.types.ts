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
  /**
   * Vietnamese display label: the seed's "Ghi chú" bullet where it gives one, with the scan's lost letters
   * restored (the verbatim text is then in `seedText`).
   */
  label: string;
  labelEn?: string;
  /** The seed's text verbatim, where the display label differs from it (a repaired scan loss, a correction). */
  seedText?: string;
}

/**
 * A sum of one or more inputs (5.9 pools a+c and b+d). When a ratio's numerator and denominator both list
 * the same number of inputs, each numerator input is the part of the denominator input at its position
 * (5.9: b of a, d of c) and is checked against it on its own.
 */
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
  /**
   * points = min(1, n/d) × max. `zeroWhenNumeratorZero`: a numerator of 0 scores 0 even when the denominator
   * is 0 too (2.4.4's "Không có: 0 điểm": a unit with neither kind of staff).
   */
  | ({ kind: 'ratio'; denominator: Operand; zeroWhenNumeratorZero?: boolean } & RatioOperands)
  /** Full points when x ≥ threshold, else x / threshold × max. x = n/d, or n alone when there is no denominator. */
  | ({ kind: 'threshold-proportional'; denominator?: Operand; threshold: Exact } & RatioOperands)
  /** Full points when x ≥ threshold, else 0. */
  | ({ kind: 'step-threshold'; denominator?: Operand; threshold: Exact } & RatioOperands)
  /** Full points for `value: true`, else 0. */
  | { kind: 'yes-no' }
  /** `option` picks one bullet; each bullet is worth a fraction of max. */
  | { kind: 'tiered'; options: Array<{ label: string; labelEn?: string; seedText?: string; fraction: Exact }> }
  /**
   * Each item input earns pointsEach, capped per item; the sum is capped at max (1.1.1, 1.2.2, 1.2.4, 2.3.8,
   * 2.4.3…). `maxCount` is how many such items there can be at all (2.3.8: the 8 priority sectors of
   * Phụ lục 2, item 17): a higher count is a reporting error, refused rather than scored.
   */
  | {
      kind: 'per-item';
      items: Array<{
        input: string;
        label: string;
        labelEn?: string;
        seedText?: string;
        pointsEach: Exact;
        cap?: Exact;
        maxCount?: Exact;
      }>;
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
  | { kind: 'share-of-set'; contents: Array<{ label: string; labelEn?: string; seedText?: string }> };

export type RuleKind = Rule['kind'];

export interface CatalogueNode {
  /** The seed's STT code ("I", "1", "1.2", "1.2.3.1"); for a mistyped code, the corrected one (see errata). */
  code: string;
  /**
   * Vietnamese display title: the seed's, with the scan's lost letters restored and recorded corrections
   * applied; what the API, the CLI, messages, exports and the web application show.
   */
  title: string;
  titleEn?: string;
  /** The seed's title verbatim, where the display title differs from it. Shown on request. */
  seedText?: string;
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
