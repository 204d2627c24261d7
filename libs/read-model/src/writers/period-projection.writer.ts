import type { Catalogue } from '@dti/catalogue';
import { getCatalogue } from '@dti/catalogue';
import { catalogueIdFor, normalizeQuarter, type CatalogueSchedule } from '@dti/domain';
import type { DataSource } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { lockRegisterForRead } from '../bookkeeping/register-lock';
import { lockReadModelForWrite } from '../bookkeeping/write-lock';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { CriterionRollupEntity } from '../period/criterion-rollup.entity';
import { periodIndexOf } from '../period/period-index';
import { projectPeriod } from '../period/period-projection';
import { PeriodStatsEntity } from '../period/period-stats.entity';
import { RankingEntity } from '../period/ranking.entity';
import { qualifiedTable } from '../read-model-schema';
import { UnitEntity } from '../units/unit.entity';
import { unitStateOf } from '../units/unit-projection';
import { periodJobKey } from './job-keys';
import { resolveParked } from './parked-jobs';
import { ProjectionJobError } from './projection-job-error';

export interface PeriodRecompute {
  period: string;
  written: boolean;
  /** The period's dirty sequence the rows now reflect. */
  builtSeq: bigint;
}

export interface PeriodRecomputeOptions {
  catalogues?: (id: string) => Catalogue;
  schedule?: CatalogueSchedule;
}

/**
 * A period job: recomputes a quarter's rankings, criterion roll-ups and statistics from the projected
 * reports and the register of units. The period_state row is locked first and read under the lock, so
 * recomputes of one quarter run one at a time and the last to commit read the newest inputs; a key write
 * that lands meanwhile bumps dirty_seq after this commits, calling for another run. Skips when built ≥
 * dirty (a duplicate job).
 */
export async function recomputePeriod(
  dataSource: DataSource,
  periodInput: string,
  options: PeriodRecomputeOptions = {},
): Promise<PeriodRecompute> {
  const period = normalizeQuarter(periodInput);
  const jobKey = periodJobKey(period);
  let dirtySeen: bigint | null = null;
  try {
    return await dataSource.transaction(async (manager) => {
      const table = qualifiedTable(manager.connection, 'period_state');
      await lockReadModelForWrite(manager);
      await lockRegisterForRead(manager);
      await manager.query(
        `INSERT INTO ${table} (period, period_index, dirty_seq, built_seq) VALUES ($1, $2, 0, 0)
         ON CONFLICT (period) DO NOTHING`,
        [period, periodIndexOf(period)],
      );
      const [state]: Array<{ dirty_seq: string; built_seq: string }> = await manager.query(
        `SELECT dirty_seq, built_seq FROM ${table} WHERE period = $1 FOR UPDATE`,
        [period],
      );
      const dirty = BigInt(state.dirty_seq);
      dirtySeen = dirty;
      if (BigInt(state.built_seq) >= dirty) {
        await resolveParked(manager, jobKey, dirty);
        return { period, written: false, builtSeq: BigInt(state.built_seq) };
      }
      // One after another: a transaction is one connection, and pg queues rather than parallelizes.
      const units = await manager.find(UnitEntity);
      const reports = await manager.find(UnitReportEntity, { where: { period } });
      const nodes = await manager.find(ScorecardNodeEntity, { where: { period } });
      const criteria = await manager.find(CriterionScoreEntity, { where: { period } });
      const projection = projectPeriod({
        period,
        units: units.map(unitStateOf),
        reports,
        nodes,
        criteria,
        defaultCatalogueId: catalogueIdFor(period, options.schedule),
        catalogues: options.catalogues ?? getCatalogue,
      });
      for (const entity of [RankingEntity, CriterionRollupEntity, PeriodStatsEntity]) {
        await manager.delete(entity, { period });
      }
      for (let i = 0; i < projection.rankings.length; i += 500) {
        await manager.insert(RankingEntity, projection.rankings.slice(i, i + 500));
      }
      for (let i = 0; i < projection.rollups.length; i += 200) {
        await manager.insert(CriterionRollupEntity, projection.rollups.slice(i, i + 200));
      }
      for (let i = 0; i < projection.stats.length; i += 200) {
        await manager.insert(PeriodStatsEntity, projection.stats.slice(i, i + 200));
      }
      await manager.query(`UPDATE ${table} SET built_seq = $2 WHERE period = $1`, [period, dirty.toString()]);
      await resolveParked(manager, jobKey, dirty);
      return { period, written: true, builtSeq: dirty };
    });
  } catch (error) {
    throw new ProjectionJobError(jobKey, dirtySeen, error);
  }
}
