import { formatQuarter, parseQuarter, quarterRange } from '@dti/domain';
import { RankingEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import type { CellValue, ExportColumn, ExportTable } from './export-table';
import { blockLabel, quarterLabel, sheetName } from './vietnamese-labels';

/**
 * Units × quarters: each unit's total percentage per quarter (blank where it did not report), from the
 * quarters' rankings, which list every unit that existed then. At national scale (300 units × 20
 * quarters) that is 6,000 small rows: read in one query.
 */
export function seriesTable(manager: EntityManager, query: { from: string; to: string; block?: string }): ExportTable {
  const periods = quarterRange(parseQuarter(query.from), parseQuarter(query.to)).map(formatQuarter);
  const columns: ExportColumn[] = [
    { header: 'Mã đơn vị', type: 'text', width: 12 },
    { header: 'Đơn vị', type: 'text', width: 40 },
    { header: 'Khối', type: 'text', width: 22 },
    ...periods.map((period): ExportColumn => ({ header: `${quarterLabel(period)} (%)`, type: 'number', width: 14 })),
  ];
  return {
    fileName: `dien-bien-${query.from}-${query.to}${query.block === undefined ? '' : `-${query.block}`}`,
    sheets: [{ name: sheetName('Diễn biến theo quý'), columns, rows: seriesRows(manager, periods, query.block) }],
  };
}

async function* seriesRows(
  manager: EntityManager,
  periods: readonly string[],
  block: string | undefined,
): AsyncGenerator<CellValue[]> {
  const builder = manager
    .createQueryBuilder(RankingEntity, 'r')
    .select(['r.period', 'r.block', 'r.unit', 'r.unitName', 'r.reported', 'r.percent', 'r.periodIndex'])
    .where('r.period IN (:...periods)', { periods })
    .orderBy('r.block', 'ASC')
    .addOrderBy('r.unit', 'ASC')
    .addOrderBy('r.periodIndex', 'ASC');
  if (block !== undefined) builder.andWhere('r.block = :block', { block });
  const rows = await builder.getMany();
  const column = new Map(periods.map((period, index) => [period, index]));
  let current: { unit: string; cells: CellValue[] } | null = null;
  for (const row of rows) {
    if (current === null || current.unit !== row.unit) {
      if (current !== null) yield current.cells;
      current = { unit: row.unit, cells: [row.unit, row.unitName, blockLabel(row.block), ...periods.map(() => null)] };
    }
    // The latest quarter's name wins: a renamed unit is listed under the name it has now.
    current.cells[1] = row.unitName;
    const index = column.get(row.period);
    if (index !== undefined && row.reported && row.percent !== null) current.cells[3 + index] = Number(row.percent);
  }
  if (current !== null) yield current.cells;
}
