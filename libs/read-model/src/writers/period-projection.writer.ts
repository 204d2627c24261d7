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
  type PeriodSubset,
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
 * reports and the register of units. When every dirty bump since the last build says what it changed
 * (period_changes: an assessment's incremental key write), the run is partial: it reads the units' totals
 * (one row a unit) and, of the scorecard rows, only the changed nodes' and criteria's; it writes the ranking
 * rows that differ from the stored ones and the changed nodes' statistics and criteria's roll-ups — each row
 * as a whole rebuild makes it (the same pure projectPeriod), the others being stored and unchanged. Any other
 * bump (a unit's register change, an assessment written whole, a first build) recomputes the whole quarter. Recomputes of one quarter run one at a time (a transaction-level
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
        const only = inputs.changed ?? undefined;
        const projection = projectPeriod({
          period,
          units: inputs.units,
          reports: inputs.reports ?? [],
          nodes: inputs.nodes ?? [],
          criteria: inputs.criteria ?? [],
          defaultCatalogueId: catalogueIdFor(period, options.schedule),
          catalogues: options.catalogues ?? getCatalogue,
          only,
        });
        const batch = new StatementBatch(manager);
        if (only === undefined) {
          // The old rows go first, in a statement of their own (a batch's parts must not touch the same rows).
          const where = 'WHERE period = $1';
          await manager.query(
            `WITH r AS (DELETE FROM ${qualifiedTable(manager.connection, 'rankings')} ${where}),
                  c AS (DELETE FROM ${qualifiedTable(manager.connection, 'criterion_rollups')} ${where})
             DELETE FROM ${qualifiedTable(manager.connection, 'period_stats')} ${where}`,
            [period],
          );
          batch
            .rows(RankingEntity, projection.rankings, 'ignore')
            .rows(CriterionRollupEntity, projection.rollups, 'ignore')
            .rows(PeriodStatsEntity, projection.stats, 'ignore');
        } else {
          addRankingChanges(manager, batch, period, projection.rankings, inputs.rankings ?? []);
          batch
            .rows(CriterionRollupEntity, projection.rollups, 'update')
            .rows(PeriodStatsEntity, projection.stats, 'update');
        }
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
        // The changes now built (those of later bumps have higher sequences and stay).
        batch.add(
          `DELETE FROM ${qualifiedTable(manager.connection, 'period_changes')} WHERE period = ${key} AND seq <= ${built}`,
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
  /** A partial run: the nodes and criteria changed since the last build (the rows read are only theirs). */
  changed: PeriodSubset | null;
  /** A partial run: the stored ranking rows, to write only those that change. */
  rankings: StoredRanking[] | null;
}

/** A stored ranking row, every column as text (numerics as PostgreSQL prints them) or null. */
type StoredRanking = Record<string, string | null>;

/**
 * The quarter's state row (inserted if missing) and, when it is behind, everything projectPeriod reads —
 * the register's folded states and only the columns it uses of the quarter's reports, nodes and criteria,
 * as JSON built by PostgreSQL: one round trip, no entity hydration. When every bump since the last build
 * has its period_changes row, only the changed nodes' and criteria's rows are read (by index), with the
 * stored rankings; else all of the quarter's.
 */
async function readPeriodInputs(manager: EntityManager, period: string): Promise<PeriodInputRows> {
  const state = qualifiedTable(manager.connection, 'period_state');
  const changes = qualifiedTable(manager.connection, 'period_changes');
  const behind = 's.built_seq < s.dirty_seq';
  const agg = (table: string, fields: string, when = behind) =>
    `CASE WHEN ${when} THEN (SELECT coalesce(json_agg(${fields}), '[]') FROM ${table}) END`;
  const fieldsOf = (entity: EntityTarget<ObjectLiteral>, properties: readonly string[]) => {
    const metadata = manager.connection.getMetadata(entity);
    const fields = properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (column === undefined) throw new TypeError(`${metadata.tableName} has no ${property}`);
      // Text as the writer's values are (numerics keep their scale: "12.50"), to compare with them.
      return `${escapeLiteral(property)}, t.${escapeIdentifier(column.databaseName)}::text`;
    });
    return {
      table: qualifiedTable(manager.connection, metadata.tableName),
      fields: `json_build_object(${fields.join(', ')})`,
    };
  };
  /** The quarter's rows; with `changed` (its code column and the changed codes), only theirs in a partial run. */
  const rows = (
    entity: EntityTarget<ObjectLiteral>,
    properties: readonly string[],
    changed?: { column: string; codes: string },
  ) => {
    const { table, fields } = fieldsOf(entity, properties);
    // period_index beside period: the quarter's rows by an index (scorecard_nodes' leads with the code).
    const where = `t.period = $1 AND t.period_index = $2`;
    if (changed === undefined) return agg(`${table} t WHERE ${where}`, fields);
    // Two subqueries, each planned with its own index (one with "NOT partial OR code = ANY(…)" could use neither).
    const only = `${table} t WHERE t.${changed.column} = ANY(s.${changed.codes}) AND ${where}`;
    return `CASE WHEN s.partial THEN ${agg(only, fields)} ELSE ${agg(`${table} t WHERE ${where}`, fields)} END`;
  };
  const ranking = fieldsOf(
    RankingEntity,
    manager.connection.getMetadata(RankingEntity).columns.map((column) => column.propertyName),
  );
  const bumps = `FROM ${changes} c WHERE c.period = $1 AND c.seq > b.built_seq AND c.seq <= b.dirty_seq`;
  const [row]: Array<{
    dirty_seq: string;
    built_seq: string;
    partial: boolean;
    changed_nodes: string[];
    changed_criteria: string[];
    units: RegisteredUnit[] | null;
    reports: Array<Record<string, string | null>> | null;
    nodes: Array<Record<string, string | null>> | null;
    criteria: Array<Record<string, string | null>> | null;
    rankings: StoredRanking[] | null;
  }> = await manager.query(
    `WITH inserted AS (
       INSERT INTO ${state} (period, period_index, dirty_seq, built_seq) VALUES ($1, $2, 0, 0)
       ON CONFLICT (period) DO NOTHING RETURNING dirty_seq, built_seq
     ), b AS (
       SELECT dirty_seq, built_seq FROM inserted UNION ALL SELECT dirty_seq, built_seq FROM ${state} WHERE period = $1
     ), s AS (
       SELECT b.dirty_seq, b.built_seq,
              b.built_seq > 0 AND b.built_seq < b.dirty_seq
                AND (SELECT count(*) ${bumps}) = b.dirty_seq - b.built_seq AS partial,
              (SELECT coalesce(array_agg(DISTINCT x), '{}') ${bumps.replace('c WHERE', 'c, unnest(c.nodes) x WHERE')}) AS nodes,
              (SELECT coalesce(array_agg(DISTINCT x), '{}') ${bumps.replace('c WHERE', 'c, unnest(c.criteria) x WHERE')}) AS criteria
         FROM b
     )
     SELECT s.dirty_seq::text AS dirty_seq, s.built_seq::text AS built_seq, s.partial,
            s.nodes AS changed_nodes, s.criteria AS changed_criteria,
            ${agg(`${qualifiedTable(manager.connection, 'units')} u`, 'u.state')} AS units,
            ${rows(UnitReportEntity, REPORT_INPUTS)} AS reports,
            ${rows(ScorecardNodeEntity, NODE_INPUTS, { column: 'node_code', codes: 'nodes' })} AS nodes,
            ${rows(CriterionScoreEntity, CRITERION_INPUTS, { column: 'criterion', codes: 'criteria' })} AS criteria,
            ${agg(`${ranking.table} t WHERE t.period = $1 AND t.period_index = $2`, ranking.fields, `${behind} AND s.partial`)} AS rankings
       FROM s`,
    [period, periodIndexOf(period)],
  );
  if (row === undefined) throw new TypeError(`No period_state row for ${period}`);
  return {
    dirtySeq: row.dirty_seq,
    builtSeq: row.built_seq,
    units: row.units,
    reports: row.reports?.map(reportInput) ?? null,
    nodes: row.nodes as PeriodNodeInput[] | null,
    criteria: row.criteria?.map(criterionInput) ?? null,
    changed:
      row.partial && row.units !== null
        ? { nodes: new Set(row.changed_nodes), criteria: new Set(row.changed_criteria) }
        : null,
    rankings: row.rankings,
  };
}

/** Read as text: the report's columns are all text already. */
function reportInput(row: Record<string, string | null>): PeriodReportInput {
  return row as unknown as PeriodReportInput;
}

/** Read as text: meetsThreshold back to a boolean. */
function criterionInput(row: Record<string, string | null>): PeriodCriterionInput {
  const meets = row.meetsThreshold;
  return { ...(row as unknown as PeriodCriterionInput), meetsThreshold: meets === null ? null : meets === 'true' };
}

/**
 * The ranking rows that differ from the stored ones (upserted), and the stored ones no longer made
 * (deleted: none while the population is the same, which a partial run implies).
 */
function addRankingChanges(
  manager: EntityManager,
  batch: StatementBatch,
  period: string,
  rankings: readonly RankingEntity[],
  stored: readonly StoredRanking[],
): void {
  const keyOf = (block: unknown, unit: unknown) => `${String(block)}\u0000${String(unit)}`;
  const storedOf = new Map(stored.map((row) => [keyOf(row.block, row.unit), row]));
  const columns = manager.connection.getMetadata(RankingEntity).columns.map((column) => column.propertyName);
  const changed = rankings.filter((row) => {
    const old = storedOf.get(keyOf(row.block, row.unit));
    if (old === undefined) return true;
    const record = row as unknown as Record<string, unknown>;
    return columns.some((column) => {
      const value = record[column];
      return (value === null || value === undefined ? null : String(value)) !== old[column];
    });
  });
  batch.rows(RankingEntity, changed, 'update');
  const made = new Set(rankings.map((row) => keyOf(row.block, row.unit)));
  const gone = stored.filter((row) => !made.has(keyOf(row.block, row.unit)));
  if (gone.length > 0) {
    batch.add(
      `DELETE FROM ${qualifiedTable(manager.connection, 'rankings')}
        WHERE period = ${batch.param(period)}
          AND (block, unit) IN (SELECT * FROM unnest(${batch.param(gone.map((row) => row.block))}::text[],
                                                   ${batch.param(gone.map((row) => row.unit))}::text[]))`,
    );
  }
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
