import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import type { operations } from '../api/schema';
import { unwrap } from '../api/problem';

export type Block = 'department' | 'district';
export type RankedUnit = Schemas['RankedUnitResponse'];
export type Rollup = Schemas['RollupResponse'];
export type Series = Schemas['SeriesResponse'];

/** Both blocks' rankings at once: the chosen block's table and each block's count of units that reported. */
export function useRankings(period: string) {
  return useQuery({
    queryKey: ['rankings', period],
    queryFn: async () => unwrap(await api.GET('/rankings/{period}', { params: { path: { period } } })),
  });
}

export function useRollup(period: string) {
  return useQuery({
    queryKey: ['rollup', period],
    queryFn: async () => unwrap(await api.GET('/rollup/{period}', { params: { path: { period } } })),
  });
}

type SeriesQuery = operations['SeriesController_read']['parameters']['query'];

function seriesQuery(query: SeriesQuery) {
  return {
    queryKey: ['series', query],
    queryFn: async () => unwrap(await api.GET('/series', { params: { query } })),
    staleTime: 60_000,
  };
}

/** The province's and the block's mean across the window, then each compared unit's own total. */
export function useTrendSeries(block: Block, from: string, to: string, units: readonly string[]) {
  return useQueries({
    queries: [
      seriesQuery({ scope: 'province', from, to }),
      seriesQuery({ scope: 'province', block, from, to }),
      ...units.map((unit) => seriesQuery({ unit, from, to })),
    ],
  });
}

/** Each catalogue group's mean over the block's units, across the window. */
export function useGroupSeries(block: Block, from: string, to: string, groups: readonly string[]) {
  return useQueries({ queries: groups.map((group) => seriesQuery({ group, block, from, to })) });
}
