import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { copySources, execForm, readDockerfile, ROOT, stageChain } from './support/dockerfile';
import { deployedNodeCommands } from './support/deploy-files';

/**
 * The Dockerfile's build, without Docker: the files its COPY lines take from the context go into a fresh
 * directory, then every RUN of the build stages runs there, in order, exactly as written. Two RUNs are
 * not run, and the test says so: `npm ci` (the same lockfile is already installed here; node_modules is
 * linked in) and `npm prune` (it would delete the dev dependencies of this working tree). The result must
 * hold every entry point the image, Compose and Kubernetes start, and each must load.
 */
const NOT_RUN = [/^npm ci\b/, /^npm prune\b/];

describe('Dockerfile build (without Docker)', () => {
  const { stages } = readDockerfile();
  const build = stageChain(stages, 'build');
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dti-docker-build-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs on the current Node LTS line and copies the build output into the runtime stage', () => {
    const { args } = readDockerfile();
    expect(args.get('NODE_IMAGE')).toMatch(/^node:26-/);
    const runtime = stages.find((stage) => stage.name === 'runtime');
    expect(runtime?.from).toBe('${NODE_IMAGE}');
    const copies = runtime!.instructions.filter((i) => i.instruction === 'COPY').map((i) => i.args);
    expect(copies).toEqual(expect.arrayContaining([expect.stringMatching(/--from=build .*\/app\/dist \.\/dist$/)]));
  });

  it("builds with the Dockerfile's own commands, and every entry point the deployment files start exists and loads", () => {
    const ignored = new Set(['node_modules', 'dist', 'coverage', 'var', '.git']);
    const runs: string[] = [];
    for (const stage of build) {
      for (const step of stage.instructions) {
        if (step.instruction === 'COPY' && !step.args.includes('--from=')) {
          for (const source of copySources(step)) {
            cpSync(join(ROOT, source), join(work, source), {
              recursive: true,
              filter: (path) =>
                !relative(ROOT, path)
                  .split('/')
                  .some((part) => ignored.has(part)),
            });
          }
        } else if (step.instruction === 'RUN') {
          runs.push(step.args);
        }
      }
    }
    expect(runs.filter((run) => NOT_RUN.some((skip) => skip.test(run)))).toHaveLength(NOT_RUN.length);
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');

    for (const run of runs.filter((command) => !NOT_RUN.some((skip) => skip.test(command)))) {
      const result = spawnSync('/bin/sh', ['-c', run], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      });
      if (result.status !== 0) {
        throw new Error(`RUN ${run} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-8000));
      }
    }

    // The web application's build is part of `npm run build`.
    expect(existsSync(join(work, 'dist/web/index.html'))).toBe(true);

    // tsc-alias rewrote every path alias: nothing in dist still asks for @dti/*.
    const leftovers = jsFiles(join(work, 'dist')).filter((file) => /require\("@dti\//.test(readFileSync(file, 'utf8')));
    expect(leftovers.map((file) => relative(work, file))).toEqual([]);

    // Every `node dist/...` the image, Compose and Kubernetes run is there and loads far enough to
    // validate its configuration: an invalid PORT/DATABASE_URL makes each stop with exit code 1 and a
    // log line naming the setting, without touching any service.
    const entryPoints = new Set(deployedNodeCommands().map((argv) => argv.find((arg) => arg.startsWith('dist/'))!));
    expect([...entryPoints].sort()).toEqual(
      expect.arrayContaining([
        'dist/apps/api/src/main.js',
        'dist/apps/projector/src/main.js',
        'dist/scripts/migrate.js',
        'dist/scripts/seed.js',
      ]),
    );
    for (const entry of entryPoints) {
      expect(existsSync(join(work, entry))).toBe(true);
      const started = spawnSync(process.execPath, [entry], {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PORT: 'not-a-port',
          DATABASE_URL: 'mysql://nowhere/x',
          JWT_SECRET: 'x'.repeat(40),
          LOG_LEVEL: 'info',
        },
      });
      expect({ entry, status: started.status, cannotFind: /Cannot find module/.test(started.stderr) }).toEqual({
        entry,
        status: 1,
        cannotFind: false,
      });
      expect(`${started.stdout}${started.stderr}`).toMatch(/DATABASE_URL|PORT/);
    }

    // The image's default command is the API.
    const runtime = stages.find((stage) => stage.name === 'runtime')!;
    const cmd = runtime.instructions.filter((i) => i.instruction === 'CMD').at(-1)!;
    expect(execForm(cmd.args)).toEqual(['node', '--enable-source-maps', 'dist/apps/api/src/main.js']);
    execFileSync(process.execPath, ['--check', join(work, 'dist/apps/api/src/main.js')]);
  }, 900_000);
});

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'web') return [];
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}
