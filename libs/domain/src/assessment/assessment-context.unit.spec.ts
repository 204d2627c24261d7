import { UnitNotFoundError } from '../domain-errors';
import { dissolve, register, runUnit } from '../../testing/unit.test-kit';
import { assessmentDecider } from './assessment.decider';
import { assessmentContextFor } from './assessment-context';
import { run, submitFigures, submitterLan } from '../../testing/assessment.test-kit';

describe('assessmentContextFor', () => {
  const aluoi = runUnit([register('ALUOI', 'Huyện A Lưới', 'district'), dissolve('ALUOI', '2025-07-01')]).state;
  const initial = assessmentDecider.initialState;

  it('derives block, existence in the quarter and the catalogue version', () => {
    expect(
      assessmentContextFor({ unit: 'ALUOI', period: '2025-Q2', unitState: aluoi, assessmentState: initial }),
    ).toEqual({
      unit: 'ALUOI',
      period: '2025-Q2',
      unitBlock: 'district',
      unitActive: true,
      catalogueId: 'tth-2020',
    });
    expect(
      assessmentContextFor({ unit: 'ALUOI', period: '2025-Q3', unitState: aluoi, assessmentState: initial }).unitActive,
    ).toBe(false);
  });

  it('keeps the catalogue version an open assessment was opened with', () => {
    const { state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    const stttt = runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]).state;
    const schedule = [{ from: '2021-Q1', catalogueId: 'tth-2026' }] as const;
    expect(
      assessmentContextFor({ unit: 'STTTT', period: '2021-Q1', unitState: stttt, assessmentState: state, schedule })
        .catalogueId,
    ).toBe('tth-2020');
    expect(
      assessmentContextFor({ unit: 'STTTT', period: '2021-Q2', unitState: stttt, assessmentState: initial, schedule })
        .catalogueId,
    ).toBe('tth-2026');
  });

  it('refuses a unit that is not registered', () => {
    expect(() =>
      assessmentContextFor({
        unit: 'SNV',
        period: '2021-Q1',
        unitState: { status: 'unregistered' },
        assessmentState: initial,
      }),
    ).toThrow(UnitNotFoundError);
    expect(() =>
      assessmentContextFor({ unit: 'SNV', period: '2021-Q1', unitState: aluoi, assessmentState: initial }),
    ).toThrow(UnitNotFoundError);
  });
});
