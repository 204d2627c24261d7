import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { currentLanguage } from '../i18n';

export const PLAN_ID = 'tth-222';

export type PlanDetail = Schemas['PlanDetailResponse'];
export type TargetView = Schemas['TargetViewResponse'];
export type TaskView = Schemas['TaskViewResponse'];
export type ProjectView = Schemas['ProjectViewResponse'];
export type PlanProgress = Schemas['PlanProgressResponse'];
export type PlanEvaluation = Schemas['PlanEvaluationResponse'];
export type PlanReport = Schemas['PlanReportResponse'];
export type PlanAgency = Schemas['PlanAgencyResponse'];
export type ItemKind = 'target' | 'task' | 'project';

/** Every plan query's key starts with this, so a report or a review refreshes them all at once. */
export const planKey = (plan: string) => ['plan', plan] as const;

/**
 * After a report or a review: the plan's reads come from a projection that may lag the command by a moment,
 * so they are refreshed now and once more shortly after.
 */
export async function refreshPlan(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: planKey(PLAN_ID) });
  setTimeout(() => void queryClient.invalidateQueries({ queryKey: planKey(PLAN_ID) }), 1500);
}

export function usePlan(plan: string) {
  return useQuery({
    queryKey: [...planKey(plan), 'detail'],
    queryFn: async () => unwrap(await api.GET('/plans/{plan}', { params: { path: { plan } } })),
    staleTime: 5 * 60_000,
  });
}

export function useTargets(plan: string, period: string) {
  return useQuery({
    queryKey: [...planKey(plan), 'targets', period],
    queryFn: async () =>
      unwrap(await api.GET('/plans/{plan}/targets', { params: { path: { plan }, query: { period } } })),
  });
}

export function useTasks(plan: string, period: string) {
  return useQuery({
    queryKey: [...planKey(plan), 'tasks', period],
    queryFn: async () =>
      unwrap(await api.GET('/plans/{plan}/tasks', { params: { path: { plan }, query: { period } } })),
  });
}

export function useProjects(plan: string, period: string) {
  return useQuery({
    queryKey: [...planKey(plan), 'projects', period],
    queryFn: async () =>
      unwrap(await api.GET('/plans/{plan}/projects', { params: { path: { plan }, query: { period } } })),
  });
}

export function useProgress(plan: string, period: string) {
  return useQuery({
    queryKey: [...planKey(plan), 'progress', period],
    queryFn: async () =>
      unwrap(await api.GET('/plans/{plan}/progress', { params: { path: { plan }, query: { period } } })),
  });
}

export function useEvaluation(plan: string, enabled: boolean) {
  return useQuery({
    queryKey: [...planKey(plan), 'evaluation'],
    queryFn: async () => unwrap(await api.GET('/plans/{plan}/evaluation', { params: { path: { plan } } })),
    enabled,
  });
}

export function useReports(plan: string, status: 'pending' | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...planKey(plan), 'reports', status ?? 'all'],
    queryFn: async () =>
      unwrap(
        await api.GET('/plans/{plan}/reports', {
          params: { path: { plan }, query: status === undefined ? {} : { status } },
        }),
      ),
    enabled,
  });
}

/**
 * This unit reports the row: one of its `reporters` (the API's: the leads in the unit register in force in the quarter
 * shown, a merged lead's successor among them), or of its lead agencies (a jointly led row is each lead's to report).
 */
export function leads(agency: PlanAgency, unit: string | null | undefined, reporters?: readonly string[]): boolean {
  return typeof unit === 'string' && (reporters ?? agency.units).includes(unit);
}

/** Whole đồng (text, exact) as a number of billions for the chart only; tables show the exact text. */
export function billions(dong: string): number {
  const digits = dong.replace(/^0+(?=\d)/, '');
  const whole = digits.length > 9 ? digits.slice(0, -9) : '0';
  const rest = digits.padStart(9, '0').slice(-9);
  return Number(`${whole}.${rest}`);
}

/** A plan row's text in the language shown: the Vietnamese (the authority), or its English alongside where there is one. */
export function inLanguage(vi: string, en: string | null | undefined): string {
  return currentLanguage() === 'en' && en ? en : vi;
}
