import { CriterionScoreEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { catalogueLabels } from './catalogue-labels';
import type { CellValue, ExportColumn, ExportTable } from './export-table';
import { unitLabelsOf } from './unit-names';
import { blockLabel, CRITERION_STATUS_LABEL, sheetName } from './vietnamese-labels';

const PAGE = 2_000;

export const SCORES_COLUMNS: readonly ExportColumn[] = [
  { header: 'Quý', type: 'text', width: 10 },
  { header: 'Mã đơn vị', type: 'text', width: 12 },
  { header: 'Đơn vị', type: 'text', width: 40 },
  { header: 'Khối', type: 'text', width: 22 },
  { header: 'Nhóm', type: 'text', width: 40 },
  { header: 'Mã tiêu chí', type: 'text', width: 12 },
  { header: 'Tiêu chí', type: 'text', width: 60 },
  { header: 'Số liệu', type: 'text', width: 50 },
  { header: 'Điểm', type: 'number', width: 10 },
  { header: 'Điểm tối đa', type: 'number', width: 12 },
  { header: 'Trạng thái', type: 'text', width: 16 },
  { header: 'Lý do không áp dụng', type: 'text', width: 40 },
  { header: 'Người duyệt', type: 'text', width: 16 },
  { header: 'Thời điểm duyệt', type: 'date', width: 18 },
];

/**
 * Official scores of a quarter, one row per unit × criterion (the projection: approved values, whether
 * or not the report is finalized), read in pages of PAGE rows by (unit, ordinal), so a national-scale
 * quarter streams without being held whole. `unit` narrows to one unit (a submitter's own).
 */
export function scoresTable(manager: EntityManager, query: { period: string; unit?: string }): ExportTable {
  return {
    fileName: `diem-${query.period}${query.unit === undefined ? '' : `-${query.unit}`}`,
    sheets: [
      {
        name: sheetName(`Điểm ${query.period}`),
        columns: SCORES_COLUMNS,
        rows: scoreRows(manager, query),
      },
    ],
  };
}

async function* scoreRows(
  manager: EntityManager,
  query: { period: string; unit?: string },
): AsyncGenerator<CellValue[]> {
  const units = await unitLabelsOf(manager, [query.period]);
  let after: { unit: string; ordinal: number } | null = null;
  for (;;) {
    const builder = manager
      .createQueryBuilder(CriterionScoreEntity, 's')
      .where('s.period = :period', { period: query.period })
      .orderBy('s.unit', 'ASC')
      .addOrderBy('s.ordinal', 'ASC')
      .limit(PAGE);
    if (query.unit !== undefined) builder.andWhere('s.unit = :unit', { unit: query.unit });
    if (after !== null) {
      builder.andWhere('(s.unit, s.ordinal) > (:afterUnit, :afterOrdinal)', {
        afterUnit: after.unit,
        afterOrdinal: after.ordinal,
      });
    }
    const page = await builder.getMany();
    for (const row of page) {
      const labels = catalogueLabels(row.catalogueId);
      yield [
        row.period,
        row.unit,
        units.of(row.unit, row.period).name,
        blockLabel(row.block),
        labels.group(row.criterion),
        row.criterion,
        labels.title(row.criterion),
        labels.inputs(row.criterion, row.officialInputs),
        Number(row.points),
        Number(row.max),
        CRITERION_STATUS_LABEL[row.status] ?? row.status,
        row.notApplicableReason,
        row.approvedBy,
        row.approvedAt,
      ];
    }
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE) return;
    after = { unit: last.unit, ordinal: last.ordinal };
  }
}
