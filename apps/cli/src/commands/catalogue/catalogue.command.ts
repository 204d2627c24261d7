import type { CliCommand } from '../../cli-command';
import { registerCatalogueList } from './catalogue-list.command';
import { registerCatalogueShow } from './catalogue-show.command';
import { registerCatalogueValidate } from './catalogue-validate.command';

export const catalogueCommand: CliCommand = {
  name: 'catalogue',
  register(program, context) {
    const catalogue = program
      .command('catalogue')
      .description('criteria catalogues: list, show, validate / các bộ tiêu chí');
    registerCatalogueList(catalogue, context);
    registerCatalogueShow(catalogue, context);
    registerCatalogueValidate(catalogue, context);
  },
};
