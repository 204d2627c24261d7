import type { EntityManager } from 'typeorm';
import { periodIndexOf } from '../period/period-index';
import { ScoreSeriesView } from '../period/score-series.view-entity';
import { queryInput, ReadModelQueryError } from './query-input';

export interface SeriesQuery {
  /** unit: one unit's scorecards; block: a block's mean; province: the province's mean. */
  scope: string;
  /** The unit code (scope unit) or the block (scope block); ignored for the province. */
  subject?: string;
  /** A catalogue node (group) code; the catalogue root (the total) when omitted. */
  node?: string;
  from: string;
  to: string;
}

/** Leadership's series across quarters, oldest first: per unit, per group, per block or for the province. */
export async function findSeries(manager: EntityManager, query: SeriesQuery): Promise<ScoreSeriesView[]> {
  const scope = queryInput.seriesScope(query.scope);
  const from = periodIndexOf(queryInput.period(query.from));
  const to = periodIndexOf(queryInput.period(query.to));
  if (to < from) throw new ReadModelQueryError('to', `the range ends (${query.to}) before it starts (${query.from})`);
  let subject: string;
  if (scope === 'unit') subject = queryInput.unit(query.subject);
  else if (scope === 'block') subject = queryInput.block(query.subject);
  else subject = 'province';
  const builder = manager
    .createQueryBuilder(ScoreSeriesView, 's')
    .where('s.scope = :scope AND s.subject = :subject', { scope, subject })
    .andWhere('s.period_index BETWEEN :from AND :to', { from, to })
    .orderBy('s.period_index', 'ASC');
  if (query.node === undefined) builder.andWhere('s.depth = 0');
  else builder.andWhere('s.node_code = :node', { node: query.node });
  return builder.getMany();
}
