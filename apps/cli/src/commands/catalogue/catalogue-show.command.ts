import type { Command } from 'commander';
import { catalogueMax, listLeaves } from '@dti/catalogue';
import type { CliContext } from '../../cli-context';
import { writeLine } from '../../cli-context';
import { catalogueNodeJson, catalogueTreeLines } from '../../render/catalogue-tree.render';
import { shownNumber } from '../../render/json-number';
import { requireCatalogue } from './lookup-catalogue';

export function registerCatalogueShow(parent: Command, context: CliContext): void {
  parent
    .command('show')
    .argument('<id>', 'catalogue id, e.g. tth-2020 (case-insensitive)')
    .description('the catalogue as a tree: code, title, declared max, max from the leaves, rule / cây tiêu chí')
    .option('--json', "print the root node as JSON (display texts, and the seed's verbatim text as seedText)")
    .option('--seed-text', "under each repaired title and label, the seed's verbatim text / kèm văn bản gốc")
    .action((id: string, options: { json?: boolean; seedText?: boolean }) => {
      const catalogue = requireCatalogue(id, context);
      if (!catalogue) return;
      const { stdout } = context.io;
      if (options.json) {
        writeLine(stdout, JSON.stringify(catalogueNodeJson(catalogue.root)));
        return;
      }
      writeLine(stdout, `${catalogue.id} — ${catalogue.title}${catalogue.titleEn ? ` / ${catalogue.titleEn}` : ''}`);
      writeLine(stdout, `Nguồn / Source: ${catalogue.source}`);
      writeLine(stdout, `Hiệu lực / Effective from: ${catalogue.effectiveFrom}`);
      writeLine(
        stdout,
        `Tiêu chí / Criteria: ${listLeaves(catalogue).length}; tổng điểm từ các tiêu chí / total from the leaves: ` +
          shownNumber(catalogueMax(catalogue)),
      );
      writeLine(stdout);
      for (const line of catalogueTreeLines(catalogue.root, { seedText: options.seedText === true })) {
        writeLine(stdout, line);
      }
    });
}
