import type { Command } from 'commander';
import { catalogueMax, listCatalogues, listLeaves } from '@dti/catalogue';
import type { CliContext } from '../../cli-context';
import { writeLine } from '../../cli-context';
import { jsonNumber, shownNumber } from '../../render/json-number';

export function registerCatalogueList(parent: Command, context: CliContext): void {
  parent
    .command('list')
    .description('registered catalogues: id, title, effective date, criteria, total max / danh sách bộ tiêu chí')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const rows = listCatalogues().map((catalogue) => ({
        id: catalogue.id,
        title: catalogue.title,
        effectiveFrom: catalogue.effectiveFrom,
        criteria: listLeaves(catalogue).length,
        totalMax: catalogueMax(catalogue),
      }));
      const { stdout } = context.io;
      if (options.json) {
        writeLine(stdout, JSON.stringify(rows.map((row) => ({ ...row, totalMax: jsonNumber(row.totalMax) }))));
        return;
      }
      const table = [
        ['ID', 'Tên / Title', 'Hiệu lực / Effective', 'Tiêu chí / Criteria', 'Tổng điểm / Total max'],
        ...rows.map((row) => [row.id, row.title, row.effectiveFrom, String(row.criteria), shownNumber(row.totalMax)]),
      ];
      const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
      for (const cells of table) {
        writeLine(
          stdout,
          cells
            .map((cell, column) => cell.padEnd(widths[column]))
            .join('  ')
            .trimEnd(),
        );
      }
    });
}
