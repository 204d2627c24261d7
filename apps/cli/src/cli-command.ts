import type { Command } from 'commander';
import type { CliContext } from './cli-context';

/**
 * One top-level command of the operators' CLI. Commands that need the database or the event store will
 * open their connections inside their own action, so the pure ones (score, catalogue) start instantly.
 */
export interface CliCommand {
  name: string;
  register(program: Command, context: CliContext): void;
}
