/**
 * Top self-time functions of a V8 CPU profile (`node --cpu-prof`), the way a flame graph's "bottom-up"
 * view would list them, plus totals per source file. Used to say where a missed target's time goes.
 *
 *   npx ts-node --transpile-only bench/summarize-cpu-profile.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimeRow {
  function: string;
  location: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Idle and garbage-collection time are listed as V8 names them: "(idle)", "(garbage collector)". */
  functions: SelfTimeRow[];
  files: Array<{ file: string; selfMs: number; percent: number }>;
}

export function summarizeCpuProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  const functions = new Map<string, SelfTimeRow>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const file = shortUrl(frame.url);
    const location = file === '' ? '' : `${file}:${frame.lineNumber + 1}`;
    const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
    const key = `${name}@${location}`;
    const row = functions.get(key) ?? { function: name, location, selfMs: 0, percent: 0 };
    row.selfMs += us / 1000;
    functions.set(key, row);
    files.set(file === '' ? name : file, (files.get(file === '' ? name : file) ?? 0) + us / 1000);
  }
  const percent = (ms: number): number => Math.round((ms / (totalUs / 1000)) * 1000) / 10;
  return {
    totalMs: Math.round(totalUs / 1000),
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((row) => ({ ...row, selfMs: Math.round(row.selfMs), percent: percent(row.selfMs) })),
    files: [...files.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, ms]) => ({ file, selfMs: Math.round(ms), percent: percent(ms) })),
  };
}

function shortUrl(url: string): string {
  const cut = url.replace(/^file:\/\//, '');
  const node = cut.lastIndexOf('node_modules/');
  if (node >= 0) return cut.slice(node);
  const root = cut.indexOf('/work/main/');
  return root >= 0 ? cut.slice(root + '/work/main/'.length) : cut;
}

if (require.main === module) {
  const [path, top] = process.argv.slice(2);
  if (path === undefined) {
    console.error('usage: summarize-cpu-profile <file.cpuprofile> [top]');
    process.exit(2);
  }
  const summary = summarizeCpuProfile(path, top === undefined ? 25 : Number(top));
  console.log(`total sampled: ${summary.totalMs} ms`);
  console.log('self ms  %     function (location)');
  for (const row of summary.functions) {
    console.log(
      `${String(row.selfMs).padStart(7)}  ${row.percent.toFixed(1).padStart(4)}  ${row.function} (${row.location})`,
    );
  }
  console.log('\nby file:');
  for (const row of summary.files)
    console.log(`${String(row.selfMs).padStart(7)}  ${row.percent.toFixed(1).padStart(4)}  ${row.file}`);
}
