/**
 * `npm start`'s last step: runs the compiled API and projector as two processes.
 *
 * Their output passes through untouched (it is already JSON, one line per event). SIGINT/SIGTERM are
 * forwarded so both shut down gracefully; a second signal kills them. If either dies, the other is
 * stopped and this exits with the failure, so a supervisor above (or the person at the terminal)
 * sees it instead of half a system.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationRefusedError, PlatformConfig, loadPlatformConfig } from '@dti/platform';

const ROOT = resolve(__dirname, '..');

const SERVICES = [
  { name: 'api', entry: join(ROOT, 'dist/apps/api/src/main.js'), port: (c: PlatformConfig) => c.PORT },
  {
    name: 'projector',
    entry: join(ROOT, 'dist/apps/projector/src/main.js'),
    port: (c: PlatformConfig) => c.PROJECTOR_PORT,
  },
];

function say(line: string): void {
  process.stderr.write(`start: ${line}\n`);
}

async function waitForHealth(port: number, isStopping: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 240 && !isStopping(); attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return false;
}

async function main(): Promise<void> {
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) {
      say(error.message);
      process.exit(1);
    }
    throw error;
  }
  for (const service of SERVICES) {
    if (!existsSync(service.entry)) {
      say(`${service.entry} is missing: run \`npm run build\` first (npm start does it for you)`);
      process.exit(1);
    }
  }

  const children = new Map<string, ChildProcess>();
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal: NodeJS.Signals): void => {
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };

  for (const service of SERVICES) {
    const child = spawn(process.execPath, ['--enable-source-maps', service.entry], {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    });
    children.set(service.name, child);
    child.on('exit', (code, signal) => {
      children.delete(service.name);
      if (!stopping) {
        say(`${service.name} exited (${signal ?? `code ${code}`}); stopping the others`);
        stopping = true;
        exitCode = code === 0 || code === null ? 1 : code;
        stopAll('SIGTERM');
      }
      if (children.size === 0) process.exit(exitCode);
    });
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        say('second signal: killing');
        stopAll('SIGKILL');
        return;
      }
      stopping = true;
      say(`${signal}: shutting down gracefully (again to force)`);
      stopAll(signal);
    });
  }

  const ready = await Promise.all(SERVICES.map((service) => waitForHealth(service.port(config), () => stopping)));
  if (stopping) return;
  if (ready.every(Boolean)) {
    const api = `http://localhost:${config.PORT}`;
    process.stderr.write(
      [
        '',
        'dti-huế is running:',
        `  API            ${api}`,
        `  OpenAPI docs   ${api}/docs   (JSON: ${api}/docs-json)`,
        `  Readiness      ${api}/health/ready`,
        `  Projector      http://localhost:${config.PROJECTOR_PORT}/health/ready`,
        'Stop with Ctrl+C.',
        '',
      ].join('\n') + '\n',
    );
  } else {
    say('the services did not answer /health within 60 s; see their logs above');
  }
}

void main();
