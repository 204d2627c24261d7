import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(__dirname, '../..');

export interface ChildApp {
  name: string;
  url: string;
  pid: number;
  /** SIGTERM, then the app's graceful shutdown (a CPU profile, when asked for, is written on exit). */
  stop(): Promise<void>;
}

export interface ChildAppOptions {
  name: 'api' | 'projector';
  env: Record<string, string>;
  /** Directory for `node --cpu-prof` output; no profiling when absent. */
  cpuProfileDir?: string;
  log: (line: string) => void;
  /** The checkout whose app runs (default: this one): an A/B measure runs an older commit's tree beside it. */
  root?: string;
}

/**
 * Runs one of the real apps (apps/<name>/src/main.ts) in its own process, as `npm start` does, on a free
 * port, against the bench's schemas and BullMQ prefix, and waits until /health answers. Its own process,
 * so the load the bench generates does not share an event loop (or a core) with what it measures.
 */
export async function startChildApp(options: ChildAppOptions): Promise<ChildApp> {
  const port = await freePort();
  const root = options.root ?? ROOT;
  const portKey = options.name === 'api' ? 'PORT' : 'PROJECTOR_PORT';
  const args = [
    ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    'tsconfig-paths/register',
    join(root, 'apps', options.name, 'src', 'main.ts'),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...options.env, [portKey]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} did not answer /health within 120 s:\n${output}`);
    }
    await sleep(250);
  }
  options.log(`${options.name} up at ${url} (pid ${child.pid})`);
  return {
    name: options.name,
    url,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        sleep(30_000, undefined, { ref: false }).then(() => 'timeout' as const),
      ]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
