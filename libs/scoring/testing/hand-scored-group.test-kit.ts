/**
 * The machinery shared by the specs that score a group of tth-2020 by hand (src/tth-2020/group-N.unit.spec.ts).
 * Each spec holds only its hand arithmetic; this kit turns it into tests, so every group is held to the same
 * assertions. It runs the scoring engine, so it lives here: libs/catalogue does not depend on libs/scoring.
 */
import { scoreCriterion, ScoringError, type ScoringErrorCode } from '../src';
import { isLeaf, walkCatalogue, type Catalogue, type CatalogueNode, type Erratum } from '@dti/catalogue';

/** Inputs as a unit reports them for one criterion. */
type ReportedInputs = Record<string, number | boolean>;

/** A figure worked out by hand from the seed's "Cách tính điểm" text, not by running the engine. */
export interface HandScoredCase {
  code: string;
  inputs: ReportedInputs;
  /** The hand computation. */
  why: string;
  /** Points in lowest terms, as Rational#toString() gives them. */
  exact: string;
  /** Points for display, two decimals. */
  display: string;
  /** The criterion's maximum. */
  of: string;
}

/** Inputs the engine must refuse, and the code it must refuse them with. */
export interface HandScoredRefusal {
  code: string;
  inputs: ReportedInputs;
  why: string;
  error: ScoringErrorCode;
}

/**
 * Where the cases are scored: in `catalogue` when given (the assembled tth2020, to prove what ships), else in
 * a catalogue holding only `group` and its `errata`, so the figures do not depend on how the index is assembled.
 */
type ScoredIn = { catalogue: Catalogue; errata?: never } | { catalogue?: never; errata: Erratum[] };

export type HandScoredGroup = ScoredIn & {
  /** The describe block's title. */
  title: string;
  /** The group the cases cover: every one of its scored criteria, and nothing outside it. */
  group: CatalogueNode;
  /** How many scored criteria the group has, so a criterion lost from the data fails here too. */
  leafCount: number;
  cases: readonly HandScoredCase[];
  refusals: readonly HandScoredRefusal[];
};

/** The group as the assembled catalogue carries it: with its errata, which the catalogue's validation reads. */
function catalogueAround(group: CatalogueNode, errata: Erratum[]): Catalogue {
  return {
    id: 'tth-2020',
    title: 't',
    source: 's',
    effectiveFrom: '2021-01-01',
    root: { code: 'I', title: 'CHÍNH QUYỀN SỐ', children: [group] },
    errata,
  };
}

export function describeHandScoredGroup(spec: HandScoredGroup): void {
  const { title, group, leafCount, cases, refusals } = spec;
  const catalogue = spec.catalogue ?? catalogueAround(group, spec.errata);
  describe(title, () => {
    it.each(cases)('$code $inputs: $why → $exact ($display) of $of', ({ code, inputs, exact, display, of }) => {
      const score = scoreCriterion(catalogue, code, inputs);
      expect(score.catalogueId).toBe('tth-2020');
      expect(score.criterion).toBe(code);
      expect(score.points.toString()).toBe(exact);
      expect(score.points.toFixed(2)).toBe(display);
      expect(score.max.toString()).toBe(of);
      expect(score.explanation.vi.length).toBeGreaterThan(0);
      expect(score.explanation.en.length).toBeGreaterThan(0);
    });

    it.each(refusals)('$code refuses $inputs ($why) with $error', ({ code, inputs, error }) => {
      const thrown = thrownBy(() => scoreCriterion(catalogue, code, inputs));
      expect(thrown).toBeInstanceOf(ScoringError);
      expect(thrown).toHaveProperty('code', error);
    });

    it(`has a hand-computed case for each of its ${leafCount} scored criteria, and for no other`, () => {
      const leaves = [...walkCatalogue(group)].filter((entry) => isLeaf(entry.node)).map((entry) => entry.node.code);
      expect([...new Set(cases.map((c) => c.code))].sort()).toEqual([...leaves].sort());
      expect(leaves).toHaveLength(leafCount);
    });
  });
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
