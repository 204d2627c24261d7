import { getCatalogue } from '@dti/catalogue';
import {
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type OpenedAssessment,
  type RegisteredUnit,
} from '@dti/domain';
import { reviewQueueItems } from './review-queue.view';

function unit(code: string, name: string): RegisteredUnit {
  return {
    status: 'registered',
    code,
    block: 'department',
    registeredOn: '2021-01-01',
    names: [{ name, nameEn: null, effectiveOn: '2021-01-01', legalBasis: 'Kế hoạch 222/KH-UBND' }],
    end: null,
  };
}

function assessment(code: string, submissions: Array<[string, string, string, string]>): OpenedAssessment {
  const ref = { unit: code, period: '2021-Q1' as const, catalogueId: 'tth-2020' };
  const events: AssessmentEvent[] = [
    { type: 'AssessmentOpened', data: { ...ref, unitBlock: 'department' } },
    ...submissions.map(([submissionId, criterion, submittedBy, submittedAt]): AssessmentEvent => ({
      type: 'CriterionSubmitted',
      data: {
        ...ref,
        criterion,
        submissionId,
        inputs: { a: 100, b: 5 },
        evidence: [],
        submittedBy,
        submittedAt,
        supersedes: null,
      },
    })),
  ];
  const state = events.reduce(evolveAssessment, initialAssessmentState);
  if (state.status === 'not_opened') throw new Error('not opened');
  return state;
}

describe('reviewQueueItems', () => {
  const catalogue = getCatalogue('tth-2020');

  it('lists pending submissions across units oldest first and flags the reader’s own', () => {
    const items = reviewQueueItems(
      [
        {
          unit: unit('STTTT', 'Sở Thông tin và Truyền thông'),
          catalogue,
          state: assessment('STTTT', [
            ['s-late', '7.1.1', 'lan.stttt', '2021-04-07T09:00:00+07:00'],
            ['s-own', '7.1.2', 'minh.review', '2021-04-05T08:00:00+07:00'],
          ]),
        },
        {
          unit: unit('SNV', 'Sở Nội vụ'),
          catalogue,
          state: assessment('SNV', [['s-early', '7.1.1', 'binh.snv', '2021-04-05T09:00:00+07:00']]),
        },
      ],
      { username: 'minh.review', role: 'reviewer', unit: null },
    );
    expect(items.map((item) => item.submission.submissionId)).toEqual(['s-own', 's-early', 's-late']);
    expect(items.map((item) => item.reviewable)).toEqual([false, true, true]);
    expect(items[1]).toMatchObject({
      unit: 'SNV',
      unitName: 'Sở Nội vụ',
      period: '2021-Q1',
      criterion: '7.1.1',
      criterionTitle: 'Tỷ lệ cán bộ chuyên trách CNTT',
      criterionTitleEn: 'Share of dedicated IT staff',
      group: { code: '7', title: 'Đào tạo và nguồn nhân lực cho Chính quyền số' },
      official: null,
      // Nothing approved yet: the criterion's official points are 0.
      difference: { exact: '2', display: '2.00' },
      submission: { status: 'pending', score: { points: { exact: '2' } } },
    });
  });

  it('gives the difference from the official value exactly', () => {
    const state = assessment('STTTT', [['s-1', '7.1.1', 'lan.stttt', '2021-04-05T09:00:00+07:00']]);
    const approved = evolveAssessment(state, {
      type: 'SubmissionApproved',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        criterion: '7.1.1',
        submissionId: 's-1',
        submittedBy: 'lan.stttt',
        reviewer: 'minh.review',
        reviewedAt: '2021-04-06T09:00:00+07:00',
        note: null,
        kind: 'figures',
        inputs: { a: 100, b: 5 },
        notApplicableReason: null,
        replaces: null,
      },
    });
    const resubmitted = evolveAssessment(approved, {
      type: 'CorrectionSubmitted',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        criterion: '7.1.1',
        submissionId: 's-2',
        inputs: { a: 250, b: 20 },
        evidence: [],
        submittedBy: 'lan.stttt',
        submittedAt: '2021-04-07T09:00:00+07:00',
        supersedes: null,
        corrects: 's-1',
        reason: 'Số liệu b cập nhật',
      },
    });
    if (resubmitted.status === 'not_opened') throw new Error('not opened');
    const [item] = reviewQueueItems([{ unit: unit('STTTT', 'Sở TT&TT'), catalogue, state: resubmitted }], {
      username: 'minh.review',
      role: 'reviewer',
      unit: null,
    });
    expect(item.official?.points?.exact).toBe('2');
    expect(item.submission.score?.points.exact).toBe('16/5');
    expect(item.difference).toEqual({ exact: '6/5', display: '1.20' });
  });
});
