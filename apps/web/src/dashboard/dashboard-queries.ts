import { useQueries, useQuery } from '@tanstack/react-query';
import { api, apiBeforeSession, type Schemas } from '../api/client';
import type { operations } from '../api/schema';
import { unwrap } from '../api/problem';
import { queryClient } from '../api/query-client';
import { FIRST_QUARTER, isQuarter, quartersBetween, shiftQuarter } from '../common/periods';

export type Block = 'department' | 'district';
export type RankedUnit = Schemas['RankedUnitResponse'];
export type Rollup = Schemas['RollupResponse'];
export type Series = Schemas['SeriesResponse'];

type Client = typeof api;

/** Quarters the trend charts show, ending at the chosen one. */
export const WINDOW = 8;

/** The window of quarters the charts show for a chosen quarter. */
export function windowOf(period: string): string[] {
  const start =
    quartersBetween(FIRST_QUARTER, period).length > WINDOW ? shiftQuarter(period, 1 - WINDOW) : FIRST_QUARTER;
  return quartersBetween(start, period);
}

function rankingsQuery(period: string, client: Client = api) {
  return {
    queryKey: ['rankings', period],
    queryFn: async () => unwrap(await client.GET('/rankings/{period}', { params: { path: { period } } })),
  };
}

function rollupQuery(period: string, client: Client = api) {
  return {
    queryKey: ['rollup', period],
    queryFn: async () => unwrap(await client.GET('/rollup/{period}', { params: { path: { period } } })),
  };
}

type SeriesQuery = operations['SeriesController_read']['parameters']['query'];

function seriesQuery(query: SeriesQuery, client: Client = api) {
  return {
    queryKey: ['series', query],
    queryFn: async () => unwrap(await client.GET('/series', { params: { query } })),
    staleTime: 60_000,
  };
}

function trendQueries(block: Block, from: string, to: string, units: readonly string[], client: Client = api) {
  return [
    seriesQuery({ scope: 'province', from, to }, client),
    seriesQuery({ scope: 'province', block, from, to }, client),
    ...units.map((unit) => seriesQuery({ unit, from, to }, client)),
  ];
}

/** Both blocks' rankings at once: the chosen block's table and each block's count of units that reported. */
export function useRankings(period: string) {
  return useQuery(rankingsQuery(period));
}

export function useRollup(period: string) {
  return useQuery(rollupQuery(period));
}

/** The province's and the block's mean across the window, then each compared unit's own total. */
export function useTrendSeries(block: Block, from: string, to: string, units: readonly string[]) {
  return useQueries({ queries: trendQueries(block, from, to, units) });
}

/**
 * Each catalogue group's mean over the block's units, across the window. `enabled` false holds the
 * requests back (the page asks once the charts above the fold have their figures).
 */
export function useGroupSeries(block: Block, from: string, to: string, groups: readonly string[], enabled = true) {
  return useQueries({ queries: groups.map((group) => ({ ...seriesQuery({ group, block, from, to }), enabled })) });
}

/** The dashboard's URL parameters as the page reads them. */
export function dashboardParams(search: URLSearchParams): { period: string | null; block: Block; units: string[] } {
  const period = search.get('period');
  return {
    period: isQuarter(period) ? period : null,
    block: search.get('block') === 'district' ? 'district' : 'department',
    units: (search.get('units') ?? '')
      .split(',')
      .map((unit) => unit.trim().toUpperCase())
      .filter((unit) => /^[A-Z0-9_-]{1,40}$/.test(unit))
      .slice(0, 8),
  };
}

/**
 * Starts the requests the first render needs — rankings, roll-up, the trend's series — all at once, as
 * soon as the dashboard's chunk loads (with the app, on a cold start at /app/dashboard): the page then
 * finds them in the cache or on their way, instead of asking for the series only once the rankings have
 * answered and rendered. Through `apiBeforeSession`: the session check may not have answered yet.
 */
export function prefetchDashboard(location: Pick<Location, 'pathname' | 'search'>): void {
  if (location.pathname !== '/app/dashboard' && location.pathname !== '/app/dashboard/') return;
  const { period, block, units } = dashboardParams(new URLSearchParams(location.search));
  if (period === null) return;
  const quarters = windowOf(period);
  for (const query of [
    rankingsQuery(period, apiBeforeSession),
    rollupQuery(period, apiBeforeSession),
    ...trendQueries(block, quarters[0], quarters[quarters.length - 1], units, apiBeforeSession),
  ]) {
    void queryClient.prefetchQuery(query as Parameters<typeof queryClient.prefetchQuery>[0]);
  }
}
