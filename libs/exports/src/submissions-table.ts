import type { OpenedAssessment, Submission } from '@dti/domain';
import { findAssessedUnits, findAssessmentState } from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { catalogueLabels } from './catalogue-labels';
import type { CellValue, ExportColumn, ExportTable } from './export-table';
import { unitLabelsOf } from './unit-names';
import { sheetName, SUBMISSION_STATUS_LABEL } from './vietnamese-labels';

export const SUBMISSIONS_COLUMNS: readonly ExportColumn[] = [
  { header: 'Quý', type: 'text', width: 10 },
  { header: 'Mã đơn vị', type: 'text', width: 12 },
  { header: 'Đơn vị', type: 'text', width: 36 },
  { header: 'Mã tiêu chí', type: 'text', width: 12 },
  { header: 'Tiêu chí', type: 'text', width: 50 },
  { header: 'Mã lần nộp', type: 'text', width: 38 },
  { header: 'Loại', type: 'text', width: 16 },
  { header: 'Số liệu', type: 'text', width: 44 },
  { header: 'Số minh chứng', type: 'integer', width: 10 },
  { header: 'Điều chỉnh lần nộp', type: 'text', width: 38 },
  { header: 'Lý do', type: 'text', width: 40 },
  { header: 'Người nộp', type: 'text', width: 16 },
  { header: 'Thời điểm nộp', type: 'date', width: 18 },
  { header: 'Trạng thái', type: 'text', width: 16 },
  { header: 'Người thẩm định', type: 'text', width: 16 },
  { header: 'Thời điểm thẩm định', type: 'date', width: 18 },
  { header: 'Ghi chú thẩm định', type: 'text', width: 40 },
];

/**
 * Every submission of a quarter and its review (rejected and withdrawn ones too), for inspectors: from the
 * read model's folded unit-quarters (`assessment_states`), one unit at a time, so memory holds one unit's
 * quarter. `unit` narrows to one unit (a submitter's own). No stream is read on this path.
 */
export function submissionsTable(manager: EntityManager, query: { period: string; unit?: string }): ExportTable {
  return {
    fileName: `nop-so-lieu-${query.period}${query.unit === undefined ? '' : `-${query.unit}`}`,
    sheets: [
      {
        name: sheetName(`Số liệu đã nộp ${query.period}`),
        columns: SUBMISSIONS_COLUMNS,
        rows: submissionRows(manager, query),
      },
    ],
  };
}

async function* submissionRows(
  manager: EntityManager,
  query: { period: string; unit?: string },
): AsyncGenerator<CellValue[]> {
  const units = await unitLabelsOf(manager, [query.period]);
  for (const unit of await findAssessedUnits(manager, query.period, query.unit)) {
    const row = await findAssessmentState(manager, unit, query.period);
    if (row === null) continue;
    const state = row.state as unknown as OpenedAssessment;
    const labels = catalogueLabels(state.catalogueId);
    const unitName = units.of(state.unit, state.period).name;
    const submissions = Object.values(state.submissions).sort(bySubmissionTime);
    for (const submission of submissions) {
      yield [
        state.period,
        state.unit,
        unitName,
        submission.criterion,
        labels.title(submission.criterion),
        submission.submissionId,
        submission.kind === 'figures' ? 'Số liệu' : 'Không áp dụng',
        labels.inputs(submission.criterion, submission.inputs),
        submission.evidence.length,
        submission.corrects,
        submission.correctionReason ?? submission.notApplicableReason,
        submission.submittedBy,
        new Date(submission.submittedAt),
        SUBMISSION_STATUS_LABEL[submission.status] ?? submission.status,
        submission.review?.reviewer ?? null,
        submission.review === null ? null : new Date(submission.review.reviewedAt),
        submission.review?.reason ?? submission.review?.note ?? null,
      ];
    }
  }
}

function bySubmissionTime(a: Submission, b: Submission): number {
  return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0;
}
