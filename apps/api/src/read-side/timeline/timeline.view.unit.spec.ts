import type { NetRow, TimelineRow } from './find-unit-timeline';
import { netChanges, timelineChange } from './timeline.view';

function net(period: string, criterion: string, changes: number, before: string | null, after: string | null): NetRow {
  return {
    period,
    criterion,
    changes,
    valueBefore: before === null ? 'none' : 'scored',
    pointsBeforeExact: before,
    valueAfter: after === null ? 'not_applicable' : 'scored',
    pointsAfterExact: after,
  };
}

const reopening: TimelineRow = {
  eventId: '00000000-0000-4000-8000-000000000101',
  eventType: 'ReportReopened',
  kind: 'report_status',
  period: '2021-Q1',
  criterion: null,
  submissionId: null,
  actor: 'lead',
  role: 'lead_reviewer',
  reason: 'Sai số liệu',
  note: null,
  valueBefore: null,
  pointsBeforeExact: null,
  valueAfter: null,
  pointsAfterExact: null,
  reportStatusBefore: 'finalized',
  reportStatusAfter: 'reopened',
  reportVersion: 1,
  correlationId: 'req-7',
  commandId: 'cmd-7',
  streamId: 'assessment-STTTT-2021Q1',
  revision: '3',
  position: '101',
  occurredAt: new Date('2021-04-10T02:00:00Z'),
  recordedAt: new Date('2021-04-10T02:00:01Z'),
};

describe('timeline view', () => {
  it('nets each quarter’s criterion from its first value before to its last after, in catalogue order', () => {
    const rows = [
      net('2021-Q1', '5.10.1', 1, null, '1'),
      net('2021-Q1', '5.1.1', 2, null, '2'),
      net('2021-Q1', '5.2.1', 1, '2', null),
      net('2020-Q4', '5.1.1', 1, null, '1'),
    ];
    expect(netChanges(rows).map((n) => [n.period, n.criterion, n.changes, n.differenceExact])).toEqual([
      ['2020-Q4', '5.1.1', 1, '1'],
      ['2021-Q1', '5.1.1', 2, '2'],
      ['2021-Q1', '5.2.1', 1, '-2'],
      ['2021-Q1', '5.10.1', 1, '1'],
    ]);
    expect(netChanges([net('2021-Q1', '5.1.1', 1, '3/2', '2')])[0]).toMatchObject({
      before: { value: 'scored', points: 1.5, pointsExact: '3/2' },
      after: { value: 'scored', points: 2, pointsExact: '2' },
      difference: 0.5,
      differenceExact: '1/2',
    });
  });

  it('shows a report status change with its reason, position and the request it came from', () => {
    expect(timelineChange(reopening)).toMatchObject({
      kind: 'report_status',
      before: { value: null, points: null, reportStatus: 'finalized' },
      after: { reportStatus: 'reopened' },
      reportVersion: 1,
      reason: 'Sai số liệu',
      correlationId: 'req-7',
      commandId: 'cmd-7',
      position: '101',
      revision: '3',
      recordedAt: '2021-04-10T02:00:01.000Z',
    });
  });
});
