import { DataSource } from 'typeorm';
import { GuardedPgClient } from '@dti/event-store';
import { CreateReadModel1767225600000 } from './migrations/1767225600000-create-read-model';
import { PlanProgress1796601600000 } from './migrations/1796601600000-plan-progress';
import { AuditCorrelation1796642159619 } from './migrations/1796642159619-audit-correlation';
import { RequestPathRegisters1796642181389 } from './migrations/1796642181389-request-path-registers';
import { AuditTimelineIndexes1796644012179 } from './migrations/1796644012179-audit-timeline-indexes';
import { ScorecardVersions1796653531547 } from './migrations/1796653531547-scorecard-versions';
import { ScorecardVersionsRevision1796664745169 } from './migrations/1796664745169-scorecard-versions-revision';
import { AssessmentStateParts1796667116902 } from './migrations/1796667116902-assessment-state-parts';
import { AssessmentCriteria1796668201238 } from './migrations/1796668201238-assessment-criteria';
import { PeriodChanges1796687971937 } from './migrations/1796687971937-period-changes';
import { AssessmentCriterionViewParts1796688829144 } from './migrations/1796688829144-assessment-criterion-view-parts';
import { AssessmentViewPartsWithoutScores1796699186742 } from './migrations/1796699186742-assessment-view-parts-without-scores';
import { AssessmentViewCard1796699822718 } from './migrations/1796699822718-assessment-view-card';
import { AssessmentViewPartsApart1796700494138 } from './migrations/1796700494138-assessment-view-parts-apart';
import { READ_MODEL_ENTITIES } from './read-model.entities';
import { assertReadModelSchema, readModelSchemaOf, renderReadModelSql } from './read-model-schema';

/**
 * The migrations as classes, for DataSources built in code (CLI, tests). The platform's TypeORM options
 * load the same files by glob (READ_MODEL_MIGRATIONS), so a new migration file needs adding here too.
 */
export const READ_MODEL_MIGRATION_CLASSES = [
  CreateReadModel1767225600000,
  PlanProgress1796601600000,
  AuditCorrelation1796642159619,
  RequestPathRegisters1796642181389,
  AuditTimelineIndexes1796644012179,
  ScorecardVersions1796653531547,
  ScorecardVersionsRevision1796664745169,
  AssessmentStateParts1796667116902,
  AssessmentCriteria1796668201238,
  PeriodChanges1796687971937,
  AssessmentCriterionViewParts1796688829144,
  AssessmentViewPartsWithoutScores1796699186742,
  AssessmentViewCard1796699822718,
  AssessmentViewPartsApart1796700494138,
];

export interface ReadModelDataSourceOptions {
  url: string;
  schema: string;
  poolMax?: number;
  applicationName?: string;
}

/** A DataSource on the read model for code outside Nest (CLI, tests). Not initialized. */
export function createReadModelDataSource(options: ReadModelDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: assertReadModelSchema(options.schema),
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATION_CLASSES,
    migrationsTableName: 'read_model_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: options.poolMax ?? 10,
      application_name: options.applicationName ?? 'dti-read-model',
      Client: GuardedPgClient,
    },
  });
}

/** An arbitrary key for the session lock that serializes concurrent migrators. */
const MIGRATION_LOCK_KEY = 1_919_251_317;

/**
 * Creates the schema if needed and applies pending migrations in one transaction, holding a session
 * advisory lock so two processes starting together apply each migration once. For the platform's
 * migration script, the CLI and tests; the apps never migrate at boot.
 */
export async function migrateReadModel(dataSource: DataSource): Promise<string[]> {
  const schema = readModelSchemaOf(dataSource);
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK_KEY, schema]);
    await lock.query(renderReadModelSql('CREATE SCHEMA IF NOT EXISTS {schema}', schema));
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    try {
      await lock.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK_KEY, schema]);
    } finally {
      await lock.release();
    }
  }
}
