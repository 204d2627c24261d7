import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PERIOD, readPdf, startExportsWorld, type ExportsWorld } from '../api/exports.world';
import { repoRoot, type CliRun } from './support/run-cli';

/**
 * `npm run -s cli -- export …` as operators run it, against the schemas of a real API + projector world
 * (test/api/exports.world.ts), reading the files it writes.
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
  });

  it('export rankings --out FILE.csv (format from the extension) and --json', async () => {
    const out = join(directory, 'rankings.csv');
    const run = await runExport(['rankings', '--period', PERIOD, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'rankings', format: 'csv', out });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFQuý,Khối,Thứ hạng,Mã đơn vị')).toBe(true);
    expect(text).toContain('STTTT,Sở Thông tin và Truyền thông,6.00');
  });

  it('export report writes the published version as PDF; a missing version exits 2; bad input exits 1', async () => {
    const out = join(directory, 'report.pdf');
    const run = await runExport(['report', '--unit', 'STTTT', '--period', PERIOD, '--out', out]);
    expect(run.code).toBe(0);
    const { text } = readPdf(readFileSync(out));
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Phiên bản 1');
    const missing = await runExport(['report', '--unit', 'STTTT', '--period', PERIOD, '--version', '3', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('REPORT_VERSION_NOT_FOUND');
    const bad = await runExport(['series', '--from', '2021-Q3', '--to', '2021-Q1', '--out', join(directory, 's.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--to/);
  });
});
