import { UNIT_BLOCKS } from '@dti/catalogue';
import { findRankings, type RankingChangeView } from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import type { CellValue, ExportColumn, ExportTable } from './export-table';
import { blockLabel, REPORT_STATUS_LABEL, sheetName } from './vietnamese-labels';

export const RANKINGS_COLUMNS: readonly ExportColumn[] = [
  { header: 'Quý', type: 'text', width: 10 },
  { header: 'Khối', type: 'text', width: 22 },
  { header: 'Thứ hạng', type: 'integer', width: 10 },
  { header: 'Mã đơn vị', type: 'text', width: 12 },
  { header: 'Đơn vị', type: 'text', width: 40 },
  { header: 'Điểm', type: 'number', width: 10 },
  { header: 'Điểm tối đa', type: 'number', width: 12 },
  { header: 'Tỷ lệ (%)', type: 'number', width: 10 },
  { header: 'Thứ hạng quý trước', type: 'integer', width: 12 },
  { header: 'Thay đổi thứ hạng', type: 'integer', width: 12 },
  { header: 'Trạng thái báo cáo', type: 'text', width: 18 },
];

/** A quarter's ranking (the projection), a sheet per block; rank change positive = moved up. */
export function rankingsTable(manager: EntityManager, query: { period: string }): ExportTable {
  return {
    fileName: `xep-hang-${query.period}`,
    sheets: UNIT_BLOCKS.map((block) => ({
      name: sheetName(blockLabel(block)),
      columns: RANKINGS_COLUMNS,
      rows: rankingRows(manager, query.period, block),
    })),
  };
}

async function* rankingRows(manager: EntityManager, period: string, block: string): AsyncGenerator<CellValue[]> {
  for (const row of await findRankings(manager, { period, block })) yield rankingCells(row);
}

export function rankingCells(row: RankingChangeView): CellValue[] {
  return [
    row.period,
    blockLabel(row.block),
    row.rank,
    row.unit,
    row.unitName,
    Number(row.points),
    Number(row.applicableMax),
    row.percent === null ? null : Number(row.percent),
    row.previousRank,
    row.rankChange,
    row.reported ? (REPORT_STATUS_LABEL[row.reportStatus ?? ''] ?? row.reportStatus) : REPORT_STATUS_LABEL.not_opened,
  ];
}
