import {
  InvalidCommandError,
  PendingSubmissionsRemainError,
  ReportFinalizedError,
  ReportNotFinalizedError,
  RoleNotPermittedError,
} from '../domain-errors';
import {
  approve,
  declareNotApplicable,
  finalize,
  given,
  leadReviewerHoa,
  reopen,
  reviewerMinh,
  reviewerThu,
  run,
  submitFigures,
  submitterLan,
  withdraw,
} from '../../testing/assessment.test-kit';

describe('finalizing and reopening the report', () => {
  const approvedReport = () => [
    submitFigures(submitterLan, { submissionId: 's1', criterion: '1.2.1', inputs: { option: 1 } }),
    approve(reviewerMinh, 's1'),
    declareNotApplicable(submitterLan, { submissionId: 'na1', criterion: '3.2' }),
    approve(reviewerThu, 'na1'),
    submitFigures(submitterLan, { submissionId: 's2', criterion: '1.10' }),
    approve(reviewerMinh, 's2'),
  ];

  it('finalizes with a snapshot of every official value, in catalogue order', () => {
    const g = given(approvedReport());
    const [event] = g.when(finalize(reviewerMinh, { at: '2021-04-20T10:00:00+07:00' }));
    expect(event).toEqual({
      type: 'ReportFinalized',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        version: 1,
        finalizedBy: 'minh.review',
        finalizedAt: '2021-04-20T10:00:00+07:00',
        official: [
          {
            criterion: '1.2.1',
            submissionId: 's1',
            kind: 'figures',
            inputs: { option: 1 },
            notApplicableReason: null,
          },
          {
            criterion: '1.10',
            submissionId: 's2',
            kind: 'figures',
            inputs: { a: 12, b: 15 },
            notApplicableReason: null,
          },
          {
            criterion: '3.2',
            submissionId: 'na1',
            kind: 'not_applicable',
            inputs: null,
            notApplicableReason: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
          },
        ],
      },
    });
  });

  it('refuses to finalize while a submission awaits review', () => {
    const g = given([...approvedReport(), submitFigures(submitterLan, { submissionId: 's3', criterion: '2.1' })]);
    expect(() => g.when(finalize(reviewerMinh))).toThrow(PendingSubmissionsRemainError);
    expect(() => g.when(finalize(submitterLan))).toThrow(RoleNotPermittedError);
  });

  it('finalize → refused submit → reopen (lead reviewer only) → correct → finalize again', () => {
    const g = given([...approvedReport(), finalize(reviewerMinh)]);
    expect(g.state).toMatchObject({ status: 'finalized', version: 1 });

    const correction = submitFigures(submitterLan, {
      submissionId: 's3',
      criterion: '1.2.1',
      inputs: { option: 2 },
      corrects: 's1',
      reason: 'Sai số liệu a',
    });
    expect(() => g.when(correction)).toThrow(ReportFinalizedError);
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's4', criterion: '2.1' }))).toThrow(
      ReportFinalizedError,
    );
    expect(() => g.when(finalize(reviewerMinh))).toThrow(ReportFinalizedError);
    expect(() => g.when(withdraw(submitterLan, 's1'))).toThrow(ReportFinalizedError);
    try {
      g.when(correction);
    } catch (error) {
      expect(error).toMatchObject({ code: 'REPORT_FINALIZED', httpStatus: 409 });
    }

    expect(() => g.when(reopen(reviewerMinh, 'Cần đính chính'))).toThrow(RoleNotPermittedError);
    expect(() => g.when(reopen(leadReviewerHoa, ''))).toThrow(InvalidCommandError);
    expect(g.when(reopen(leadReviewerHoa, 'Sở TT&TT đề nghị đính chính số liệu 1.2.1'))).toEqual([
      {
        type: 'ReportReopened',
        data: expect.objectContaining({
          version: 1,
          reopenedBy: 'hoa.lead',
          reason: 'Sở TT&TT đề nghị đính chính số liệu 1.2.1',
        }),
      },
    ]);

    const { state, events } = run(
      [reopen(leadReviewerHoa, 'Đính chính'), correction, approve(reviewerThu, 's3'), finalize(reviewerThu)],
      g.state,
    );
    expect(events.map((e) => e.type)).toEqual([
      'ReportReopened',
      'CorrectionSubmitted',
      'SubmissionApproved',
      'ReportFinalized',
    ]);
    expect(events[3].data).toMatchObject({ version: 2 });
    expect(state).toMatchObject({
      status: 'finalized',
      version: 2,
      finalizations: [{ version: 1 }, { version: 2 }],
      reopenings: [{ version: 1, by: 'hoa.lead', reason: 'Đính chính' }],
    });
  });

  it('refuses to reopen a report that is not finalized', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(reopen(leadReviewerHoa, 'Lý do'))).toThrow(ReportNotFinalizedError);
    const reopened = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      finalize(reviewerMinh),
      reopen(leadReviewerHoa, 'x'),
    ]);
    expect(reopened.state).toMatchObject({ status: 'reopened' });
    expect(() => reopened.when(reopen(leadReviewerHoa, 'Lý do'))).toThrow(ReportNotFinalizedError);
  });

  it('finalizes a report the unit never filled in: it opens and closes empty', () => {
    const { events } = run([finalize(reviewerMinh)]);
    expect(events.map((e) => e.type)).toEqual(['AssessmentOpened', 'ReportFinalized']);
    expect(events[1].data).toMatchObject({ version: 1, official: [] });
  });
});
