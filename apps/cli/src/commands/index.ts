import type { CliCommand } from '../cli-command';
import { accountsCommand } from './accounts/accounts.command';
import { catalogueCommand } from './catalogue/catalogue.command';
import { exportCommand } from './export/export.command';
import { planCommand } from './plan/plan.command';
import { projectionsCommand } from './projections/projections.command';
import { scoreCommand } from './score.command';

/** The command registry: a new command is one more entry here. */
export const cliCommands: readonly CliCommand[] = [scoreCommand, catalogueCommand, accountsCommand, projectionsCommand, planCommand, exportCommand];
