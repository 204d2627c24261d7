import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergedResults } from '../../bench/run-bench';
import { renderMarkdown } from '../../bench/report/benchmarks-markdown';
import { lagSweepStep, maxRateUnder, type BenchResults, type LagSweepStep } from '../../bench/report/results';

/** A real full run's results, without any sweep: what every results file written before the sweep looks like. */
function olderResults(): BenchResults {
  const results = JSON.parse(readFileSync(join(__dirname, '../../bench/results/latest.json'), 'utf8')) as BenchResults;
  delete results.lagSweep;
  delete results.lagSweepMaxRateUnder250ms;
  return results;
}

function step(ratePerSec: number, achievedRatePerSec: number, p95: number): LagSweepStep {
  return {
    ratePerSec,
    achievedRatePerSec,
    seconds: 15,
    unitRowsMs: { p50: p95 / 2, p95, p99: p95 * 2 },
    rankingsP95Ms: p95 * 3,
    commands: Math.round(achievedRatePerSec * 15),
    failed: 0,
    neverVisible: 0,
    streamEventsMeanAtEnd: 120.5,
  };
}

describe('the lag sweep in the results', () => {
  it('takes the highest achieved rate whose unit-rows p95 is under 250 ms', () => {
    expect(maxRateUnder([step(25, 25, 80), step(50, 49.8, 240), step(100, 97, 260), step(150, 120, 249)])).toBe(120);
    expect(maxRateUnder([step(25, 25, 250), step(50, 50, 900)])).toBeNull();
    expect(maxRateUnder([])).toBeNull();
  });

  it('never counts a step in which nothing became visible (no p95: NaN, null once in JSON)', () => {
    const empty = step(200, 10, NaN);
    expect(maxRateUnder([empty])).toBeNull();
    const fromJson = JSON.parse(JSON.stringify([empty, step(25, 25, 100)])) as LagSweepStep[];
    expect(maxRateUnder(fromJson)).toBe(25);
  });

  it('copies a lag measurement into a step', () => {
    const lag = olderResults().lag;
    expect(lagSweepStep(lag, 15)).toEqual({
      ratePerSec: lag.targetRatePerSec,
      achievedRatePerSec: lag.achievedRatePerSec,
      seconds: 15,
      unitRowsMs: { p50: lag.lagMs.p50, p95: lag.lagMs.p95, p99: lag.lagMs.p99 },
      rankingsP95Ms: lag.rankingsLagMs.p95,
      commands: lag.commands,
      failed: lag.failedCommands,
      neverVisible: lag.neverVisible,
      streamEventsMeanAtEnd: lag.streamEventsAtEnd.mean,
    });
  });
});

describe('BENCHMARKS.md: lag by command rate', () => {
  it('renders results written before the sweep existed, without the section', () => {
    const markdown = renderMarkdown(olderResults(), '');
    expect(markdown).toContain('## Live lag');
    expect(markdown).not.toContain('Lag by command rate');
  });

  it('prints the table under Live lag and names the highest rate under 250 ms', () => {
    const steps = [step(25, 25, 80), step(50, 49.8, 240), step(100, 97, 260)];
    const markdown = renderMarkdown(
      { ...olderResults(), lagSweep: steps, lagSweepMaxRateUnder250ms: maxRateUnder(steps) },
      '',
    );
    const section = markdown.slice(markdown.indexOf('### Lag by command rate'), markdown.indexOf('## HTTP latency'));
    expect(markdown.indexOf('## Live lag')).toBeLessThan(markdown.indexOf('### Lag by command rate'));
    expect(section).toContain('streams grow');
    expect(section).toContain('| 50 | 49.8 | 120.0 | 240.0 | 480.0 | 720.0 | 747 | 0 | 120.5 |');
    expect(section).toContain("Highest command rate with the unit rows' p95 under 250 ms: **49.8/s**");
  });

  it('says when no rate stayed under 250 ms', () => {
    const steps = [step(100, 97, 260), step(150, 120, NaN)];
    const markdown = renderMarkdown({ ...olderResults(), lagSweep: steps, lagSweepMaxRateUnder250ms: null }, '');
    expect(markdown).toContain('**none** of the rates swept (lowest 100/s)');
    expect(markdown).toContain('| 150 | 120 | — | — | — | — |');
  });
});

describe('one results file for both scales', () => {
  function fileWith(content: string | null): string {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-results-')), 'latest.json');
    if (content !== null) writeFileSync(file, content);
    return file;
  }
  const province = { ...olderResults(), mode: 'full', national: undefined };
  const national = { ...olderResults(), mode: 'national', national: undefined, events: 5_134_994 };

  it('writes a national run as the national section, keeping the province figures', async () => {
    const merged = await mergedResults(fileWith(JSON.stringify(province)), national);
    expect(merged.mode).toBe('full');
    expect(merged.events).toBe(province.events);
    expect(merged.national?.events).toBe(5_134_994);
  });

  it('keeps the earlier national section when a province run is written', async () => {
    const file = fileWith(JSON.stringify({ ...province, national }));
    const merged = await mergedResults(file, { ...province, date: 'now' });
    expect(merged.date).toBe('now');
    expect(merged.national?.events).toBe(5_134_994);
  });

  it('writes the run whole when there is no earlier file, or it is not a results file', async () => {
    expect(await mergedResults(fileWith(null), national)).toBe(national);
    expect(await mergedResults(fileWith('{"other":1}'), province)).toBe(province);
    expect(await mergedResults(fileWith('not json'), province)).toBe(province);
  });
});
