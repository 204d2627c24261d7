import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { catalogueIdFor, DomainError, normalizeQuarter, parseQuarter, parseUnitCode, quarterRange } from '@dti/domain';
import { CriterionScoreEntity } from '@dti/read-model';
import type { DataSource } from 'typeorm';
// The export tables are the API's own (framework-free files), so a file from the CLI and one from
// GET /exports/… are the same file.
import {
  type ExportFormat,
  type ExportTable,
  loadReportPdfData,
  PublishedVersionMissingError,
  rankingsTable,
  renderPdf,
  reportDocument,
  scoresTable,
  seriesTable,
  submissionsTable,
  unitLabelsOf,
  writeExport,
} from '@dti/exports';
import type { CliCommand } from '../../cli-command';
import { ExitCode, writeLine, type CliContext } from '../../cli-context';
import {
  describeFailure,
  openProjectionConnections,
  type ProjectionConnections,
} from '../projections/projection-connections';

/** The name the export's PostgreSQL sessions carry (pg_stat_activity.application_name). */
export const EXPORT_APPLICATION_NAME = 'dti-export';

type TableKind = 'scores' | 'rankings' | 'series' | 'submissions';

interface TableOptions {
  period?: string;
  from?: string;
  to?: string;
  block?: string;
  unit?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

/** Bad input the operator can fix: exit 1 with the option named, nothing written. */
class ExportOptionError extends Error {}

export const exportCommand: CliCommand = {
  name: 'export',
  register(program, context) {
    const command = program
      .command('export')
      .description('write exports to files: Excel/CSV tables, the quarterly report PDF / xuất Excel, CSV, PDF');
    for (const kind of ['scores', 'rankings', 'series', 'submissions'] as const) registerTable(command, context, kind);
    registerReport(command, context);
  },
};

const DESCRIPTION: Record<TableKind, string> = {
  scores: 'official scores of a quarter, unit × criterion / điểm theo tiêu chí',
  rankings: 'a quarter’s rankings, a sheet per block / xếp hạng',
  series: 'units × quarters (--from, --to, --block) / diễn biến theo quý',
  submissions: 'every submission and review of a quarter / số liệu đã nộp',
};

function registerTable(parent: Command, context: CliContext, kind: TableKind): void {
  const command = parent
    .command(kind)
    .description(`${DESCRIPTION[kind]}\nprogress on stderr; exit 0 written, 1 failed`);
  if (kind === 'series') {
    command
      .requiredOption('--from <quarter>', 'first quarter, e.g. 2021-Q1')
      .requiredOption('--to <quarter>', 'last quarter (included)')
      .option('--block <block>', 'department | district');
  } else {
    command.requiredOption('--period <quarter>', 'quarter, e.g. 2021-Q1');
  }
  if (kind === 'scores' || kind === 'submissions') command.option('--unit <code>', 'one unit only, e.g. STTTT');
  command
    .option('--format <format>', 'xlsx | csv (default: from the --out extension)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--json', 'print a JSON summary on stdout')
    .action(async (options: TableOptions) => {
      await withConnections(context, async (connections) => {
        const format = readFormat(options);
        const table = tableOf(kind, connections, options);
        const total = kind === 'scores' ? await countScores(connections.dataSource, options) : undefined;
        const progress = progressBar(context.io.stderr, total, Boolean(options.json));
        const output = createWriteStream(options.out as string);
        const started = process.hrtime.bigint();
        const rows = await writeExport(table, format, output, (written) => progress.update(written));
        output.end();
        await finished(output);
        progress.stop();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const summary = { kind, format, out: options.out, rows, seconds: Number(seconds.toFixed(2)) };
        if (options.json) writeLine(context.io.stdout, JSON.stringify(summary));
        else
          writeLine(context.io.stdout, `Đã xuất / Exported ${rows} rows to ${options.out} in ${seconds.toFixed(1)} s`);
      });
    });
}

function registerReport(parent: Command, context: CliContext): void {
  parent
    .command('report')
    .description('a unit’s quarterly report as PDF / báo cáo quý (PDF)\nexit 0 written, 1 failed, 2 no such version')
    .requiredOption('--unit <code>', 'unit code, e.g. STTTT')
    .requiredOption('--period <quarter>', 'quarter, e.g. 2021-Q1')
    .option('--version <n>', 'a published version (default: the latest published)')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--json', 'print a JSON summary on stdout')
    .action(async (options: { unit: string; period: string; version?: string; out: string; json?: boolean }) => {
      await withConnections(context, async (connections) => {
        const unit = viaDomain('--unit', () => parseUnitCode(options.unit));
        const period = viaDomain('--period', () => normalizeQuarter(options.period));
        const version = options.version === undefined ? null : Number(options.version);
        if (version !== null && !(Number.isInteger(version) && version >= 1)) {
          throw new ExportOptionError('INVALID_OPTION: --version must be a whole number ≥ 1');
        }
        const manager = connections.dataSource.manager;
        const label = (await unitLabelsOf(manager, [period])).of(unit, period);
        const data = await loadReportPdfData(connections.store, manager, {
          unit,
          unitName: label.name,
          block: label.block,
          period,
          version,
          catalogueId: viaDomain('--period', () => catalogueIdFor(period)),
        });
        const pdf = await renderPdf(reportDocument(data, new Date()));
        const output = createWriteStream(options.out);
        output.end(pdf);
        await finished(output);
        const summary = { kind: 'report', unit, period, version: data.version, out: options.out, bytes: pdf.length };
        if (options.json) writeLine(context.io.stdout, JSON.stringify(summary));
        else {
          const shown = data.version === null ? 'chưa công bố / not published' : `phiên bản / version ${data.version}`;
          writeLine(context.io.stdout, `Đã xuất / Exported ${unit} ${period} (${shown}) to ${options.out}`);
        }
      });
    });
}

async function withConnections(
  context: CliContext,
  work: (connections: ProjectionConnections) => Promise<void>,
): Promise<void> {
  const { stderr } = context.io;
  let connections: ProjectionConnections;
  try {
    connections = await openProjectionConnections({ queue: false, applicationName: EXPORT_APPLICATION_NAME });
  } catch (error) {
    writeLine(stderr, `Không kết nối được / Cannot connect: ${describeFailure(error)}`);
    context.exit(ExitCode.failure);
    return;
  }
  try {
    await work(connections);
    context.exit(ExitCode.ok);
  } catch (error) {
    if (error instanceof ExportOptionError) writeLine(stderr, error.message);
    else if (error instanceof PublishedVersionMissingError) {
      writeLine(stderr, `REPORT_VERSION_NOT_FOUND: ${error.message}`);
      context.exit(ExitCode.notFound);
      return;
    } else writeLine(stderr, `Xuất thất bại / Export failed: ${describeFailure(error)}`);
    context.exit(ExitCode.failure);
  } finally {
    await connections.close();
  }
}

function tableOf(kind: TableKind, connections: ProjectionConnections, options: TableOptions): ExportTable {
  const manager = connections.dataSource.manager;
  const unit = options.unit === undefined ? undefined : viaDomain('--unit', () => parseUnitCode(options.unit));
  if (kind === 'series') {
    const from = viaDomain('--from', () => normalizeQuarter(options.from));
    const to = viaDomain('--to', () => normalizeQuarter(options.to));
    viaDomain('--to', () => quarterRange(parseQuarter(from), parseQuarter(to)));
    if (options.block !== undefined && options.block !== 'department' && options.block !== 'district') {
      throw new ExportOptionError('INVALID_OPTION: --block must be department or district');
    }
    return seriesTable(manager, { from, to, block: options.block });
  }
  const period = viaDomain('--period', () => normalizeQuarter(options.period));
  if (kind === 'scores') return scoresTable(manager, { period, unit });
  if (kind === 'rankings') return rankingsTable(manager, { period });
  return submissionsTable(manager, { period, unit });
}

function readFormat(options: TableOptions): ExportFormat {
  const format = options.format ?? /\.(xlsx|csv)$/i.exec(options.out ?? '')?.[1]?.toLowerCase();
  if (format !== 'xlsx' && format !== 'csv') {
    throw new ExportOptionError('INVALID_OPTION: --format must be xlsx or csv (or --out must end in .xlsx or .csv)');
  }
  return format;
}

function viaDomain<T>(option: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainError) throw new ExportOptionError(`${error.code}: ${option}: ${error.message}`);
    throw error;
  }
}

async function countScores(dataSource: DataSource, options: TableOptions): Promise<number> {
  const builder = dataSource.manager
    .createQueryBuilder(CriterionScoreEntity, 's')
    .where('s.period = :period', { period: normalizeQuarter(options.period) });
  if (options.unit !== undefined) builder.andWhere('s.unit = :unit', { unit: options.unit });
  return builder.getCount();
}

interface Progress {
  update(rows: number): void;
  stop(): void;
}

/** A bar over the rows on stderr (a count of rows where the total is not known up front); none with --json. */
function progressBar(stderr: NodeJS.WritableStream, total: number | undefined, quiet: boolean): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: stderr,
      format:
        total === undefined
          ? 'Đang xuất / exporting | {value} rows | {duration}s'
          : 'Đang xuất / exporting |{bar}| {value}/{total} rows | {duration}s',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(total ?? 0, 1), 0);
  return {
    update: (rows) => bar.update(rows),
    stop: () => bar.stop(),
  };
}
