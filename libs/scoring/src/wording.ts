import { Rational } from '@dti/catalogue';

export type Language = 'vi' | 'en';

/** An explanation shown to people: Vietnamese for those who report and review, English alongside. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * Number and word formatting for one language. Explanations are written once as a function of a Wording
 * and rendered twice, so the Vietnamese and English texts can never disagree on a figure.
 */
export class Wording {
  constructor(readonly language: Language) {}

  /** The Vietnamese or the English phrase. */
  say(vi: string, en: string): string {
    return this.language === 'vi' ? vi : en;
  }

  /** A figure as given: "50", "12,5", "12.500.000"; a value with no short decimal form as a fraction: "4/3". */
  exact(value: Rational): string {
    const decimal = value.toExactDecimal(6);
    return decimal === undefined ? value.toString() : this.decimalMark(decimal);
  }

  /** An `Exact` of the catalogue as it is written there ("1/2", "50%", "0,25"), so it reads like the seed. */
  written(exact: string): string {
    // Stryker disable next-line MethodExpression: equivalent, the validator refuses an Exact with spaces around it
    return this.decimalMark(exact.trim());
  }

  /** A computed value rounded to two decimals: "6,00". */
  fixed(value: Rational): string {
    return this.decimalMark(value.toFixed(2));
  }

  /** A computed value rounded for display: "1,33"; an integer stays "3". */
  rounded(value: Rational, digits = 2): string {
    return value.isInteger() ? value.toString() : this.decimalMark(value.toFixed(digits));
  }

  /** "5,00%" / "5.00%". */
  percent(value: Rational, digits = 2): string {
    return `${this.decimalMark(value.mul(HUNDRED).toFixed(digits))}%`;
  }

  /** A percentage as written in the seed: "10%", "12,5%". */
  exactPercent(value: Rational): string {
    return `${this.exact(value.mul(HUNDRED))}%`;
  }

  /** The result line's figure: "2,00 điểm" / "2.00 points". */
  points(value: Rational): string {
    return `${this.decimalMark(value.toFixed(2))} ${this.say('điểm', 'points')}`;
  }

  private decimalMark(text: string): string {
    return formatFigures(text, this.language);
  }
}

/**
 * Every plain figure in `text` ("12500000", "0.25", "12500000/3") written for `language`: Vietnamese groups
 * thousands with "." and marks decimals with "," (12.500.000,25); English groups with "," (12,500,000.25).
 * Only for texts made of figures and symbols, never for labels.
 */
export function formatFigures(text: string, language: Language): string {
  const [group, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  return text.replace(/(\d+)(?:\.(\d+))?/g, (_match, whole: string, fraction: string | undefined) => {
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
  });
}

const HUNDRED = Rational.of(100n);

export function bilingual(write: (w: Wording) => string): Bilingual {
  // Stryker disable next-line StringLiteral: equivalent for 'en', Wording writes every language but 'vi' in English
  return { vi: write(new Wording('vi')), en: write(new Wording('en')) };
}

/**
 * How many decimals a value needs so that, rounded, it does not look equal to the figure it is compared
 * with ("9,999% < 10%" rather than "10,00% < 10%"). Two, unless more are needed.
 */
export function digitsToTell(value: Rational, other: Rational, scale: Rational = Rational.ONE): number {
  if (value.equals(other)) return 2;
  const target = other.mul(scale);
  // Stryker disable next-line EqualityOperator: equivalent, a 13th pass returns 12 as the fall-through below does
  for (let digits = 2; digits < 12; digits++) {
    if (!Rational.parse(value.mul(scale).toFixed(digits)).equals(target)) return digits;
  }
  return 12;
}

/** "≥" or "<": the comparison the seed's rules turn on. */
export function atLeast(value: Rational, threshold: Rational): '≥' | '<' {
  return value.gte(threshold) ? '≥' : '<';
}
