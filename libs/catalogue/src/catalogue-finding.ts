import type { ErratumKind } from './catalogue.types';

/** Problems that make a catalogue unusable for scoring: registration refuses it. */
export const SCHEMA_PROBLEM_KINDS = [
  'invalid-catalogue',
  'invalid-node',
  'duplicate-code',
  'invalid-exact',
  'missing-max',
  'missing-rule',
  'rule-on-group',
  'invalid-inputs',
  'unknown-input',
  'input-type',
  'invalid-rule',
  'fraction-range',
  'threshold',
  'applies-to',
  'invalid-erratum',
] as const;
export type SchemaProblemKind = (typeof SCHEMA_PROBLEM_KINDS)[number];

/**
 * Worth a look, but scoring stays well defined. 'broken-syllable': a title or label users read has a word
 * that is no Vietnamese syllable (a scan's lost letters: "Thng kê", "chuyn đi s").
 */
export const NOTICE_KINDS = ['unused-input', 'applies-to-widens', 'unknown-erratum-code', 'broken-syllable'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * What the validator reports: a computed max mismatch and each recorded erratum use the erratum kinds
 * ('max-mismatch', 'mistyped-code', …); schema problems and notices use their own.
 */
export type FindingKind = ErratumKind | SchemaProblemKind | NoticeKind;

export interface CatalogueFinding {
  /** The node (or erratum) the finding is about; the catalogue id for catalogue-level problems. */
  code: string;
  kind: FindingKind;
  /** For 'max-mismatch': the seed's declared maximum. */
  declared?: number;
  /** For 'max-mismatch': the sum of the children's computed maxima. */
  computed?: number;
  /** Vietnamese, then English. */
  message: string;
}

const blockingKinds: ReadonlySet<string> = new Set(SCHEMA_PROBLEM_KINDS);

/** True for the findings that make registration refuse the catalogue. */
export function isBlockingFinding(finding: CatalogueFinding): boolean {
  return blockingKinds.has(finding.kind);
}
