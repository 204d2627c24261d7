import { PlanItemNotFoundError, PlanNotFoundError } from '../../domain-errors';
import type { PlanItemKind } from './plan.types';
import { getPlan, planItem } from './plan-registry';
import { tth222 } from './tth-222';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('plan registry refusals', () => {
  it('an unknown plan: PLAN_NOT_FOUND naming the id (at most 64 characters) and the known plans', () => {
    const error = caught(() => getPlan(`x${'y'.repeat(69)}`)) as PlanNotFoundError;
    expect(error).toBeInstanceOf(PlanNotFoundError);
    expect(error.code).toBe('PLAN_NOT_FOUND');
    expect(error.details).toEqual({ plan: `x${'y'.repeat(63)}`, known: ['tth-222'] });
    expect(getPlan('TTH-222')).toBe(tth222);
  });

  it('an unknown row: PLAN_ITEM_NOT_FOUND naming the plan, the kind and the code (at most 64 characters)', () => {
    const error = caught(() => planItem(tth222, 'task', `Z${'9'.repeat(69)}`)) as PlanItemNotFoundError;
    expect(error).toBeInstanceOf(PlanItemNotFoundError);
    expect(error.code).toBe('PLAN_ITEM_NOT_FOUND');
    expect(error.details).toEqual({ plan: 'tth-222', kind: 'task', code: `Z${'9'.repeat(63)}` });
    const project = caught(() => planItem(tth222, 'project', 'A.IX.9')) as PlanItemNotFoundError;
    expect(project).toBeInstanceOf(PlanItemNotFoundError);
    expect(project.details).toEqual({ plan: 'tth-222', kind: 'project', code: 'A.IX.9' });
  });

  it('a kind the plan does not have finds nothing, even with a project’s code', () => {
    const error = caught(() => planItem(tth222, 'goal' as PlanItemKind, 'A.I.1')) as PlanItemNotFoundError;
    expect(error).toBeInstanceOf(PlanItemNotFoundError);
    expect(error.details).toEqual({ plan: 'tth-222', kind: 'goal', code: 'A.I.1' });
  });

  it('a project row carries its code, title and lead', () => {
    const row = planItem(tth222, 'project', 'A.I.1');
    expect(row).toMatchObject({ kind: 'project', code: 'A.I.1' });
    expect(Object.keys(row).sort()).toEqual(['code', 'kind', 'lead', 'reporters', 'title']);
  });
});
