import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CATALOGUE_SCHEDULE, catalogueIdFor, formatQuarter, quarterRange, type Quarter } from '@dti/domain';
import type { NewEvent } from '@dti/event-store';
import { GenerationPool } from './generation-pool';
import { provinceUnits } from './province-units';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';
import type { ProvinceAppend, StreamJob } from '../../scripts/seed/province/stream-generation';

export type { ProvinceAppend } from '../../scripts/seed/province/stream-generation';

export interface ProvinceOptions {
  units: number;
  from: Quarter;
  to: Quarter;
  /** At least this many events (the round counts per criterion are scaled to reach it). */
  targetEvents: number;
  seed: number;
  /** Most events in one append (a batch holds whole commands of one stream). */
  batchSize: number;
}

export interface ProvinceSummary {
  file: string;
  events: number;
  appends: number;
  streams: number;
  assessmentStreams: number;
  units: number;
  quarters: string[];
  commands: Record<string, number>;
  eventTypes: Record<string, number>;
  redrawnFigures: number;
  generationSeconds: number;
  /** True when an identical earlier generation (same options, same generator source) was reused. */
  reused: boolean;
}

/** The last quarter is the one still in review; it carries fewer events, so the budget weighs it less. */
const IN_PROGRESS_WEIGHT = 0.75;

/**
 * Writes the synthetic province as NDJSON (one batched append per line, then a summary line) under `dir`,
 * named by a hash of the options and of this folder's source, so a rerun with the same inputs reuses it.
 * Streams of a quarter are interleaved batch by batch, as a quarter's activity interleaves in a real log.
 * The per-criterion round count is steered quarter by quarter so the total reaches `targetEvents`.
 */
export async function generateProvince(
  options: ProvinceOptions,
  dir: string,
  progress: (line: string) => void,
  settings: { reuse: boolean; threads: number },
): Promise<ProvinceSummary> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `province-${fingerprint(options)}.ndjson`);
  if (settings.reuse && existsSync(file)) {
    const summary = await readSummary(file);
    if (summary !== null) {
      progress(`reusing ${file} (${summary.events.toLocaleString('en-US')} events, same options and generator)`);
      return { ...summary, file, reused: true };
    }
  }
  const started = performance.now();
  const random = new SeededRandom(options.seed);
  const catalogueId = catalogueIdFor(options.from, DEFAULT_CATALOGUE_SCHEDULE);
  const { units, registrations } = provinceUnits(options.units, random.fork('units'));
  const quarters = quarterRange(options.from, options.to);

  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const summary: Omit<ProvinceSummary, 'file' | 'reused' | 'generationSeconds'> = {
    events: 0,
    appends: 0,
    streams: 0,
    assessmentStreams: 0,
    units: units.length,
    quarters: quarters.map(formatQuarter),
    commands: {},
    eventTypes: {},
    redrawnFigures: 0,
  };
  const record = async (append: ProvinceAppend): Promise<void> => {
    await write(JSON.stringify(append));
    summary.appends += 1;
    summary.events += append.events.length;
    for (const event of append.events) summary.eventTypes[event.type] = (summary.eventTypes[event.type] ?? 0) + 1;
  };
  for (const registration of registrations) {
    await record({
      streamId: registration.streamId,
      expectedRevision: 'no_stream',
      events: registration.events as NewEvent[],
    });
    summary.streams += 1;
  }

  const pool = new GenerationPool(settings.threads);
  try {
    const budget = options.targetEvents * 1.03;
    for (let q = 0; q < quarters.length; q += 1) {
      const inProgress = q === quarters.length - 1;
      const weightLeft = quarters.length - q - 1 + IN_PROGRESS_WEIGHT;
      // Events a finished unit-quarter should hold for the total to land on the budget.
      const perStream = Math.max(0, budget - summary.events) / weightLeft / units.length;
      const period = formatQuarter(quarters[q]);
      const jobs: StreamJob[] = units.map((unit) => ({
        unit,
        quarter: quarters[q],
        quarterIndex: q,
        catalogueId,
        // ~97 criteria per block, two events per round, ~4% of events are not rounds (opened, finalized…).
        meanRounds: Math.max(1, (perStream * 0.96) / (97 * 2)),
        inProgress,
        seed: options.seed,
        label: `${unit.code}:${period}`,
        batchSize: options.batchSize,
      }));
      const results = await pool.run(jobs);
      for (const result of results) {
        for (const [type, n] of Object.entries(result.commands))
          summary.commands[type] = (summary.commands[type] ?? 0) + n;
        summary.redrawnFigures += result.redrawnFigures;
        summary.streams += 1;
        summary.assessmentStreams += 1;
      }
      const before = summary.events;
      for (let round = 0; results.some((result) => round < result.appends.length); round += 1) {
        for (const result of results) {
          const append = result.appends[round];
          if (append !== undefined) await record(append);
        }
      }
      progress(
        `generated ${period}: ${(summary.events - before).toLocaleString('en-US')} events ` +
          `(total ${summary.events.toLocaleString('en-US')}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await pool.close();
  }
  const generationSeconds = (performance.now() - started) / 1000;
  await write(JSON.stringify({ summary: { ...summary, generationSeconds } }));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await rename(temporary, file);
  return { ...summary, file, generationSeconds, reused: false };
}

/** Reads the province file's appends in order, lazily (the file is larger than it is wise to hold). */
export async function* readProvince(file: string): AsyncGenerator<ProvinceAppend> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const parsed = JSON.parse(line) as ProvinceAppend | { summary: unknown };
    if ('summary' in parsed) return;
    yield parsed;
  }
}

async function readSummary(file: string): Promise<Omit<ProvinceSummary, 'file' | 'reused'> | null> {
  // The summary is the last line; the file's tail is enough.
  const { size } = await stat(file);
  const handle = await open(file, 'r');
  try {
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').trimEnd().split('\n');
    const parsed = JSON.parse(lines[lines.length - 1]) as { summary?: Omit<ProvinceSummary, 'file' | 'reused'> };
    return parsed.summary ?? null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Options and the generator's own source: a changed script never reuses a stale file. */
function fingerprint(options: ProvinceOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  // This folder and the scripted assessment it plays (scripts/seed/province, shared with the demo seed).
  for (const dir of [__dirname, join(__dirname, '../../scripts/seed/province')]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
