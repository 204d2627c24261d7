import type { EntityManager } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { queryInput } from './query-input';

export interface ReviewQueueItem {
  unit: string;
  period: string;
  block: string;
  criterion: string;
  title: string;
  submissionId: string;
  kind: string;
  /** The official submission it would replace, when it is a correction. */
  corrects: string | null;
  reason: string | null;
  inputs: Record<string, unknown> | null;
  evidence: unknown[] | null;
  submittedBy: string;
  submittedAt: Date;
  /** What counts today, for the reviewer to compare with. */
  official: { submissionId: string | null; status: string; points: string; pointsExact: string };
}

export interface ReviewQueueQuery {
  period?: string;
  unit?: string;
  block?: string;
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

/** Submissions awaiting review, oldest first (the projected `pending_*` columns). */
export async function findReviewQueue(
  manager: EntityManager,
  query: ReviewQueueQuery = {},
): Promise<{ items: ReviewQueueItem[]; total: number }> {
  const limit = queryInput.page(query.limit, 'limit', 50, 500);
  const offset = queryInput.page(query.offset, 'offset', 0, 1_000_000);
  const builder = manager
    .createQueryBuilder(CriterionScoreEntity, 'c')
    .where('c.pending_submission_id IS NOT NULL')
    .orderBy('c.pending_submitted_at', 'ASC')
    .addOrderBy('c.unit', 'ASC')
    .addOrderBy('c.ordinal', 'ASC');
  if (query.period !== undefined) builder.andWhere('c.period = :period', { period: queryInput.period(query.period) });
  if (query.unit !== undefined) builder.andWhere('c.unit = :unit', { unit: queryInput.unit(query.unit) });
  if (query.block !== undefined) builder.andWhere('c.block = :block', { block: queryInput.block(query.block) });
  const [rows, total] = await builder.take(limit).skip(offset).getManyAndCount();
  return {
    total,
    items: rows.map((row) => ({
      unit: row.unit,
      period: row.period,
      block: row.block,
      criterion: row.criterion,
      title: row.title,
      submissionId: row.pendingSubmissionId as string,
      kind: row.pendingKind as string,
      corrects: row.pendingCorrects,
      reason: row.pendingReason,
      inputs: row.pendingInputs,
      evidence: row.pendingEvidence,
      submittedBy: row.pendingSubmittedBy as string,
      submittedAt: row.pendingSubmittedAt as Date,
      official: {
        submissionId: row.officialSubmissionId,
        status: row.status,
        points: row.points,
        pointsExact: row.pointsExact,
      },
    })),
  };
}
