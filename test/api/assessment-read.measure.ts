/**
 * Where GET /assessments/{unit}/{period}'s time goes (issue #12): the real API and projector on schemas of
 * their own, one unit-quarter of STTTT with every criterion of the department block submitted and some
 * history (`EVENTS`, ~1,070 like the bench's), then the handler's parts timed in process — the SQL as the
 * handler reads it (pg parses the json columns), the same SQL's text alone, the view build, JSON.stringify —
 * and whole requests over HTTP (one at a time, then 4 at a time, in this process; then, with API_TREES, the
 * API of each tree in its own process under autocannon as the bench measures it). A measurement to read, not
 * a test:
 *   npx ts-node --transpile-only -r tsconfig-paths/register test/api/assessment-read.measure.ts
 *   API_TREES=after=$PWD,before=/tmp/before npx ts-node … (before: `git archive <commit>` + node_modules link)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { QueryBus } from '@nestjs/cqrs';
import { isDeepStrictEqual } from 'node:util';
import { findAssessmentViewText, findBoundedAssessmentState, findUnitStates } from '@dti/read-model';
import { assessmentTextFromState } from '../../apps/api/src/assessments/queries/get-assessment.handler';
import { unitsOf } from '../../apps/api/src/units/queries/unit.query-handlers';
import { newAssessmentEvents, RECORDED_STREAM } from '../../libs/read-model/testing/recorded-assessment.test-kit';
import { GetAssessmentQuery } from '../../apps/api/src/assessments/queries/get-assessment.query';
import { measureEndpoint } from '../../bench/measure/http-latency';
import { startApiTestApp, testPasswordOf } from './support';

const EVENTS = Number(process.env.EVENTS ?? 1070);
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 10);
/** KEEP=1: leave the schemas in place (their names are printed) to EXPLAIN the statement by hand. */
const UNIT = 'STTTT';
const PERIOD = '2021-Q1';

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, mean ${mean.toFixed(2)} ms`;
}

async function timed(label: string, rounds: number, run: () => Promise<unknown> | unknown): Promise<void> {
  for (let i = 0; i < 10; i += 1) await run();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / rounds;
  console.log(`${label.padEnd(44)} ${summary(times)}; Node CPU ${cpuMs.toFixed(2)} ms/op`);
}

/**
 * API_TREES=label=/path,label=/path: source trees whose API (apps/api/src/main.ts) is measured over HTTP in
 * turn against the same schemas, e.g. this tree and an export of the commit before (`git archive`), for
 * before/after numbers from one run on one machine.
 */
function apiTrees(): Array<[string, string]> {
  const value = process.env.API_TREES;
  if (value === undefined || value === '') return [];
  return value.split(',').map((entry) => entry.split('=') as [string, string]);
}

async function startApi(root: string, env: Readonly<Record<string, string>>): Promise<ChildProcess & { url: string }> {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(
    process.execPath,
    [
      // API_PROFILE_DIR: the API's own CPU profile under the load (bench/summarize-cpu-profile.ts).
      ...(process.env.API_PROFILE_DIR === undefined
        ? []
        : ['--cpu-prof', `--cpu-prof-dir=${process.env.API_PROFILE_DIR}`]),
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(root, 'apps/api/src/main.ts'),
    ],
    { cwd: root, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent' }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 240) throw new Error(`the API of ${root} did not start`);
    await sleep(500);
  }
  return Object.assign(child, { url });
}

async function main(): Promise<void> {
  const api = await startApiTestApp({ projector: true, seedAccounts: true });
  try {
    const events = newAssessmentEvents(EVENTS);
    for (let i = 0; i < events.length; i += 200) {
      await api.store.append(RECORDED_STREAM, events.slice(i, i + 200), i === 0 ? 'no_stream' : BigInt(i - 1));
    }
    await api.settle();
    // As the bench does (autovacuum may not have run): the planner needs the tables' statistics.
    await api.app.get(DataSource).query(`ANALYZE`);
    const token = await api.login('inspector');
    const db = api.app.get(DataSource).manager;
    const bus = api.app.get(QueryBus);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/assessments/${UNIT}/${PERIOD}`;
    const headers = { authorization: `Bearer ${token}` };
    const first = await fetch(url, { headers });
    const body = await first.text();
    const parsed = JSON.parse(body) as { criteria: unknown[]; revision: string };
    // BODY=file: the answer as sent, to measure what its bytes are.
    if (process.env.BODY !== undefined) writeFileSync(process.env.BODY, body);
    console.log(
      `${EVENTS} events: ${first.status}, ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB, ` +
        `${parsed.criteria.length} criteria, revision ${parsed.revision}, etag ${first.headers.get('etag')}`,
    );
    const bounds = { submissions: 1, history: 3 };
    await timed('SQL: findUnitStates', ROUNDS, () => findUnitStates(db, [UNIT]));
    await timed('SQL: findBoundedAssessmentState (+ parse)', ROUNDS, () =>
      findBoundedAssessmentState(db, UNIT, PERIOD, bounds),
    );
    await timed('handler (QueryBus, no HTTP)', ROUNDS, () =>
      bus.execute(new GetAssessmentQuery(UNIT, PERIOD, { username: 'inspector', role: 'inspector', unit: null })),
    );
    const view = await bus.execute(
      new GetAssessmentQuery(UNIT, PERIOD, { username: 'inspector', role: 'inspector', unit: null }),
    );
    if (process.env.PROFILE !== undefined) {
      // PROFILE=file.cpuprofile: the handler alone, ROUNDS times, under V8's profiler (bench/summarize-cpu-profile.ts).
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      for (let i = 0; i < ROUNDS; i += 1) {
        await bus.execute(
          new GetAssessmentQuery(UNIT, PERIOD, { username: 'inspector', role: 'inspector', unit: null }),
        );
      }
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.env.PROFILE, JSON.stringify(profile));
      session.disconnect();
    }
    const [unitState] = unitsOf(await findUnitStates(db, [UNIT]));
    await timed('SQL: findAssessmentViewText', ROUNDS, () => findAssessmentViewText(db, UNIT, PERIOD, bounds));
    await timed('handler before (bounded state → view → text)', ROUNDS, () =>
      assessmentTextFromState(db, unitState, PERIOD),
    );
    const before = JSON.parse(await assessmentTextFromState(db, unitState, PERIOD)) as unknown;
    console.log(
      `answer text = the view built from the state: ${isDeepStrictEqual(JSON.parse(view.text ?? 'null'), before)}`,
    );
    await timed('JSON.parse(body)', ROUNDS, () => JSON.parse(body));
    await timed('HTTP GET, one at a time', ROUNDS, async () => (await fetch(url, { headers })).text());
    const etag = first.headers.get('etag');
    if (etag !== null) {
      await timed('HTTP GET If-None-Match, one at a time', ROUNDS, async () => {
        const response = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
        return response.text();
      });
    }
    const concurrent: number[] = [];
    for (let r = 0; r < ROUNDS / 4; r += 1) {
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          const start = process.hrtime.bigint();
          await (await fetch(url, { headers })).text();
          concurrent.push(Number(process.hrtime.bigint() - start) / 1e6);
        }),
      );
    }
    console.log(`${'HTTP GET, 4 at a time'.padEnd(44)} ${summary(concurrent)}`);
    for (const [label, root] of apiTrees()) {
      // The API as the bench runs it: its own process (main.ts, request logs off), autocannon with 4 connections.
      const child = await startApi(root, api.env);
      try {
        const login = await fetch(`${child.url}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'inspector', password: testPasswordOf('inspector') }),
        });
        const { accessToken } = (await login.json()) as { accessToken: string };
        const load = {
          name: 'assessment',
          route: 'GET /assessments/{unit}/{period}',
          paths: [`/assessments/${UNIT}/${PERIOD}`],
          authenticated: true,
        };
        await measureEndpoint(child.url, accessToken, load, { connections: 4, seconds: 3 });
        const latency = await measureEndpoint(child.url, accessToken, load, { connections: 4, seconds: SECONDS });
        console.log(
          `${`HTTP 4 connections, ${label}`.padEnd(44)} p50 ${latency.p50} ms, p95 ${latency.p95} ms, ` +
            `p99 ${latency.p99} ms, ${latency.requestsPerSec} req/s, non-2xx ${latency.non2xx}`,
        );
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
    if (process.env.KEEP === '1') {
      // To look at the statement's plan afterwards (drop the schemas by hand).
      console.log(`kept: ${api.env.READ_MODEL_SCHEMA} ${api.env.EVENT_STORE_SCHEMA}`);
      process.exit(0);
    }
  } finally {
    await api.close();
  }
}

void main();
