import { RequestValidationError } from '@dti/platform';
import { seriesSubject } from './series-subject';

function refusal(query: Parameters<typeof seriesSubject>[0]): { field: string; code: string } | null {
  try {
    seriesSubject(query);
    return null;
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    return { field: error.errors[0].field, code: error.errors[0].code };
  }
}

describe('series subject', () => {
  it('is exactly one of unit, group and scope=province', () => {
    expect(seriesSubject({ unit: 'STTTT' })).toEqual({ kind: 'unit', unit: 'STTTT' });
    expect(seriesSubject({ group: '5', block: 'district' })).toEqual({ kind: 'group', group: '5', block: 'district' });
    expect(seriesSubject({ scope: 'province' })).toEqual({ kind: 'province', block: null });
    expect(refusal({})).toEqual({ field: 'unit', code: 'EXACTLY_ONE_SUBJECT' });
    expect(refusal({ unit: 'STTTT', group: '5' })).toEqual({ field: 'unit,group', code: 'EXACTLY_ONE_SUBJECT' });
    expect(refusal({ group: '5', scope: 'province' })).toEqual({ field: 'group,scope', code: 'EXACTLY_ONE_SUBJECT' });
  });

  it('narrows means to a block, never a unit; checks the unit code', () => {
    expect(refusal({ unit: 'STTTT', block: 'department' })).toEqual({ field: 'block', code: 'BLOCK_WITH_UNIT' });
    expect(refusal({ unit: 'Stttt' })).toEqual({ field: 'unit', code: 'INVALID_UNIT_CODE' });
  });
});
