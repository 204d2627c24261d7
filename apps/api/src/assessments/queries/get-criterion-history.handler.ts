import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import {
  catalogueIdForAssessment,
  initialAssessmentState,
  UnitNotFoundError,
  type HistoryEntry,
  type Submission,
} from '@dti/domain';
import { findCriterionHistoryPage, findUnitStates, type StoredSubmissionScore } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../../command-handling/own-writes';
import type { CriterionHistoryPageResponse } from '../dto/criterion-history.dto';
import { submissionResponse } from './assessment-view';
import { readableAssessment } from './assessment-reader';
import { GetCriterionHistoryQuery } from './get-criterion-history.query';

/**
 * A page of one criterion's history from the read model (keyset on the entry's index, so a page costs the
 * same however long the history), with the submissions its entries name and their stored scores. The same
 * reader rule as GET /assessments (submitters read their own unit only), checked before anything is read.
 */
@QueryHandler(GetCriterionHistoryQuery)
export class GetCriterionHistoryHandler implements IQueryHandler<
  GetCriterionHistoryQuery,
  CriterionHistoryPageResponse
> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute(query: GetCriterionHistoryQuery): Promise<CriterionHistoryPageResponse> {
    const { unit, period } = await readableAssessment(this.ownWrites, query);
    const db = this.dataSource.manager;
    const key = { unit, period, criterion: query.criterion };
    const [units, page] = await Promise.all([
      findUnitStates(db, [unit]),
      findCriterionHistoryPage(db, key, query.page),
    ]);
    if (units.length === 0) throw UnitNotFoundError.because(unit);
    const catalogue = getCatalogue(page.catalogueId ?? catalogueIdForAssessment(initialAssessmentState, period));
    const scores = page.submissionScores as Record<string, StoredSubmissionScore | null>;
    const first = page.entries[0]?.seq ?? 0;
    return {
      unit,
      period,
      criterion: query.criterion,
      revision: page.revision,
      history: page.entries.map(({ entry }) => entry as unknown as HistoryEntry),
      submissions: Object.values(page.submissions).flatMap((submission) => {
        const view = submissionResponse(catalogue, submission as unknown as Submission, scores);
        return view === null ? [] : [view];
      }),
      historyTotal: page.historyTotal,
      nextCursor: first > 0 ? String(first) : null,
    };
  }
}
