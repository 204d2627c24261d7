import { Rational } from '@dti/catalogue';
import { tth222 } from './catalogue/tth-222';
import { evolvePlanQuarter, initialPlanQuarterState, type PlanReport } from './plan.decider';
import type { PlanEvent } from './plan.events';
import { linearProjection, planEvaluation, planProgressView } from './plan-overview';
import { planDemoAppends } from './plan-demo';

const reportsOf = (): PlanReport[] =>
  planDemoAppends().flatMap(
    (append) =>
      append.events.reduce(
        (state, event) => evolvePlanQuarter(state, event as unknown as PlanEvent),
        initialPlanQuarterState,
      ).reports,
  );

describe('plan overview (pure projections)', () => {
  it('projects a trend exactly by least squares; one point runs from 0 at the plan start', () => {
    const points = [
      { x: 4, y: Rational.of(20) },
      { x: 8, y: Rational.of(40) },
    ];
    expect(linearProjection(points, 20)?.toString()).toBe('100');
    expect(linearProjection([{ x: 4, y: Rational.of(10) }], 20)?.toString()).toBe('50');
    expect(linearProjection([], 20)).toBeNull();
  });

  it('folds the demo progress: statuses, tasks by lead, projects by phase, budget never above plan', () => {
    const reports = reportsOf();
    const mid = planProgressView(tth222, reports, '2023-Q4');
    expect(mid.targets.every((t) => t.status !== 'no_data')).toBe(true);
    expect(new Set(mid.targets.map((t) => t.status))).toEqual(new Set(['on_track', 'behind', 'met']));
    expect(mid.summary.tasksByLead.find((row) => row.lead === 'STTTT')?.total).toBeGreaterThan(10);
    const disbursed = BigInt(mid.summary.budget.province.disbursed.total);
    expect(disbursed > 0n && disbursed <= BigInt(tth222.declaredBudget.total)).toBe(true);
    const end = planEvaluation(tth222, reports);
    expect(end.asOf).toBe('2025-Q4');
    expect(end.targets.met + end.targets.notMet).toBe(14);
    expect(end.targets.notMet).toBeGreaterThan(0);
    expect(end.projects.completed).toBeGreaterThan(30);
  });
});
