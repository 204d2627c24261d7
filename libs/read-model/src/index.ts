/**
 * @dti/read-model — the PostgreSQL read model: TypeORM entities and migrations, the pure projections that
 * turn a stream's events into rows (assessment, unit, period), the writers the projector's jobs call,
 * replay for "as-of" and checks, and the queries the API serves. See README.md for the design.
 */
export * from './read-model-schema';
export * from './read-model.entities';
export * from './read-model.data-source';
export * from './read-model.module';
export * from './exact/exact-columns';

export * from './bookkeeping/projection-checkpoint.entity';
export * from './bookkeeping/projection-key.entity';
export * from './bookkeeping/period-state.entity';
export * from './bookkeeping/parked-job.entity';
export * from './bookkeeping/unrecognized-event.entity';
export * from './bookkeeping/checkpoint';
export * from './bookkeeping/settlement';
export * from './bookkeeping/unrecognized-events';
export * from './bookkeeping/write-lock';

export * from './units/unit.entity';
export * from './units/unit-projection';

export * from './assessment/unit-report.entity';
export * from './assessment/scorecard-node.entity';
export * from './assessment/criterion-score.entity';
export * from './assessment/audit-entry.entity';
export * from './assessment/published-report.entity';
export * from './assessment/scorecard-lines';
export * from './assessment/assessment-state.entity';
export * from './assessment/assessment-criterion.entity';
export * from './assessment/assessment-submission.entity';
export * from './assessment/assessment-history.entity';
export * from './assessment/review-queue-entry.entity';
export * from './assessment/assessment-rows';
export * from './assessment/criterion-view-parts';
export * from './assessment/assessment-view-card';
export * from './assessment/stored-submission-score';
export * from './assessment/scorecard-version.entity';
export * from './assessment/scorecard-versions';

export * from './accounts/account.entity';
export * from './accounts/account-projection';

export * from './period/period-index';
export * from './period/ranking.entity';
export * from './period/ranking-change.view-entity';
export * from './period/criterion-rollup.entity';
export * from './period/period-stats.entity';
export * from './period/score-series.view-entity';
export * from './period/rankings';
export * from './period/percent-stats';
export * from './period/criterion-rollup';
export * from './period/period-projection';

export * from './plan/plan-report.entity';
export * from './plan/plan-projection';
export * from './plan/plan-reports.query';

export * from './replay/replay-scorecard';
export * from './replay/replay-from-store';
export * from './replay/check-projection';
export * from './replay/remembered-scores';

export * from './writers/job-keys';
export * from './writers/projection-jobs';
export * from './writers/projection-job-error';
export * from './writers/parked-jobs';
export * from './writers/stream-projection.writer';
export * from './writers/replayer-cache';
export * from './writers/period-projection.writer';
export * from './writers/reset-read-model';

export * from './rebuild/rebuild-schemas';
export * from './rebuild/row-sink';
export * from './rebuild/stream-rebuild';
export * from './rebuild/read-model-checksum';
export * from './rebuild/rebuild-read-model';

export * from './queries';
