import type { AuditEntryEntity } from '@dti/read-model';
import { netChanges, timelineChange } from './timeline.view';

let position = 100;

function approval(
  period: string,
  criterion: string,
  before: [string, string | null],
  after: [string, string | null],
): AuditEntryEntity {
  position += 1;
  return {
    eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    unit: 'STTTT',
    period,
    periodIndex: 0,
    kind: 'official_score',
    eventType: 'SubmissionApproved',
    criterion,
    submissionId: `sub-${position}`,
    valueBefore: before[0],
    pointsBeforeExact: before[1],
    pointsBefore: null,
    valueAfter: after[0],
    pointsAfterExact: after[1],
    pointsAfter: null,
    reportStatusBefore: null,
    reportStatusAfter: null,
    reportVersion: null,
    actor: 'reviewer',
    role: 'reviewer',
    reason: null,
    note: null,
    correlationId: `req-${position}`,
    commandId: `cmd-${position}`,
    streamId: `assessment-STTTT-${period.replace('-', '')}`,
    streamRevision: '3',
    globalPosition: String(position),
    occurredAt: new Date('2021-04-10T02:00:00Z'),
    recordedAt: new Date('2021-04-10T02:00:01Z'),
  };
}

describe('timeline view', () => {
  it('nets each quarter’s criterion from its first value before to its last after, in catalogue order', () => {
    const entries = [
      approval('2021-Q1', '5.10.1', ['none', null], ['scored', '1']),
      approval('2021-Q1', '5.1.1', ['none', null], ['scored', '3/2']),
      approval('2021-Q1', '5.1.1', ['scored', '3/2'], ['scored', '2']),
      approval('2021-Q1', '5.2.1', ['scored', '2'], ['not_applicable', null]),
      approval('2020-Q4', '5.1.1', ['none', null], ['scored', '1']),
    ];
    expect(netChanges(entries).map((net) => [net.period, net.criterion, net.changes, net.differenceExact])).toEqual([
      ['2020-Q4', '5.1.1', 1, '1'],
      ['2021-Q1', '5.1.1', 2, '2'],
      ['2021-Q1', '5.2.1', 1, '-2'],
      ['2021-Q1', '5.10.1', 1, '1'],
    ]);
    const correction = netChanges(entries.slice(2, 3))[0];
    expect(correction).toMatchObject({
      before: { value: 'scored', points: 1.5, pointsExact: '3/2' },
      after: { value: 'scored', points: 2, pointsExact: '2' },
      difference: 0.5,
      differenceExact: '1/2',
    });
  });

  it('ignores report status changes in the net, and shows them as changes', () => {
    const opened: AuditEntryEntity = {
      ...approval('2021-Q1', '5.1.1', ['none', null], ['none', null]),
      kind: 'report_status',
      eventType: 'ReportReopened',
      criterion: null,
      valueBefore: null,
      valueAfter: null,
      reportStatusBefore: 'finalized',
      reportStatusAfter: 'reopened',
      reportVersion: 1,
      reason: 'Sai số liệu',
    };
    expect(netChanges([opened])).toEqual([]);
    expect(timelineChange(opened)).toMatchObject({
      kind: 'report_status',
      before: { value: null, points: null, reportStatus: 'finalized' },
      after: { reportStatus: 'reopened' },
      reportVersion: 1,
      reason: 'Sai số liệu',
      recordedAt: '2021-04-10T02:00:01.000Z',
    });
  });
});
