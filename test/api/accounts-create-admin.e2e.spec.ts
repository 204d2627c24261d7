import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startApiTestApp, type ApiTestApp } from './support';

const repoRoot = join(__dirname, '..', '..');

function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // process.env holds the test app's settings (its event-store schema): the CLI writes where the API reads.
    const child = spawn('npm', ['run', '-s', 'cli', '--', ...args], { cwd: repoRoot, stdio: 'pipe', env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The operators' path to the first administrator (production creates no demo accounts). */
describe('dti accounts create-admin (the real CLI against the API’s event store)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ seedAccounts: false, projector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('creates an administrator with a password from stdin, who can then log in and administer', async () => {
    const created = await cli(
      ['accounts', 'create-admin', '--username', 'Quan.Tri', '--password-stdin'],
      'operator-chosen-password\n',
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('quan.tri');
    expect(created.stdout).not.toContain('operator-chosen-password');
    const admin = api.client(await api.login('quan.tri', { password: 'operator-chosen-password' }));
    const accounts = await admin.get('/accounts').expect(200);
    expect(accounts.body).toEqual([expect.objectContaining({ username: 'quan.tri', role: 'admin' })]);
  });

  it('generates and prints a password when none is given', async () => {
    const created = await cli(['accounts', 'create-admin', '--username', 'second.admin']);
    expect(created.code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    await api.login('second.admin', { password });
  });

  it('refuses an existing username and a weak password, saying why', async () => {
    const again = await cli(
      ['accounts', 'create-admin', '--username', 'quan.tri', '--password-stdin'],
      'another-long-password\n',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ACCOUNT_ALREADY_EXISTS');
    const weak = await cli(['accounts', 'create-admin', '--username', 'weak.admin', '--password-stdin'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('WEAK_PASSWORD');
  });
});
