import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PERIOD, readPdf, startExportsWorld, type ExportsWorld } from '../api/exports.world';
import { buildCli } from '../../apps/cli/src/cli';
import { ExitCode, type CliContext } from '../../apps/cli/src/cli-context';
import { exportCommand } from '../../apps/cli/src/commands/export/export.command';
import { repoRoot, type CliRun } from './support/run-cli';

/**
 * `npm run -s cli -- export …` against the schemas of a real API + projector world (test/api/exports.world.ts),
 * reading the files it writes: once as operators run it (a child process through npm), the other cases in
 * process (the same command object, without paying ts-node's start-up for each).
 */
describe('CLI: export scores|rankings|series|submissions|report', () => {
  let world: ExportsWorld;
  let directory: string;

  function runExport(args: string[]): Promise<CliRun> {
    return new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', '-s', 'cli', '--', 'export', ...args], {
        cwd: repoRoot,
        stdio: 'pipe',
        env: { ...process.env, ...world.api.env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end();
    });
  }

  /** `dti export …` in this process, with the world's settings in the environment for the duration. */
  async function runInProcess(args: string[]): Promise<CliRun> {
    const saved = { ...process.env };
    Object.assign(process.env, world.api.env);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    let code: number = ExitCode.ok;
    const context: CliContext = { io: { stdin: new PassThrough(), stdout, stderr }, exit: (c) => (code = c) };
    try {
      await buildCli([exportCommand], context)
        .exitOverride()
        .parseAsync(['node', 'dti', 'export', ...args]);
    } finally {
      process.env = saved;
    }
    return { code, stdout: out, stderr: err };
  }

  beforeAll(async () => {
    world = await startExportsWorld();
    directory = mkdtempSync(join(tmpdir(), 'dti-export-cli-'));
  });

  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    await world?.close();
  });

  it('export scores --format xlsx writes the workbook, with a progress bar on stderr', async () => {
    const out = join(directory, 'scores.xlsx');
    const run = await runExport(['scores', '--period', PERIOD, '--format', 'xlsx', '--out', out]);
    expect(run.stderr).toMatch(/exporting \|.*\| \d+\/\d+ rows/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exported \d+ rows to/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe(`Điểm ${PERIOD}`);
    expect(sheet.getRow(1).getCell(6).value).toBe('Mã tiêu chí');
    // ts-node compiles the CLI on start: minutes on a loaded machine.
  }, 600_000);

  it('export rankings --out FILE.csv (format from the extension) and --json', async () => {
    const out = join(directory, 'rankings.csv');
    const run = await runInProcess(['rankings', '--period', PERIOD, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'rankings', format: 'csv', out });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFQuý,Khối,Thứ hạng,Mã đơn vị')).toBe(true);
    expect(text).toContain('STTTT,Sở Thông tin và Truyền thông,6.00');
  });

  it('export report writes the published version as PDF; a missing version exits 2; bad input exits 1', async () => {
    const out = join(directory, 'report.pdf');
    const run = await runInProcess(['report', '--unit', 'STTTT', '--period', PERIOD, '--out', out]);
    expect(run.code).toBe(0);
    const { text } = readPdf(readFileSync(out));
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Phiên bản 1');
    const missing = await runInProcess([
      'report',
      '--unit',
      'STTTT',
      '--period',
      PERIOD,
      '--version',
      '3',
      '--out',
      out,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('REPORT_VERSION_NOT_FOUND');
    const bad = await runInProcess([
      'series',
      '--from',
      '2021-Q3',
      '--to',
      '2021-Q1',
      '--out',
      join(directory, 's.csv'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--to/);
  });
});
