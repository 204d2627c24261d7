import type { CatalogueNode } from '@dti/catalogue';
import { listLeaves } from '@dti/catalogue';
import fc from 'fast-check';
import { denominatorInputs, growingInputs, validInputs } from '../testing/inputs.arbitrary';
import { fixtureCatalogue } from '../testing/fixture.catalogue';
import { scoreCriterion } from './score-criterion';
import { ScoringError } from './scoring-error';

const catalogue = fixtureCatalogue();
const leaves = listLeaves(catalogue);
const leafWithInputs = fc
  .constantFrom(...leaves)
  .chain((leaf) => validInputs(leaf).map((inputs) => ({ leaf, inputs })));

function codeOf(leaf: CatalogueNode, inputs: unknown): string | undefined {
  try {
    scoreCriterion(catalogue, leaf.code, inputs);
    return undefined;
  } catch (error) {
    if (error instanceof ScoringError) return error.code;
    throw error;
  }
}

describe('scoring properties', () => {
  it('scores every valid input within [0, max]', () => {
    fc.assert(
      fc.property(leafWithInputs, ({ leaf, inputs }) => {
        const score = scoreCriterion(catalogue, leaf.code, inputs);
        expect(score.points.isNegative()).toBe(false);
        expect(score.points.lte(score.max)).toBe(true);
        expect(score.explanation.vi).toContain(score.points.toVietnamese(2));
        expect(score.explanation.en).toContain(score.points.toFixed(2));
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the score when a numerator grows and the denominator stays', () => {
    const growing = leafWithInputs.filter(({ leaf }) => growingInputs(leaf).length > 0);
    fc.assert(
      fc.property(growing, fc.nat(), fc.integer({ min: 1, max: 1000 }), ({ leaf, inputs }, pick, step) => {
        const names = growingInputs(leaf);
        const name = names[pick % names.length];
        const grown = { ...inputs, [name]: (inputs[name] as number) + step };
        const before = scoreCriterion(catalogue, leaf.code, inputs).points;
        const refusal = codeOf(leaf, grown);
        // Growing past the whole (or past the listed set) is refused, never scored lower.
        if (refusal !== undefined) {
          expect(['NUMERATOR_EXCEEDS_DENOMINATOR', 'COUNT_EXCEEDS_SET']).toContain(refusal);
          return;
        }
        expect(scoreCriterion(catalogue, leaf.code, grown).points.gte(before)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives an error, never a number, for every class of invalid input', () => {
    fc.assert(
      fc.property(leafWithInputs, fc.nat(), ({ leaf, inputs }, pick) => {
        const specs = leaf.inputs ?? [];
        const spec = specs[pick % specs.length];
        const numeric = spec.type !== 'boolean';
        const without = { ...inputs };
        delete without[spec.name];
        expect(codeOf(leaf, without)).toBe('MISSING_INPUT');
        expect(codeOf(leaf, { ...inputs, zz: 1 })).toBe('UNKNOWN_INPUT');
        // A quantity may come as a decimal string; no input accepts other text.
        const text = spec.type === 'quantity' ? '12,5' : String(inputs[spec.name]);
        expect(codeOf(leaf, { ...inputs, [spec.name]: text })).toBe('INVALID_TYPE');
        expect(codeOf(leaf, { ...inputs, [spec.name]: numeric ? true : 1 })).toBe('INVALID_TYPE');
        expect(codeOf(leaf, null)).toBe('INVALID_INPUTS');
        if (spec.type === 'count' || spec.type === 'quantity') {
          expect(codeOf(leaf, { ...inputs, [spec.name]: -1 - (inputs[spec.name] as number) })).toBe('NEGATIVE_VALUE');
        }
        if (spec.type === 'count' || spec.type === 'option') {
          expect(codeOf(leaf, { ...inputs, [spec.name]: (inputs[spec.name] as number) + 0.5 })).toBe('NOT_AN_INTEGER');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a zero denominator and, where forbidden, a numerator above the denominator', () => {
    const ratios = leafWithInputs.filter(({ leaf }) => denominatorInputs(leaf).length > 0);
    fc.assert(
      fc.property(ratios, fc.integer({ min: 1, max: 1000 }), ({ leaf, inputs }, extra) => {
        const zeroed = { ...inputs };
        for (const name of denominatorInputs(leaf)) zeroed[name] = 0;
        expect(codeOf(leaf, zeroed)).toBe('ZERO_DENOMINATOR');
        const rule = leaf.rule;
        const forbidden = !(rule && 'allowNumeratorAboveDenominator' in rule && rule.allowNumeratorAboveDenominator);
        if (!forbidden) return;
        const denominatorTotal = denominatorInputs(leaf).reduce((sum, name) => sum + (inputs[name] as number), 0);
        const numerator = growingInputs(leaf)[0];
        expect(codeOf(leaf, { ...inputs, [numerator]: denominatorTotal + extra })).toBe(
          'NUMERATOR_EXCEEDS_DENOMINATOR',
        );
      }),
      { numRuns: 300 },
    );
  });
});
