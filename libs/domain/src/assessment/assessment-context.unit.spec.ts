import { ScoringError } from '@dti/scoring';
import { NotOwnUnitError, UnitNotFoundError } from '../domain-errors';
import { dissolve, register, runUnit } from '../../testing/unit.test-kit';
import { assessmentDecider, decideAssessment } from './assessment.decider';
import { assessmentCommandFor, assessmentContextFor } from './assessment-context';
import { context, envelope, run, submitFigures, submitterLan, submitterOfSnv } from '../../testing/assessment.test-kit';

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
    const stttt = runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]).state;
    expect(() =>
      assessmentContextFor({ unit: 'SNV', period: '2021-Q1', unitState: stttt, assessmentState: initial }),
    ).toThrow(expect.objectContaining({ code: 'UNIT_NOT_FOUND' }));
  });
});

describe('assessmentCommandFor', () => {
  const figures = (criterion: string, inputs: Record<string, unknown>) =>
    ({
      type: 'SubmitFigures',
      data: { submissionId: 's1', criterion, inputs, evidence: [] },
    }) as const;
  const base = (actor = submitterLan) => ({ assessment: context, metadata: envelope(actor) });
  const initial = assessmentDecider.initialState;

  it('adds whether the criterion is a scored one of the catalogue version and applies to the unit’s block', () => {
    const command = assessmentCommandFor(figures('7.1.1', { a: 300, b: 30 }) as never, base());
    expect(command.data).toMatchObject({ criterionExists: true, criterionAppliesToBlock: true });
    expect(assessmentCommandFor(figures('9.9.9', { a: 1 }) as never, base()).data).toMatchObject({
      criterionExists: false,
      criterionAppliesToBlock: false,
    });
    expect(assessmentCommandFor(figures('3.1.2', { a: 1 }) as never, base()).data).toMatchObject({
      criterionExists: true,
      criterionAppliesToBlock: false,
    });
  });

  it('leaves who may report and whether the figures can be scored to the decider (403 first, then 400)', () => {
    const unscorable = assessmentCommandFor(figures('7.1.1', { a: 300 }) as never, base());
    expect(() => decideAssessment(unscorable, initial)).toThrow(ScoringError);
    const fromOtherUnit = assessmentCommandFor(figures('7.1.1', { a: 300 }) as never, base(submitterOfSnv));
    expect(() => decideAssessment(fromOtherUnit, initial)).toThrow(NotOwnUnitError);
  });

  it('leaves the other commands as they are, with the facts of the assessment', () => {
    const command = assessmentCommandFor({ type: 'FinalizeReport', data: {} }, base());
    expect(command).toMatchObject({ type: 'FinalizeReport', data: {}, assessment: context });
  });

  it('adds the facts to "not applicable" too, copying its evidence into plain objects', () => {
    class Sent {
      constructor(
        readonly documentNumber: string,
        readonly documentDate: string,
        readonly signer: string,
      ) {}
    }
    const sent = new Sent('12/QĐ-UBND', '2021-03-01', 'Nguyễn Văn A');
    const declared = assessmentCommandFor(
      {
        type: 'DeclareNotApplicable',
        data: { submissionId: 's2', criterion: '3.1.2', reason: 'không áp dụng', evidence: [sent] },
      },
      base(),
    );
    expect(declared.data).toMatchObject({ criterionExists: true, criterionAppliesToBlock: false });
    const evidence = (declared.data as { evidence: unknown[] }).evidence;
    expect(evidence).toStrictEqual([
      { documentNumber: '12/QĐ-UBND', documentDate: '2021-03-01', signer: 'Nguyễn Văn A' },
    ]);
    expect(evidence[0]).not.toBe(sent);
    const without = assessmentCommandFor(
      { type: 'DeclareNotApplicable', data: { submissionId: 's3', criterion: '7.1.1', reason: 'không áp dụng' } },
      base(),
    );
    expect(without.data).toMatchObject({ criterionExists: true, criterionAppliesToBlock: true, evidence: undefined });
  });

  it('adds no facts to the other commands', () => {
    expect(assessmentCommandFor({ type: 'FinalizeReport', data: {} }, base()).data).toStrictEqual({});
  });
});
