import type { EntityManager } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { PublishedReportEntity } from '../assessment/published-report.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { queryInput, ReadModelQueryError } from './query-input';

/** Every published version of a unit-quarter's report, oldest first. */
export async function findPublishedVersions(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<PublishedReportEntity[]> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  return manager.find(PublishedReportEntity, { where: { unit, period }, order: { version: 'ASC' } });
}

/** Published reports of a quarter (the latest version of each unit's), e.g. for the quarterly bulletin. */
export async function findPublishedReports(
  manager: EntityManager,
  query: { period: string; block?: string },
): Promise<PublishedReportEntity[]> {
  const period = queryInput.period(query.period);
  const builder = manager
    .createQueryBuilder(PublishedReportEntity, 'p')
    .distinctOn(['p.unit'])
    .where('p.period = :period', { period })
    .orderBy('p.unit', 'ASC')
    .addOrderBy('p.version', 'DESC');
  if (query.block !== undefined) builder.andWhere('p.block = :block', { block: queryInput.block(query.block) });
  return builder.getMany();
}

export interface PublishedDifference {
  code: string;
  kind: 'node' | 'criterion';
  published: { status: string | null; points: string; applicableMax: string } | null;
  current: { status: string | null; points: string; applicableMax: string } | null;
}

export interface PublishedVersusCurrent {
  published: PublishedReportEntity;
  current: UnitReportEntity;
  /** Nodes and criteria whose points, maximum or status differ (exact comparison), in catalogue order. */
  differences: PublishedDifference[];
}

/** A published version (the latest when omitted) against the report as it stands now. */
export async function comparePublishedWithCurrent(
  manager: EntityManager,
  query: { unit: string; period: string; version?: number },
): Promise<PublishedVersusCurrent | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const published =
    query.version === undefined
      ? await manager.findOne(PublishedReportEntity, { where: { unit, period }, order: { version: 'DESC' } })
      : await manager.findOne(PublishedReportEntity, {
          where: { unit, period, version: queryInput.version(query.version, 'version') },
        });
  if (published === null) {
    if (query.version !== undefined) {
      throw new ReadModelQueryError('version', `${unit} ${period} has no published version ${query.version}`);
    }
    return null;
  }
  const current = await manager.findOneOrFail(UnitReportEntity, { where: { unit, period } });
  const nodes = await manager.find(ScorecardNodeEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  const criteria = await manager.find(CriterionScoreEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  const now = new Map<
    string,
    { kind: 'node' | 'criterion'; status: string | null; points: string; applicableMax: string }
  >();
  for (const node of nodes) {
    now.set(node.nodeCode, {
      kind: 'node',
      status: null,
      points: node.pointsExact,
      applicableMax: node.applicableMaxExact,
    });
  }
  for (const row of criteria) {
    now.set(row.criterion, {
      kind: 'criterion',
      status: row.status,
      points: row.pointsExact,
      applicableMax: row.applicableMaxExact,
    });
  }
  const differences: PublishedDifference[] = [];
  const seen = new Set<string>();
  for (const line of published.scorecard) {
    seen.add(line.code);
    const then = { status: line.status, points: line.points, applicableMax: line.applicableMax };
    const currentLine = now.get(line.code);
    const current = currentLine
      ? { status: currentLine.status, points: currentLine.points, applicableMax: currentLine.applicableMax }
      : null;
    if (
      current === null ||
      current.points !== then.points ||
      current.applicableMax !== then.applicableMax ||
      current.status !== then.status
    ) {
      differences.push({ code: line.code, kind: line.kind, published: then, current });
    }
  }
  for (const [code, line] of now) {
    if (!seen.has(code)) {
      differences.push({
        code,
        kind: line.kind,
        published: null,
        current: { status: line.status, points: line.points, applicableMax: line.applicableMax },
      });
    }
  }
  return { published, current, differences };
}
