/// <reference types="jest" />
/// <reference types="node" />
import { getCatalogue, listLeaves, type Catalogue } from '@dti/catalogue';
import { scoreCriterion } from '@dti/scoring';
import {
  catalogueFromView,
  criterionStatus,
  fieldProblems,
  inputsFromTyped,
  sectionPath,
  sectionsFor,
  typedFromInputs,
  type CatalogueDto,
} from './quarter-model';

// The API's own view builder, loaded at run time: its Nest decorators are not the web tsconfig's to compile.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toCatalogueView } = require('../../../api/src/catalogues/catalogue.view') as {
  toCatalogueView(catalogue: Catalogue): unknown;
};

// The catalogue as GET /catalogues/{id} answers it (JSON), turned back into what the engine reads.
const served = catalogueFromView(JSON.parse(JSON.stringify(toCatalogueView(getCatalogue('tth-2020')))) as CatalogueDto);
const original = getCatalogue('tth-2020');

describe('the quarter page model', () => {
  it('scores with the served catalogue exactly as the server does with its own', () => {
    const score = scoreCriterion(served, '7.1.1', { a: 250, b: 20 });
    expect(score.points.toFixed(2)).toBe('3.20');
    expect(score.explanation).toEqual(scoreCriterion(original, '7.1.1', { a: 250, b: 20 }).explanation);
    expect(listLeaves(served).map((leaf) => leaf.code)).toEqual(listLeaves(original).map((leaf) => leaf.code));
  });

  it('groups the criteria of the block by group and sub-group, looking through the roman-numeral root', () => {
    const applicable = new Set(['7.1.1', '7.1.2', '1.1.1']);
    const sections = sectionsFor(served, applicable);
    expect(sections.map((s) => s.node.code)).toEqual(['1', '7']);
    expect(sections[1].sections[0].node.code).toBe('7.1');
    expect(sections[1].sections[0].criteria.map((c) => c.code)).toEqual(['7.1.1', '7.1.2']);
    expect(sectionPath(sections, '7.1.2')).toEqual(['7', '7.1']);
  });

  it('turns typed figures into the engine inputs, leaving the engine to name what is wrong', () => {
    const specs = [
      { name: 'a', type: 'count' as const, label: 'a' },
      { name: 'b', type: 'count' as const, label: 'b' },
      { name: 'value', type: 'quantity' as const, label: 'v' },
      { name: 'option', type: 'option' as const, label: 'o' },
    ];
    expect(inputsFromTyped(specs, { a: ' 250 ', b: '', value: '12,5', option: 2 })).toEqual({
      a: 250,
      value: '12.5',
      option: 2,
    });
    expect(inputsFromTyped(specs, { a: 'abc', b: '1,5' })).toEqual({ a: 'abc', b: 1.5 });
    expect(() => scoreCriterion(served, '7.1.1', inputsFromTyped(specs.slice(0, 2), { a: '10', b: '1,5' }))).toThrow(
      expect.objectContaining({ code: 'NOT_AN_INTEGER', input: 'b' }),
    );
    expect(typedFromInputs(specs, { a: 250, value: '12.5', option: 2 })).toEqual({
      a: '250',
      value: '12.5',
      option: 2,
    });
  });

  it('puts each refusal at the field it concerns', () => {
    expect(fieldProblems({ errors: [{ field: 'inputs.b', message: 'm', code: 'NEGATIVE_VALUE' }] })).toEqual([
      { field: 'inputs.b', message: 'm', code: 'NEGATIVE_VALUE' },
    ]);
    expect(
      fieldProblems({ code: 'INVALID_EVIDENCE', detail: 'd', details: { index: 0, field: 'documentDate' } })[0].field,
    ).toBe('evidence.0.documentDate');
    expect(
      fieldProblems({ code: 'EVIDENCE_FILE_NOT_UPLOADED', detail: 'd', details: { field: 'evidence[1].sha256' } })[0]
        .field,
    ).toBe('evidence.1.sha256');
    expect(fieldProblems({ code: 'REPORT_FINALIZED', detail: 'd' })[0].field).toBe('');
  });

  it('reads the status a submitter sees: pending first, then a rejection, then the official value', () => {
    const sub = (status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded') => ({ status });
    expect(criterionStatus({ pending: null, official: null, submissions: [] }).key).toBe('notSubmitted');
    expect(criterionStatus({ pending: sub('pending'), official: null, submissions: [sub('pending')] }).key).toBe(
      'pending',
    );
    expect(criterionStatus({ pending: null, official: null, submissions: [sub('rejected')] }).key).toBe('rejected');
    expect(criterionStatus({ pending: null, official: null, submissions: [sub('withdrawn')] }).key).toBe('withdrawn');
    expect(
      criterionStatus({ pending: null, official: { notApplicable: false }, submissions: [sub('approved')] }).key,
    ).toBe('approved');
    expect(
      criterionStatus({ pending: null, official: { notApplicable: true }, submissions: [sub('approved')] }).key,
    ).toBe('notApplicable');
  });
});
