import { getCatalogue } from '@dti/catalogue';
import { ScoringError, scoreCard, scoreCriterion, type ScoreCardEntry } from '@dti/scoring';
import { DEPARTMENT_CRITERIA, SCORED_CRITERIA } from '../../testing/recorded-assessment.test-kit';
import { RememberedCard, rememberedScore } from './remembered-scores';

const catalogue = getCatalogue('tth-2020');

/** Cards compared as data: Rationals as their text, errors as their code and message. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (v instanceof ScoringError ? { code: v.code, message: v.message } : v)),
  );
}

describe('remembered scores', () => {
  it('give the engine’s score, or its refusal, and the same object when asked again', () => {
    const criterion = SCORED_CRITERIA[0];
    const score = rememberedScore(catalogue, criterion, { a: 4, b: 7 });
    expect(plain(score)).toEqual(plain(scoreCriterion(catalogue, criterion, { a: 4, b: 7 })));
    expect(rememberedScore(catalogue, criterion, { a: 4, b: 7 })).toBe(score);
    const refused = rememberedScore(catalogue, criterion, { nonsense: true });
    expect(refused).toBeInstanceOf(ScoringError);
    expect(() => scoreCriterion(catalogue, criterion, { nonsense: true })).toThrow((refused as ScoringError).message);
  });

  it('build the card scoreCard builds: scored, refused, not applicable, not reported, out of scope; again from remembered leaves', () => {
    const cards = new RememberedCard(catalogue, 'department');
    const entries = new Map<string, ScoreCardEntry>();
    const keys = new Map<string, string>();
    DEPARTMENT_CRITERIA.slice(0, 40).forEach((code, i) => {
      entries.set(code, i % 4 === 3 ? { notApplicable: { reason: ` lý do ${i} ` } } : { inputs: { a: i, b: i + 3 } });
      keys.set(code, `s${i}`);
    });
    const expected = plain(scoreCard(catalogue, entries, { block: 'department' }));
    expect(plain(cards.card(entries, (code) => keys.get(code) ?? null))).toEqual(expected);
    // Remembered by key: the same leaves again.
    expect(plain(cards.card(entries, (code) => keys.get(code) ?? null))).toEqual(expected);
    // A declaration without a reason and an entry naming no criterion: the engine's own card decides.
    const odd = new Map(entries).set(DEPARTMENT_CRITERIA[41], { notApplicable: { reason: ' ' } });
    expect(plain(cards.card(odd, () => null))).toEqual(plain(scoreCard(catalogue, odd, { block: 'department' })));
    expect(() => cards.card(new Map([['no-such', { inputs: {} }]]), () => null)).toThrow(ScoringError);
  });
});
