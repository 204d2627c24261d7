import { assessmentDecider, decideAssessment, PERMISSION_OF_ASSESSMENT_COMMAND } from './assessment.decider';
import type { AssessmentCommand } from './assessment.commands';
import { evolveAssessment, foldAssessment } from './assessment.evolve';
import { ASSESSMENT_EVENT_VERSIONS } from './assessment.events';
import { initialAssessmentState } from './assessment.state';
import {
  approve,
  declareNotApplicable,
  finalize,
  given,
  leadReviewerHoa,
  reject,
  reopen,
  reviewerMinh,
  run,
  submitFigures,
  submitterLan,
  submitterOfSnv,
  withdraw,
} from '../../testing/assessment.test-kit';
import { refusal } from '../../testing/refusal.test-kit';

const fieldOf = (decide: () => unknown) => refusal(decide).details.field;

describe('assessment decider: what each refusal names', () => {
  it('the assessment’s facts, field by field', () => {
    const first = (over: object) => () =>
      run([{ ...submitFigures(submitterLan, { submissionId: 's1' }), assessment: over } as AssessmentCommand]);
    expect(refusal(first(null as unknown as object))).toEqual({
      code: 'INVALID_COMMAND',
      details: { field: 'assessment', problem: "expected the assessment's unit, period and facts, got null" },
    });
    expect(fieldOf(first('STTTT' as unknown as object))).toBe('assessment');
    const base = {
      unit: 'STTTT',
      period: '2021-Q1',
      unitBlock: 'department',
      unitActive: true,
      catalogueId: 'tth-2020',
    };
    expect(fieldOf(first({ ...base, catalogueId: '' }))).toBe('assessment.catalogueId');
    expect(fieldOf(first({ ...base, catalogueId: 'x'.repeat(65) }))).toBe('assessment.catalogueId');
    expect(fieldOf(first({ ...base, unitBlock: 'ministry' }))).toBe('assessment.unitBlock');
    expect(fieldOf(first({ ...base, unitActive: 'yes' }))).toBe('assessment.unitActive');
  });

  it('facts about another assessment: the field, what the assessment holds and what came', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    const mismatch = (assessment: object) =>
      refusal(() => g.when(approve(reviewerMinh, 's1', undefined, { assessment })));
    expect(mismatch({ unit: 'SNV' })).toEqual({
      code: 'ASSESSMENT_MISMATCH',
      details: { field: 'unit', expected: 'STTTT', received: 'SNV' },
    });
    expect(mismatch({ period: '2021-Q2' }).details).toEqual({
      field: 'period',
      expected: '2021-Q1',
      received: '2021-Q2',
    });
    expect(mismatch({ unitBlock: 'district' }).details).toEqual({
      field: 'unitBlock',
      expected: 'department',
      received: 'district',
    });
    expect(mismatch({ catalogueId: 'tth-2026' }).details).toEqual({
      field: 'catalogueId',
      expected: 'tth-2020',
      received: 'tth-2026',
    });
  });

  it('each field of a submission', () => {
    expect(fieldOf(() => run([submitFigures(submitterLan, { submissionId: '' })]))).toBe('submissionId');
    expect(fieldOf(() => run([submitFigures(submitterLan, { submissionId: 's1', criterion: '1..2' })]))).toBe(
      'criterion',
    );
    expect(fieldOf(() => run([submitFigures(submitterLan, { submissionId: 's1', evidence: 'x' as never })]))).toBe(
      'evidence',
    );
    expect(
      fieldOf(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionExists: 'yes' as never })])),
    ).toBe('criterionExists');
    expect(
      fieldOf(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionAppliesToBlock: 1 as never })])),
    ).toBe('criterionAppliesToBlock');
    expect(
      fieldOf(() =>
        run([submitFigures(submitterLan, { submissionId: 's1', criterion: '9.9.9', inputs: 'x' as never })]),
      ),
    ).toBe('inputs');
    expect(
      fieldOf(() =>
        run([submitFigures(submitterLan, { submissionId: 's1', reason: 'x'.repeat(2001), corrects: 's0' })]),
      ),
    ).toBe('reason');
    expect(fieldOf(() => run([declareNotApplicable(submitterLan, { submissionId: 's1', reason: ' ' })]))).toBe(
      'reason',
    );
  });

  it('refusals that name the criterion, the catalogue, the block and the period', () => {
    expect(refusal(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionExists: false })]))).toEqual({
      code: 'CRITERION_NOT_IN_CATALOGUE',
      details: { criterion: '3.2.1', catalogueId: 'tth-2020' },
    });
    expect(
      refusal(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionAppliesToBlock: false })])),
    ).toEqual({ code: 'CRITERION_NOT_FOR_BLOCK', details: { criterion: '3.2.1', unitBlock: 'department' } });
    expect(
      refusal(() =>
        run([
          submitFigures(
            submitterLan,
            { submissionId: 's1' },
            { at: '2021-03-31T16:59:59Z', assessment: { period: '2021-Q2' } },
          ),
        ]),
      ),
    ).toEqual({
      code: 'PERIOD_NOT_STARTED',
      details: { period: '2021-Q2', startsAt: '2021-03-31T17:00:00.000Z' },
    });
    expect(
      refusal(() => run([submitFigures(submitterLan, { submissionId: 's1' }, { assessment: { unitActive: false } })])),
    ).toEqual({
      code: 'UNIT_NOT_ACTIVE',
      details: { unit: 'STTTT', period: '2021-Q1' },
    });
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's1', criterion: '3.1.1' })))).toEqual({
      code: 'DUPLICATE_SUBMISSION_ID',
      details: { submissionId: 's1' },
    });
  });

  it('withdrawing is for the submitter of their own unit’s submission', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(refusal(() => g.when(withdraw(submitterOfSnv, 's1', { assessment: { unit: 'STTTT' } })))).toEqual({
      code: 'NOT_OWN_UNIT',
      details: { actor: 'binh.snv', actorUnit: 'SNV', unit: 'STTTT' },
    });
    expect(refusal(() => g.when(withdraw(reviewerMinh, 's1'))).code).toBe('ROLE_NOT_PERMITTED');
    expect(fieldOf(() => g.when(withdraw(submitterLan, 'bad id')))).toBe('submissionId');
    expect(refusal(() => g.when(withdraw(submitterLan, 's9')))).toEqual({
      code: 'SUBMISSION_NOT_FOUND',
      details: { submissionId: 's9', where: 'STTTT 2021-Q1' },
    });
  });

  it('reviewing names the submission and its state', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      submitFigures(submitterLan, { submissionId: 's2' }),
    ]);
    expect(refusal(() => g.when(approve(reviewerMinh, 's1')))).toEqual({
      code: 'STALE_SUBMISSION',
      details: { submissionId: 's1', criterion: '3.2.1', latestPending: 's2' },
    });
    expect(fieldOf(() => g.when(approve(reviewerMinh, 's2', ' ')))).toBe('note');
    expect(fieldOf(() => g.when(reject(reviewerMinh, 'bad id', 'x')))).toBe('submissionId');
    expect(fieldOf(() => g.when(approve(reviewerMinh, 'bad id')))).toBe('submissionId');
    const approved = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: 'Sai số liệu' }),
      withdraw(submitterLan, 's2'),
    ]);
    expect(refusal(() => approved.when(reject(reviewerMinh, 's1', 'x')))).toEqual({
      code: 'ALREADY_REVIEWED',
      details: { submissionId: 's1', decision: 'approved' },
    });
    expect(refusal(() => approved.when(approve(reviewerMinh, 's2')))).toEqual({
      code: 'SUBMISSION_WITHDRAWN',
      details: { submissionId: 's2' },
    });
  });

  it('corrections name the criterion and the official value', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' }), approve(reviewerMinh, 's1')]);
    expect(refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's2' })))).toEqual({
      code: 'CORRECTION_REQUIRED',
      details: { criterion: '3.2.1', official: 's1' },
    });
    expect(refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's1' })))).toEqual({
      code: 'INVALID_COMMAND',
      details: { field: 'reason', problem: 'a correction must say why it corrects the approved value' },
    });
    expect(refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's2', reason: 'Sai' })))).toEqual({
      code: 'INVALID_COMMAND',
      details: {
        field: 'reason',
        problem: 'a reason goes with a correction: name the corrected submission in "corrects"',
      },
    });
    expect(
      fieldOf(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 'bad id', reason: 'x' }))),
    ).toBe('corrects');
    expect(
      refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's9', reason: 'x' }))),
    ).toEqual({
      code: 'SUBMISSION_NOT_FOUND',
      details: { submissionId: 's9', where: 'STTTT 2021-Q1' },
    });
    const pending = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(
      refusal(() => pending.when(submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: 'x' }))),
    ).toEqual({
      code: 'INVALID_CORRECTION_TARGET',
      details: {
        corrects: 's1',
        criterion: '3.2.1',
        problem: 'only an approved value can be corrected; this one is pending',
      },
    });
  });

  it('a finalized report refuses everything but reopening, which names the version', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      finalize(reviewerMinh),
    ]);
    expect(refusal(() => g.when(finalize(reviewerMinh)))).toEqual({
      code: 'REPORT_FINALIZED',
      details: { unit: 'STTTT', period: '2021-Q1', version: 1 },
    });
    expect(g.when(reopen(leadReviewerHoa, ' Sai số liệu '))).toEqual([
      {
        type: 'ReportReopened',
        data: {
          unit: 'STTTT',
          period: '2021-Q1',
          catalogueId: 'tth-2020',
          version: 1,
          reopenedBy: 'hoa.lead',
          reopenedAt: expect.any(String),
          reason: 'Sai số liệu',
        },
      },
    ]);
    expect(fieldOf(() => g.when(reopen(leadReviewerHoa, '')))).toBe('reason');
    const open = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(refusal(() => open.when(reopen(leadReviewerHoa, 'x')))).toEqual({
      code: 'REPORT_NOT_FINALIZED',
      details: { unit: 'STTTT', period: '2021-Q1' },
    });
    expect(refusal(() => open.when(finalize(reviewerMinh)))).toEqual({
      code: 'PENDING_SUBMISSIONS_REMAIN',
      details: { unit: 'STTTT', period: '2021-Q1', criteria: ['3.2.1'] },
    });
  });
});

describe('assessment decider: the events it decides', () => {
  it('every event of an opened assessment names it', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    const [event] = g.when(reject(reviewerMinh, 's1', ' Thiếu '));
    expect(event).toEqual({
      type: 'SubmissionRejected',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        criterion: '3.2.1',
        submissionId: 's1',
        submittedBy: 'lan.stttt',
        reviewer: 'minh.review',
        reviewedAt: expect.any(String),
        reason: 'Thiếu',
      },
    });
    expect(g.when(withdraw(submitterLan, 's1'))).toEqual([
      {
        type: 'SubmissionWithdrawn',
        data: {
          unit: 'STTTT',
          period: '2021-Q1',
          catalogueId: 'tth-2020',
          criterion: '3.2.1',
          submissionId: 's1',
          withdrawnBy: 'lan.stttt',
          withdrawnAt: expect.any(String),
        },
      },
    ]);
  });

  it('a new submission supersedes the pending one; an approval of a correction replaces the official value', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(g.when(submitFigures(submitterLan, { submissionId: 's2' }))[0].data).toMatchObject({ supersedes: 's1' });
    expect(g.when(submitFigures(submitterLan, { submissionId: 's2', criterion: '3.1.1' }))[0].data).toMatchObject({
      supersedes: null,
    });
    const corrected = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      approve(reviewerMinh, 's1'),
      submitFigures(submitterLan, { submissionId: 's2', corrects: 's1', reason: ' Sai ' }),
    ]);
    const [correction] = corrected.state.status === 'not_opened' ? [] : [corrected.state.submissions.s2];
    expect(correction).toMatchObject({ corrects: 's1', correctionReason: 'Sai' });
    expect(corrected.when(approve(reviewerMinh, 's2'))[0].data).toMatchObject({ replaces: 's1', note: null });
    expect(
      given([submitFigures(submitterLan, { submissionId: 's1' })]).when(approve(reviewerMinh, 's1'))[0].data,
    ).toMatchObject({
      replaces: null,
    });
  });

  it('a not-applicable declaration correcting an approved value names it', () => {
    const g = given([
      submitFigures(submitterLan, { submissionId: 's1', criterion: '3.2' }),
      approve(reviewerMinh, 's1'),
    ]);
    const [event] = g.when(
      declareNotApplicable(submitterLan, {
        submissionId: 's2',
        criterion: '3.2',
        reason: ' Không có ',
        corrects: 's1',
      }),
    );
    expect(event).toEqual({
      type: 'NotApplicableDeclared',
      data: expect.objectContaining({
        unit: 'STTTT',
        criterion: '3.2',
        submissionId: 's2',
        reason: 'Không có',
        submittedBy: 'lan.stttt',
        supersedes: null,
        corrects: 's1',
      }),
    });
    expect(
      given([]).when(declareNotApplicable(submitterLan, { submissionId: 's1', criterion: '3.2' }))[1].data,
    ).toMatchObject({ corrects: null });
  });

  it('is one stream decider with its permissions', () => {
    expect(assessmentDecider.decide).toBe(decideAssessment);
    expect(assessmentDecider.evolve).toBe(evolveAssessment);
    expect(assessmentDecider.initialState).toBe(initialAssessmentState);
    expect(assessmentDecider.eventVersions).toBe(ASSESSMENT_EVENT_VERSIONS);
    const events = run([submitFigures(submitterLan, { submissionId: 's1' })]).events;
    expect(assessmentDecider.fold?.(events, initialAssessmentState)).toEqual(foldAssessment(events));
    expect(PERMISSION_OF_ASSESSMENT_COMMAND).toEqual({
      SubmitFigures: 'assessment:submit',
      DeclareNotApplicable: 'assessment:submit',
      WithdrawSubmission: 'assessment:withdraw',
      ApproveSubmission: 'assessment:review',
      RejectSubmission: 'assessment:review',
      FinalizeReport: 'assessment:finalize',
      ReopenReport: 'assessment:reopen',
    });
  });
});

describe('assessment decider and fold: unknown types fail loudly', () => {
  it('the fold names an event type it does not handle', () => {
    const { state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => evolveAssessment(state, { type: 'CriterionArchived', data: {} } as never)).toThrow(
      new TypeError('Unhandled assessment event: {"type":"CriterionArchived","data":{}}'),
    );
  });

  it('a command type without a permission is refused before anything else', () => {
    const { state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    const unknown = { ...approve(reviewerMinh, 's1'), type: 'ArchiveCriterion' } as unknown as AssessmentCommand;
    expect(refusal(() => decideAssessment(unknown, state)).code).toBe('ROLE_NOT_PERMITTED');
  });

  it('a submission in a status it does not know is a defect, named', () => {
    const { state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    if (state.status === 'not_opened') throw new Error('not opened');
    const forged = { ...state, submissions: { s1: { ...state.submissions.s1, status: 'lost' } } } as never;
    expect(() => decideAssessment(approve(reviewerMinh, 's1'), forged)).toThrow(
      new TypeError('Unhandled submission status: "lost"'),
    );
  });
});

describe('assessment decider: corrections, reviews and finalizing, by what they name', () => {
  const approvedBoth = [
    submitFigures(submitterLan, { submissionId: 's1' }),
    approve(reviewerMinh, 's1'),
    declareNotApplicable(submitterLan, { submissionId: 's2', criterion: '1.1' }),
    approve(reviewerMinh, 's2'),
  ];

  it('a correction names a submission of its own criterion, and the official value it must correct', () => {
    const g = given(approvedBoth);
    expect(
      refusal(() => g.when(submitFigures(submitterLan, { submissionId: 's3', corrects: 's2', reason: 'Sai số' }))),
    ).toEqual({
      code: 'INVALID_CORRECTION_TARGET',
      details: { corrects: 's2', criterion: '3.2.1', problem: expect.stringContaining('criterion 1.1') },
    });
    const corrected = given([
      ...approvedBoth,
      submitFigures(submitterLan, { submissionId: 's3', corrects: 's1', reason: 'Sai số' }),
      approve(reviewerMinh, 's3'),
    ]);
    const stale = refusal(() =>
      corrected.when(submitFigures(submitterLan, { submissionId: 's4', corrects: 's1', reason: 'Sai số' })),
    );
    expect(stale).toMatchObject({ code: 'INVALID_CORRECTION_TARGET', details: { corrects: 's1', criterion: '3.2.1' } });
    expect(stale.details.problem).toContain('correct s3 instead');
  });

  it('a rejected submission is already reviewed', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' }), reject(reviewerMinh, 's1', 'Thiếu số liệu')]);
    expect(refusal(() => g.when(approve(reviewerMinh, 's1')))).toEqual({
      code: 'ALREADY_REVIEWED',
      details: { submissionId: 's1', decision: 'rejected' },
    });
  });

  it('a rejection or a reopening without a reason names "reason"', () => {
    expect(fieldOf(() => given(approvedBoth).when(reopen(leadReviewerHoa, ' ')))).toBe('reason');
    const pending = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(fieldOf(() => pending.when(reject(reviewerMinh, 's1', ' ')))).toBe('reason');
  });

  it('finalizing: the criteria still pending in code order; a criterion without an approved value is left out', () => {
    const pending = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      declareNotApplicable(submitterLan, { submissionId: 's2', criterion: '1.1' }),
    ]);
    expect(refusal(() => pending.when(finalize(leadReviewerHoa))).details).toMatchObject({
      criteria: ['1.1', '3.2.1'],
    });
    const [finalized] = given([
      submitFigures(submitterLan, { submissionId: 's1' }),
      reject(reviewerMinh, 's1', 'Thiếu số liệu'),
      declareNotApplicable(submitterLan, { submissionId: 's2', criterion: '1.1' }),
      approve(reviewerMinh, 's2'),
    ]).when(finalize(leadReviewerHoa));
    expect(finalized).toMatchObject({ type: 'ReportFinalized' });
    const { official } = finalized.data as { official: Array<{ criterion: string }> };
    expect(official).toHaveLength(1);
    expect(official[0]).toMatchObject({ criterion: '1.1', submissionId: 's2', inputs: null });
  });
});
