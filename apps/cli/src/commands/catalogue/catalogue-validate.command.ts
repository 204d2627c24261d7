import type { Command } from 'commander';
import type { CatalogueFinding } from '@dti/catalogue';
import { InvalidCatalogueError, isBlockingFinding, validateCatalogue } from '@dti/catalogue';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';
import { lookupCatalogue } from './lookup-catalogue';

export function registerCatalogueValidate(parent: Command, context: CliContext): void {
  parent
    .command('validate')
    .argument('<id>', 'catalogue id, e.g. tth-2020 (case-insensitive)')
    .description(
      'every finding: max mismatches, recorded errata, schema problems / kiểm tra bộ tiêu chí\n' +
        'exit 0: findings are information; 1: the catalogue breaks the schema; 2: unknown catalogue',
    )
    .option('--json', 'an array of {code, kind, declared?, computed?, message}')
    .action((id: string, options: { json?: boolean }) => {
      const found = lookupCatalogue(id, context);
      if (!found) return;
      const refused = found instanceof InvalidCatalogueError;
      const findings = refused ? found.findings : validateCatalogue(found);
      const catalogueId = refused ? found.catalogueId : found.id;
      if (options.json) {
        writeLine(context.io.stdout, JSON.stringify(findings.map(findingJson)));
      } else {
        printFindings(catalogueId, findings, context);
      }
      if (refused) context.exit(ExitCode.failure);
    });
}

function findingJson(finding: CatalogueFinding): CatalogueFinding {
  return {
    code: finding.code,
    kind: finding.kind,
    ...(finding.declared === undefined ? {} : { declared: finding.declared }),
    ...(finding.computed === undefined ? {} : { computed: finding.computed }),
    message: finding.message,
  };
}

function printFindings(catalogueId: string, findings: readonly CatalogueFinding[], context: CliContext): void {
  const { stdout } = context.io;
  const blocking = findings.filter(isBlockingFinding).length;
  writeLine(
    stdout,
    `${catalogueId}: ${findings.length} phát hiện / findings; ${blocking} lỗi cấu trúc / schema problems` +
      (blocking > 0 ? ' — bộ tiêu chí không dùng được để chấm điểm / the catalogue cannot be scored against' : ''),
  );
  for (const finding of findings) {
    const figures =
      finding.declared !== undefined || finding.computed !== undefined
        ? ` (khai báo/declared ${finding.declared ?? '—'}, tính/computed ${finding.computed ?? '—'})`
        : '';
    const mark = isBlockingFinding(finding) ? '✗ ' : '';
    writeLine(stdout, `${mark}[${finding.kind}] ${finding.code}${figures}: ${finding.message}`);
  }
}
