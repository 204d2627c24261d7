import { planDemoAppends } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { jobKeyOfStream } from '../writers/job-keys';
import { planReportOf, projectPlanQuarter } from './plan-projection';

function recorded(streamId: string, events: ReturnType<typeof planDemoAppends>[number]['events']): RecordedEvent[] {
  return events.map((event, index) => ({
    ...event,
    metadata: { ...event.metadata },
    streamId,
    revision: BigInt(index),
    position: BigInt(1000 + index),
    recordedAt: new Date('2022-01-01T00:00:00Z'),
  }));
}

describe('plan projection (plan_reports rows)', () => {
  const [year1] = planDemoAppends({ until: '2021-Q4' });
  const events = recorded(year1.streamId, year1.events);

  it('is a plan key job of its own', () => {
    expect(jobKeyOfStream('plan-tth-222-2021Q4')).toEqual({ kind: 'plan', key: 'plan-tth-222-2021Q4' });
  });

  it('folds a plan-quarter stream with the domain evolve: one row per report, its review, the revision', () => {
    const rows = projectPlanQuarter(events);
    expect(rows.length).toBe(events.length / 2);
    expect(rows.every((row) => row.status === 'approved' && row.reviewedBy === 'reviewer')).toBe(true);
    expect(rows.every((row) => row.streamRevision === String(events.length - 1))).toBe(true);
    const target2 = rows.find((row) => row.kind === 'target' && row.code === '2');
    expect(target2).toMatchObject({ reportId: '2021-Q4:target:2:1', unit: 'STTTT', period: '2021-Q4' });
    // Back to the domain's shape, unchanged.
    expect(planReportOf(target2!)).toMatchObject({ status: 'approved', progress: target2!.progress });
  });

  it('reflects a pending report before its review', () => {
    const rows = projectPlanQuarter(events.slice(0, 1));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', reviewedBy: null, streamRevision: '0' });
  });
});
