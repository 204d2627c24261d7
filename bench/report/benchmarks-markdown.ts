import { readFile, writeFile } from 'node:fs/promises';
import { LAG_SWEEP_P95_BOUND_MS, type BenchResults, type LagSweepStep } from './results';

const ANALYSIS_START = '<!-- analysis:start -->';
const ANALYSIS_END = '<!-- analysis:end -->';

/**
 * Writes BENCHMARKS.md from a run's results. The analysis between the analysis markers is written by a
 * person (where the time goes, what bounds a missed target) and is kept from the existing file.
 */
export async function writeBenchmarksMarkdown(file: string, results: BenchResults): Promise<void> {
  let analysis = `${ANALYSIS_START}\n_No analysis written yet._\n${ANALYSIS_END}`;
  try {
    const existing = await readFile(file, 'utf8');
    const start = existing.indexOf(ANALYSIS_START);
    const end = existing.indexOf(ANALYSIS_END);
    if (start >= 0 && end > start) analysis = existing.slice(start, end + ANALYSIS_END.length);
  } catch {
    // first run: no file yet
  }
  await writeFile(file, renderMarkdown(results, analysis));
}

export function renderMarkdown(r: BenchResults, analysis: string): string {
  const n = (value: number): string => Math.round(value).toLocaleString('en-US');
  const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');
  const lines: string[] = [];
  lines.push('# Benchmarks: the read side');
  lines.push('');
  lines.push(
    'Written by `npm run bench` (bench/run-bench.ts) from its last full run; the same figures are in ' +
      '`bench/results/latest.json`. Everything below the results tables except the analysis is generated.',
  );
  lines.push('');
  lines.push(`- **Date**: ${r.date}`);
  lines.push(`- **Command**: \`${r.command}\` (${r.seconds} s in all)`);
  lines.push(
    `- **Machine**: ${r.machine.nproc} cores (\`nproc\`), ${r.machine.memoryGiB} GiB, ${r.machine.cpuModel}; ` +
      `Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}, Redis ${r.machine.redis}. ` +
      `Shared with other engineers' test runs: 1-minute load average ${r.machine.loadAverageStart} at the start, ` +
      `${r.machine.loadAverageEnd ?? '?'} at the end.`,
  );
  lines.push(
    `- **Data**: ${n(r.events)} events — ${r.province.units} units × ${r.province.quarters} ` +
      `(${r.province.unitQuarters} unit-quarters, every criterion of the unit's block), seed ${r.province.seed}, ` +
      `decided by the real assessment decider (generation ${r.province.generationSeconds} s` +
      `${r.province.reusedCachedFile ? ', reused from var/bench' : ''}).`,
  );
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| measure | target | measured | met | by how much |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const t of r.targets)
    lines.push(`| ${t.name} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} | ${t.miss ?? ''} |`);
  lines.push('');
  lines.push('## Throughput');
  lines.push('');
  lines.push('| phase | events | seconds | events/s | notes |');
  lines.push('| --- | --- | --- | --- | --- |');
  lines.push(
    `| load (batched appends) | ${n(r.load.events)} | ${r.load.seconds.toFixed(1)} | ${n(r.load.eventsPerSec)} | ` +
      `${n(r.load.appends)} appends, ${r.load.concurrency} in flight, through \`PostgresEventStore.append\` |`,
  );
  lines.push(
    `| raw keyset read | ${n(r.rawRead.events)} | ${r.rawRead.seconds.toFixed(1)} | ${n(r.rawRead.eventsPerSec)} | ` +
      `\`WHERE position > $1 ORDER BY position LIMIT ${r.rawRead.pageSize}\`, jsonb decoded, one connection |`,
  );
  lines.push(
    `| full rebuild | ${n(r.rebuild.events)} | ${r.rebuild.seconds.toFixed(1)} | ${n(r.rebuild.eventsPerSec)} | ` +
      `${r.rebuild.method}; ${r.rebuildVsRawRead} × the raw read |`,
  );
  lines.push('');
  lines.push('## Live lag');
  lines.push('');
  lines.push(
    `${n(r.lag.commands)} commands at ${r.lag.achievedRatePerSec}/s (target ${r.lag.targetRatePerSec}/s) on ${r.lag.quarter} ` +
      `through the command path (read, fold, decide, append), the projector in its own process; visibility polled every ` +
      `${r.lag.pollMs} ms. Streams held ${r.lag.streamEventsAtEnd.mean} events on average at the end (max ` +
      `${r.lag.streamEventsAtEnd.max}). Failed commands: ${r.lag.failedCommands}; never visible: ${r.lag.neverVisible}.`,
  );
  lines.push('');
  lines.push('| from append acknowledged to … | p50 ms | p95 ms | p99 ms | max ms |');
  lines.push('| --- | --- | --- | --- | --- |');
  lines.push(
    `| the unit-quarter's rows | ${ms(r.lag.lagMs.p50)} | ${ms(r.lag.lagMs.p95)} | ${ms(r.lag.lagMs.p99)} | ${ms(r.lag.lagMs.max)} |`,
  );
  lines.push(
    `| the quarter's rankings and statistics | ${ms(r.lag.rankingsLagMs.p50)} | ${ms(r.lag.rankingsLagMs.p95)} | ` +
      `${ms(r.lag.rankingsLagMs.p99)} | ${ms(r.lag.rankingsLagMs.max)} |`,
  );
  lines.push(
    `| (the command itself: read, fold, decide, append) | ${ms(r.lag.commandMs.p50)} | ${ms(r.lag.commandMs.p95)} | ` +
      `${ms(r.lag.commandMs.p99)} | ${ms(r.lag.commandMs.max)} |`,
  );
  lines.push('');
  if (r.lagSweep !== undefined && r.lagSweep.length > 0) lines.push(...lagSweepSection(r, ms));
  lines.push('## HTTP latency');
  lines.push('');
  lines.push(
    `autocannon, ${r.http.connections} connections, ${r.http.secondsPerEndpoint} s per endpoint, against the API in its own ` +
      'process (request logs off), the projector stopped; each request takes the next unit/quarter/position of a list.',
  );
  lines.push('');
  lines.push('| query | route | p50 ms | p95 ms | p99 ms | req/s | p95 ÷ /health | non-2xx |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, q] of Object.entries(r.http.endpoints)) {
    lines.push(
      `| ${name} | \`${q.route}\` | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(q.p99)} | ${n(q.requestsPerSec)} | ${q.p95VsHealth ?? ''} | ${q.non2xx + q.errors} |`,
    );
  }
  lines.push('');
  lines.push(
    `As-of replay in process (\`replayFromStore\`: read the stream, fold to a position inside it, score), ` +
      `${r.asOfReplayMs.samples} unit-quarters: p50 ${ms(r.asOfReplayMs.p50)} ms, p95 ${ms(r.asOfReplayMs.p95)} ms, ` +
      `p99 ${ms(r.asOfReplayMs.p99)} ms.`,
  );
  lines.push('');
  lines.push('## Where the time goes');
  lines.push('');
  lines.push(analysis);
  lines.push('');
  lines.push('## Running it');
  lines.push('');
  lines.push('```');
  lines.push('npm run bench                       # the run above: ~30 units × 20 quarters, ≥ 1,000,000 events');
  lines.push(
    'npm run bench -- --quick            # smoke run, ~20k events (test/bench/bench-smoke.int.spec.ts runs it)',
  );
  lines.push('npm run bench -- --scale national   # 300 units, ≥ 5,000,000 events');
  lines.push('npm run bench -- --units 60 --events 2000000 --profile --keep');
  lines.push(
    "npm run bench -- --lag-rates 25,50,100,150 --lag-sweep-seconds 15   # the lag sweep (a full run's default)",
  );
  lines.push('npm run bench:append                # the event store append rate vs raw INSERTs (bench/append-rate.ts)');
  lines.push('```');
  lines.push('');
  lines.push(
    'Uses the `dti_test` database (or `BENCH_DATABASE_URL`) in schemas `bench_event_store` / `bench_read_model` and ' +
      'BullMQ prefix `bench` (quick runs: unique names), dropped at the end unless `--keep`. The generated province is ' +
      'cached in `var/bench/` by options and generator source (`--regenerate` to force). `--profile` writes CPU ' +
      'profiles of the rebuild, the projector and the API to `var/bench/profiles/` and their top self-time functions ' +
      'to the JSON; `npx ts-node bench/summarize-cpu-profile.ts <file>` prints one.',
  );
  lines.push('');
  return `${lines.join('\n')}`;
}

/** "Lag by command rate": the sweep's table and the rate issue 12 asks for. */
function lagSweepSection(r: BenchResults, ms: (value: number) => string): string[] {
  const steps = r.lagSweep as LagSweepStep[];
  const lines: string[] = [];
  lines.push('### Lag by command rate');
  lines.push('');
  lines.push(
    `After the run above, the same load again at each rate for ${steps[0].seconds} s, in this order, on the same ` +
      `quarter: its streams grow from step to step (each command reads and folds its whole stream), so a later, ` +
      `faster step also works on longer streams. Each step starts once the projector has caught up.`,
  );
  lines.push('');
  lines.push(
    '| asked /s | achieved /s | unit rows p50 ms | p95 ms | p99 ms | rankings p95 ms | commands | failed | events per stream at end |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of steps) {
    lines.push(
      `| ${s.ratePerSec} | ${s.achievedRatePerSec} | ${ms(s.unitRowsMs.p50)} | ${ms(s.unitRowsMs.p95)} | ` +
        `${ms(s.unitRowsMs.p99)} | ${ms(s.rankingsP95Ms)} | ${s.commands} | ${s.failed} | ${s.streamEventsMeanAtEnd} |`,
    );
  }
  lines.push('');
  const best = r.lagSweepMaxRateUnder250ms;
  lines.push(
    typeof best === 'number'
      ? `Highest command rate with the unit rows' p95 under ${LAG_SWEEP_P95_BOUND_MS} ms: **${best}/s** (of the rates swept).`
      : `Highest command rate with the unit rows' p95 under ${LAG_SWEEP_P95_BOUND_MS} ms: **none** of the rates swept ` +
          `(lowest ${Math.min(...steps.map((s) => s.ratePerSec))}/s).`,
  );
  lines.push('');
  return lines;
}
