import {
  AlreadyReviewedError,
  CorrectionRequiredError,
  InvalidCommandError,
  InvalidCorrectionTargetError,
  NotSubmissionOwnerError,
  RoleNotPermittedError,
  StaleSubmissionError,
  SubmissionNotFoundError,
  SubmissionWithdrawnError,
} from '../domain-errors';
import type { OpenedAssessment } from './assessment.state';
import {
  approve,
  declareNotApplicable,
  evidence,
  given,
  reject,
  reviewerMinh,
  run,
  submitFigures,
  submitterHai,
  submitterLan,
  withdraw,
} from '../../testing/assessment.test-kit';

function opened(state: unknown): OpenedAssessment {
  const s = state as OpenedAssessment;
  if (s.status === undefined || (s.status as string) === 'not_opened') throw new Error('assessment not opened');
  return s;
}

describe('the life of a criterion', () => {
  it('submit → reject → resubmit → approve → correct after approval → approve', () => {
    const { events, state } = run([
      submitFigures(submitterLan, { submissionId: 's1', inputs: { a: 10, b: 15 } }),
      reject(reviewerMinh, 's1', 'Thiếu văn bản chứng minh số liệu a'),
      submitFigures(submitterLan, { submissionId: 's2', inputs: { a: 12, b: 15 } }),
      approve(reviewerMinh, 's2', 'Số liệu khớp báo cáo'),
      submitFigures(submitterLan, {
        submissionId: 's3',
        inputs: { a: 13, b: 15 },
        corrects: 's2',
        reason: 'Bổ sung 01 hệ thống được đưa vào vận hành ngày 30/3',
      }),
      approve(reviewerMinh, 's3'),
    ]);

    expect(events.map((e) => e.type)).toEqual([
      'AssessmentOpened',
      'CriterionSubmitted',
      'SubmissionRejected',
      'CriterionSubmitted',
      'SubmissionApproved',
      'CorrectionSubmitted',
      'SubmissionApproved',
    ]);
    expect(events[0]).toEqual({
      type: 'AssessmentOpened',
      data: { unit: 'STTTT', unitBlock: 'department', period: '2021-Q1', catalogueId: 'tth-2020' },
    });
    expect(events[1]).toEqual({
      type: 'CriterionSubmitted',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        criterion: '3.2.1',
        submissionId: 's1',
        inputs: { a: 10, b: 15 },
        evidence: [{ ...evidence, sha256: null }],
        submittedBy: 'lan.stttt',
        submittedAt: '2021-04-05T09:00:00+07:00',
        supersedes: null,
      },
    });
    expect(events[2]).toMatchObject({
      type: 'SubmissionRejected',
      data: {
        submissionId: 's1',
        reviewer: 'minh.review',
        submittedBy: 'lan.stttt',
        reason: 'Thiếu văn bản chứng minh số liệu a',
      },
    });
    expect(events[4]).toMatchObject({
      type: 'SubmissionApproved',
      data: {
        submissionId: 's2',
        kind: 'figures',
        inputs: { a: 12, b: 15 },
        replaces: null,
        note: 'Số liệu khớp báo cáo',
      },
    });
    expect(events[5]).toMatchObject({
      type: 'CorrectionSubmitted',
      data: { submissionId: 's3', corrects: 's2', reason: 'Bổ sung 01 hệ thống được đưa vào vận hành ngày 30/3' },
    });
    expect(events[6]).toMatchObject({ type: 'SubmissionApproved', data: { submissionId: 's3', replaces: 's2' } });
    // No event carries points: they are derived from inputs and the catalogue version.
    expect(JSON.stringify(events)).not.toMatch(/points|score/i);

    const s = opened(state);
    const record = s.criteria['3.2.1'];
    expect(record.official).toMatchObject({
      kind: 'figures',
      submissionId: 's3',
      inputs: { a: 13, b: 15 },
      approvedBy: 'minh.review',
    });
    expect(record.pending).toBeNull();
    expect(record.submissionIds).toEqual(['s1', 's2', 's3']);
    expect(record.history.map((h) => `${h.action}:${h.submissionId}`)).toEqual([
      'submitted:s1',
      'rejected:s1',
      'submitted:s2',
      'approved:s2',
      'correction_submitted:s3',
      'approved:s3',
    ]);
    expect(s.submissions.s1.status).toBe('rejected');
    expect(s.submissions.s2).toMatchObject({ status: 'approved', replacedBy: 's3' });
    expect(s.submissions.s3).toMatchObject({ status: 'approved', replacedBy: null, corrects: 's2' });
  });

  it('keeps the approved value official while a correction is pending, and after it is rejected', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1', inputs: { a: 12, b: 15 } }),
      approve(reviewerMinh, 's1'),
      submitFigures(submitterLan, {
        submissionId: 's2',
        inputs: { a: 14, b: 15 },
        corrects: 's1',
        reason: 'Số liệu mới',
      }),
    ]);
    const pending = opened(g.state).criteria['3.2.1'];
    expect(pending.official?.submissionId).toBe('s1');
    expect(pending.pending).toBe('s2');

    const { state } = run([reject(reviewerMinh, 's2', 'Không có văn bản kèm theo')], g.state);
    const after = opened(state).criteria['3.2.1'];
    expect(after.official).toMatchObject({ submissionId: 's1', inputs: { a: 12, b: 15 } });
    expect(after.pending).toBeNull();
  });

  it('requires a correction, naming the official value with a reason, once the criterion has one', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' }), approve(reviewerMinh, 's1')]);
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2' }))).toThrow(CorrectionRequiredError);
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's1' }))).toThrow(
      InvalidCommandError,
    );
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: '  ' }))).toThrow(
      InvalidCommandError,
    );
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 'nope', reason: 'x' }))).toThrow(
      SubmissionNotFoundError,
    );
  });

  it('refuses a reason without a correction, and a correction where nothing is approved', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2', reason: 'why' }))).toThrow(
      InvalidCommandError,
    );
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: 'why' }))).toThrow(
      InvalidCorrectionTargetError,
    );
  });

  it('refuses to correct a value that is no longer official, or one of another criterion', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: 'Đính chính lần 1' }),
      approve(reviewerMinh, 's2'),
      submitFigures(submitterLan, { submissionId: 'x1', criterion: '3.1.1' }),
      approve(reviewerMinh, 'x1'),
    ]);
    expect(() =>
      g.when(submitFigures(submitterLan, { submissionId: 's3', corrects: 's1', reason: 'Đính chính' })),
    ).toThrow(InvalidCorrectionTargetError);
    expect(() =>
      g.when(submitFigures(submitterLan, { submissionId: 's3', corrects: 'x1', reason: 'Đính chính' })),
    ).toThrow(InvalidCorrectionTargetError);
    expect(
      g.when(submitFigures(submitterLan, { submissionId: 's3', corrects: 's2', reason: 'Đính chính lần 2' })),
    ).toHaveLength(1);
  });

  it('lets a newer submission supersede the pending one, which can then no longer be reviewed', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1', inputs: { a: 10, b: 15 } }),
      submitFigures(submitterHai, { submissionId: 's2', inputs: { a: 11, b: 15 } }),
    ]);
    const s = opened(g.state);
    expect(s.submissions.s1).toMatchObject({ status: 'superseded', supersededBy: 's2' });
    expect(s.criteria['3.2.1'].pending).toBe('s2');
    expect(s.criteria['3.2.1'].history.map((h) => h.action)).toEqual(['submitted', 'superseded', 'submitted']);

    expect(() => g.when(approve(reviewerMinh, 's1'))).toThrow(StaleSubmissionError);
    expect(() => g.when(reject(reviewerMinh, 's1', 'Sai'))).toThrow(StaleSubmissionError);
    try {
      g.when(approve(reviewerMinh, 's1'));
    } catch (error) {
      expect(error).toMatchObject({ code: 'STALE_SUBMISSION', httpStatus: 409, details: { latestPending: 's2' } });
    }
    const superseding = run([submitFigures(submitterLan, { submissionId: 's3' })], g.state).events;
    expect(superseding[0]).toMatchObject({ type: 'CriterionSubmitted', data: { supersedes: 's2' } });
  });

  it('answers a second review of the same submission with AlreadyReviewed', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' }), approve(reviewerMinh, 's1')]);
    expect(() => g.when(approve(reviewerMinh, 's1'))).toThrow(AlreadyReviewedError);
    expect(() => g.when(reject(reviewerMinh, 's1', 'Đổi ý'))).toThrow(AlreadyReviewedError);
    expect(() => g.when(approve(reviewerMinh, 'missing'))).toThrow(SubmissionNotFoundError);
  });

  it('requires a reason to reject', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(reject(reviewerMinh, 's1', ''))).toThrow(InvalidCommandError);
  });
});

describe('withdrawing a submission', () => {
  it('lets the submitter take back their own pending submission, leaving the official value', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: 'Nhầm số liệu' }),
    ]);
    const events = g.when(withdraw(submitterLan, 's2'));
    expect(events).toEqual([
      {
        type: 'SubmissionWithdrawn',
        data: expect.objectContaining({ criterion: '3.2.1', submissionId: 's2', withdrawnBy: 'lan.stttt' }),
      },
    ]);
    const { state } = run([withdraw(submitterLan, 's2')], g.state);
    const s = opened(state);
    expect(s.submissions.s2.status).toBe('withdrawn');
    expect(s.criteria['3.2.1']).toMatchObject({ pending: null, official: { submissionId: 's1' } });
  });

  it('refuses someone else’s submission, a reviewed one, a withdrawn one, and reviewers', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      submitFigures(submitterLan, { submissionId: 'x1', criterion: '3.1.1' }),
      approve(reviewerMinh, 'x1'),
      submitFigures(submitterLan, { submissionId: 'w1', criterion: '1.2.1', inputs: { option: 1 } }),
      withdraw(submitterLan, 'w1'),
    ]);
    expect(() => g.when(withdraw(submitterHai, 's1'))).toThrow(NotSubmissionOwnerError);
    expect(() => g.when(withdraw(submitterLan, 'x1'))).toThrow(AlreadyReviewedError);
    expect(() => g.when(withdraw(submitterLan, 'w1'))).toThrow(SubmissionWithdrawnError);
    expect(() => g.when(withdraw(reviewerMinh, 's1'))).toThrow(RoleNotPermittedError);
    expect(() => g.when(approve(reviewerMinh, 'w1'))).toThrow(SubmissionWithdrawnError);
  });
});

describe('declaring a criterion not applicable', () => {
  it('is reviewed like a submission and becomes the official value when approved', () => {
    const { events, state } = run([
      declareNotApplicable(submitterLan, { submissionId: 'na1', evidence: [evidence] }),
      approve(reviewerMinh, 'na1'),
    ]);
    expect(events[1]).toMatchObject({
      type: 'NotApplicableDeclared',
      data: {
        criterion: '3.2',
        submissionId: 'na1',
        reason: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
        corrects: null,
      },
    });
    expect(events[2]).toMatchObject({
      type: 'SubmissionApproved',
      data: {
        kind: 'not_applicable',
        inputs: null,
        notApplicableReason: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
      },
    });
    expect(opened(state).criteria['3.2'].official).toMatchObject({ kind: 'not_applicable', submissionId: 'na1' });
  });

  it('needs a reason, and a correction target once the criterion has an official value', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1', criterion: '3.2' }),
      approve(reviewerMinh, 's1'),
    ]);
    expect(() => g.when(declareNotApplicable(submitterLan, { submissionId: 'na1', reason: '' }))).toThrow(
      InvalidCommandError,
    );
    expect(() => g.when(declareNotApplicable(submitterLan, { submissionId: 'na1' }))).toThrow(CorrectionRequiredError);
    const events = g.when(declareNotApplicable(submitterLan, { submissionId: 'na1', corrects: 's1' }));
    expect(events[0]).toMatchObject({ type: 'NotApplicableDeclared', data: { corrects: 's1' } });
  });

  it('can be replaced by figures before review (supersede) and after approval (correction)', () => {
    const { state } = run([
      declareNotApplicable(submitterLan, { submissionId: 'na1' }),
      submitFigures(submitterLan, { submissionId: 's1', criterion: '3.2' }),
      approve(reviewerMinh, 's1'),
      declareNotApplicable(submitterLan, { submissionId: 'na2', corrects: 's1' }),
      approve(reviewerMinh, 'na2'),
      submitFigures(submitterLan, {
        submissionId: 's2',
        criterion: '3.2',
        corrects: 'na2',
        reason: 'Đã có thủ tục từ tháng 3',
      }),
      approve(reviewerMinh, 's2'),
    ]);
    const s = opened(state);
    expect(s.submissions.na1.status).toBe('superseded');
    expect(s.criteria['3.2'].official).toMatchObject({ kind: 'figures', submissionId: 's2' });
    expect(s.submissions.na2).toMatchObject({ status: 'approved', replacedBy: 's2' });
  });
});
