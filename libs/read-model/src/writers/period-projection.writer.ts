import type { Catalogue } from '@dti/catalogue';
import { getCatalogue } from '@dti/catalogue';
import { catalogueIdFor, normalizeQuarter, type CatalogueSchedule } from '@dti/domain';
import type { RegisteredUnit } from '@dti/domain';
import { escapeIdentifier, escapeLiteral } from 'pg';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { registerLockSql } from '../bookkeeping/register-lock';
import { writeTransaction } from '../bookkeeping/write-lock';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { CriterionRollupEntity } from '../period/criterion-rollup.entity';
import { periodIndexOf } from '../period/period-index';
import {
  projectPeriod,
  type PeriodCriterionInput,
  type PeriodNodeInput,
  type PeriodReportInput,
} from '../period/period-projection';
import { PeriodStatsEntity } from '../period/period-stats.entity';
import { RankingEntity } from '../period/ranking.entity';
import { qualifiedTable, readModelSchemaOf } from '../read-model-schema';
import { StatementBatch } from './row-upsert';
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

/** An arbitrary first key of a quarter's period-job lock; the second is the schema's and quarter's hash. */
const PERIOD_JOB_LOCK_CLASS = 1_382_113_270;

/**
 * A period job: recomputes a quarter's rankings, criterion roll-ups and statistics from the projected
 * reports and the register of units. Recomputes of one quarter run one at a time (a transaction-level
 * advisory lock per quarter, taken with the writers' and the register's in the first round trip), so the
 * last to commit read the newest inputs. The period_state row is NOT locked while the quarter is
 * computed: key jobs bump its dirty_seq meanwhile (before, every key job of the quarter waited for the
 * period job). The dirty sequence and the inputs are read in ONE statement, i.e. one snapshot: the rows
 * read are exactly those of the key writes up to that sequence (a key write commits its rows and its bump
 * together), and a bump after it calls for another run. Skips when built ≥ dirty (a duplicate job).
 */
export async function recomputePeriod(
  dataSource: DataSource,
  periodInput: string,
  options: PeriodRecomputeOptions = {},
): Promise<PeriodRecompute> {
  const period = normalizeQuarter(periodInput);
  const jobKey = periodJobKey(period);
  const schema = readModelSchemaOf(dataSource);
  let dirtySeen: bigint | null = null;
  try {
    return await writeTransaction(
      dataSource,
      async (manager) => {
        const inputs = await readPeriodInputs(manager, period);
        const dirty = BigInt(inputs.dirtySeq);
        dirtySeen = dirty;
        if (inputs.units === null) {
          await resolveParked(manager, jobKey, dirty);
          return { period, written: false, builtSeq: BigInt(inputs.builtSeq) };
        }
        const projection = projectPeriod({
          period,
          units: inputs.units,
          reports: inputs.reports ?? [],
          nodes: inputs.nodes ?? [],
          criteria: inputs.criteria ?? [],
          defaultCatalogueId: catalogueIdFor(period, options.schedule),
          catalogues: options.catalogues ?? getCatalogue,
        });
        // The old rows go first, in a statement of their own (a batch's parts must not touch the same rows).
        const where = 'WHERE period = $1';
        await manager.query(
          `WITH r AS (DELETE FROM ${qualifiedTable(manager.connection, 'rankings')} ${where}),
                c AS (DELETE FROM ${qualifiedTable(manager.connection, 'criterion_rollups')} ${where})
           DELETE FROM ${qualifiedTable(manager.connection, 'period_stats')} ${where}`,
          [period],
        );
        const batch = new StatementBatch(manager)
          .rows(RankingEntity, projection.rankings, 'ignore')
          .rows(CriterionRollupEntity, projection.rollups, 'ignore')
          .rows(PeriodStatsEntity, projection.stats, 'ignore');
        const key = batch.param(period);
        const built = batch.param(dirty.toString());
        batch.add(
          `UPDATE ${qualifiedTable(manager.connection, 'period_state')} SET built_seq = GREATEST(built_seq, ${built})
            WHERE period = ${key}`,
        );
        batch.add(
          `UPDATE ${qualifiedTable(manager.connection, 'parked_jobs')} SET resolved_at = now()
            WHERE job_key = ${batch.param(jobKey)} AND resolved_at IS NULL AND (covers IS NULL OR covers <= ${built})`,
        );
        await batch.run();
        return { period, written: true, builtSeq: dirty };
      },
      [
        registerLockSql(schema, 'read'),
        `SELECT pg_advisory_xact_lock(${PERIOD_JOB_LOCK_CLASS}, hashtext(${escapeLiteral(`${schema}:${period}`)}))`,
      ],
    );
  } catch (error) {
    throw new ProjectionJobError(jobKey, dirtySeen, error);
  }
}

interface PeriodInputRows {
  dirtySeq: string;
  builtSeq: string;
  /** Null when the quarter is built as far as dirtied (nothing else was read). */
  units: RegisteredUnit[] | null;
  reports: PeriodReportInput[] | null;
  nodes: PeriodNodeInput[] | null;
  criteria: PeriodCriterionInput[] | null;
}

/**
 * The quarter's state row (inserted if missing) and, when it is behind, everything projectPeriod reads —
 * the register's folded states and only the columns it uses of the quarter's reports, nodes and criteria,
 * as JSON built by PostgreSQL: one round trip, no entity hydration.
 */
async function readPeriodInputs(manager: EntityManager, period: string): Promise<PeriodInputRows> {
  const state = qualifiedTable(manager.connection, 'period_state');
  const behind = 's.built_seq < s.dirty_seq';
  const agg = (table: string, fields: string) =>
    `CASE WHEN ${behind} THEN (SELECT coalesce(json_agg(${fields}), '[]') FROM ${table}) END`;
  const rows = (entity: EntityTarget<ObjectLiteral>, properties: readonly string[]) => {
    const metadata = manager.connection.getMetadata(entity);
    const fields = properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (column === undefined) throw new TypeError(`${metadata.tableName} has no ${property}`);
      return `${escapeLiteral(property)}, t.${escapeIdentifier(column.databaseName)}`;
    });
    return agg(
      `${qualifiedTable(manager.connection, metadata.tableName)} t WHERE t.period = $1`,
      `json_build_object(${fields.join(', ')})`,
    );
  };
  const [row]: Array<{
    dirty_seq: string;
    built_seq: string;
    units: RegisteredUnit[] | null;
    reports: PeriodReportInput[] | null;
    nodes: PeriodNodeInput[] | null;
    criteria: PeriodCriterionInput[] | null;
  }> = await manager.query(
    `WITH inserted AS (
       INSERT INTO ${state} (period, period_index, dirty_seq, built_seq) VALUES ($1, $2, 0, 0)
       ON CONFLICT (period) DO NOTHING RETURNING dirty_seq, built_seq
     ), s AS (
       SELECT dirty_seq, built_seq FROM inserted UNION ALL SELECT dirty_seq, built_seq FROM ${state} WHERE period = $1
     )
     SELECT s.dirty_seq::text AS dirty_seq, s.built_seq::text AS built_seq,
            ${agg(`${qualifiedTable(manager.connection, 'units')} u`, 'u.state')} AS units,
            ${rows(UnitReportEntity, REPORT_INPUTS)} AS reports,
            ${rows(ScorecardNodeEntity, NODE_INPUTS)} AS nodes,
            ${rows(CriterionScoreEntity, CRITERION_INPUTS)} AS criteria
       FROM s`,
    [period, periodIndexOf(period)],
  );
  if (row === undefined) throw new TypeError(`No period_state row for ${period}`);
  return {
    dirtySeq: row.dirty_seq,
    builtSeq: row.built_seq,
    units: row.units,
    reports: row.reports,
    nodes: row.nodes,
    criteria: row.criteria,
  };
}

const REPORT_INPUTS: ReadonlyArray<keyof PeriodReportInput> = [
  'unit',
  'catalogueId',
  'status',
  'pointsExact',
  'applicableMaxExact',
  'percentExact',
];
const NODE_INPUTS: ReadonlyArray<keyof PeriodNodeInput> = [
  'unit',
  'nodeCode',
  'pointsExact',
  'applicableMaxExact',
  'percentExact',
];
const CRITERION_INPUTS: ReadonlyArray<keyof PeriodCriterionInput> = [
  'unit',
  'criterion',
  'status',
  'pointsExact',
  'applicableMaxExact',
  'rollupNumeratorExact',
  'rollupDenominatorExact',
  'meetsThreshold',
];
