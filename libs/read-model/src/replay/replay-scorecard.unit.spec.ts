import { getCatalogue } from '@dti/catalogue';
import { toNewEvents, type AssessmentCommand } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import {
  approve,
  finalize,
  leadReviewerHoa,
  reject,
  reopen,
  reviewerMinh,
  submitFigures,
  submitterLan,
  declareNotApplicable,
} from '../../../domain/testing/assessment.test-kit';
import { decideAssessment, evolveAssessment, initialAssessmentState, type AssessmentState } from '@dti/domain';
import { replayAssessment, replayScorecard, ReplayError } from './replay-scorecard';

const STREAM = 'assessment-STTTT-2021Q1';

/** Commands through the real decider, recorded as the store would: revisions 0…, positions from 100. */
function recorded(commands: AssessmentCommand[]): RecordedEvent[] {
  let state: AssessmentState = initialAssessmentState;
  const events: RecordedEvent[] = [];
  for (const command of commands) {
    const decided = decideAssessment(command, state);
    for (const event of decided) state = evolveAssessment(state, event);
    for (const fresh of toNewEvents(STREAM, decided, command.metadata)) {
      const revision = BigInt(events.length);
      events.push({
        ...fresh,
        streamId: STREAM,
        revision,
        position: 100n + revision * 2n,
        recordedAt: new Date(Date.UTC(2021, 3, 5, 0, events.length)),
      });
    }
  }
  return events;
}

const catalogue = getCatalogue('tth-2020');

describe('replayScorecard', () => {
  const events = recorded([
    submitFigures(submitterLan, { submissionId: 's1', criterion: '5.1.1', inputs: { a: 200, b: 150 } }),
    approve(reviewerMinh, 's1'),
    submitFigures(submitterLan, { submissionId: 's2', criterion: '1.4.1', inputs: { value: true } }),
    reject(reviewerMinh, 's2', 'Thiếu minh chứng'),
    declareNotApplicable(submitterLan, { submissionId: 's3', criterion: '5.7.1' }),
    approve(reviewerMinh, 's3'),
    finalize(reviewerMinh),
    reopen(leadReviewerHoa, 'Điều chỉnh'),
    submitFigures(submitterLan, {
      submissionId: 's4',
      criterion: '5.1.1',
      inputs: { a: 200, b: 200 },
      corrects: 's1',
      reason: 'Số liệu bổ sung',
    }),
    approve(reviewerMinh, 's4'),
  ]);

  it('replays the whole stream into the rows the projector writes', () => {
    const replayed = replayScorecard(events, catalogue, 'department');
    expect(replayed?.report).toMatchObject({
      status: 'reopened',
      version: 1,
      pointsExact: '2',
      applicableMaxExact: '254',
      streamRevision: String(events.length - 1),
      position: String(events[events.length - 1].position),
    });
    expect(replayed?.criteria.find((c) => c.criterion === '1.4.1')).toMatchObject({
      status: 'not-reported',
      pendingSubmissionId: null,
    });
    expect(replayed?.audit.map((a) => [a.eventType, a.pointsBeforeExact, a.pointsAfterExact])).toEqual([
      ['AssessmentOpened', null, null],
      ['SubmissionApproved', null, '3/2'],
      ['SubmissionApproved', null, null],
      ['ReportFinalized', null, null],
      ['ReportReopened', null, null],
      ['SubmissionApproved', '3/2', '2'],
    ]);
    // The published report keeps the value of its day.
    expect(replayed?.published.map((p) => [p.version, p.pointsExact])).toEqual([[1, '3/2']]);
  });

  it('replays as of a position or an instant', () => {
    const approval = events.find((e) => e.type === 'SubmissionApproved') as RecordedEvent;
    const before = replayScorecard(events, catalogue, 'department', { position: approval.position - 1n });
    expect(before?.criteria.find((c) => c.criterion === '5.1.1')).toMatchObject({
      status: 'not-reported',
      pendingSubmissionId: 's1',
    });
    const at = replayScorecard(events, catalogue, 'department', { instant: approval.recordedAt });
    expect(at?.report.pointsExact).toBe('3/2');
    expect(replayScorecard(events, catalogue, 'department', { position: 0n })).toBeNull();
  });

  it('finds the catalogue and block in AssessmentOpened, and refuses a stream that does not open', () => {
    expect(replayAssessment(events)?.report.block).toBe('department');
    expect(replayAssessment([])).toBeNull();
    expect(() => replayScorecard(events.slice(1), catalogue, 'department')).toThrow(ReplayError);
  });

  it('shows a figure the engine cannot score as an error scoring 0 of its maximum', () => {
    // The decider refuses such figures now; a stream may still hold them (stored before it checked them).
    const broken = recorded([
      submitFigures(submitterLan, { submissionId: 'x1', criterion: '1.2.1', inputs: { option: 1 } }),
      approve(reviewerMinh, 'x1'),
    ]).map((event) => {
      const data = event.data as Record<string, unknown>;
      return 'inputs' in data ? { ...event, data: { ...data, inputs: { a: '12', b: '15' } } } : event;
    });
    const replayed = replayScorecard(broken, catalogue, 'department');
    expect(replayed?.criteria.find((c) => c.criterion === '1.2.1')).toMatchObject({
      status: 'error',
      errorCode: 'UNKNOWN_INPUT',
      pointsExact: '0',
      applicableMaxExact: '3',
    });
    expect(replayed?.audit[1]).toMatchObject({ valueAfter: 'error', pointsAfterExact: '0' });
  });
});
