import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PostgresLeaderLock } from '@dti/platform';
import { TEST_DATABASE_URL } from './support/platform-test-env';

function lockFor(name: string): PostgresLeaderLock {
  return new PostgresLeaderLock({ connectionString: TEST_DATABASE_URL, name, intervalMs: 100 });
}

describe('PostgresLeaderLock', () => {
  const name = `test:leader:${randomBytes(4).toString('hex')}`;

  it('lets exactly one instance lead until it releases', async () => {
    const first = await lockFor(name).tryAcquire();
    expect(first?.held).toBe(true);
    expect(await lockFor(name).tryAcquire()).toBeUndefined();

    await first!.release();
    expect(first!.held).toBe(false);
    await first!.lost;

    const second = await lockFor(name).tryAcquire();
    expect(second?.held).toBe(true);
    await second!.release();
  });

  it('a waiting standby takes over when the leader releases', async () => {
    const leader = await lockFor(name).tryAcquire();
    let standbyLed = false;
    const standby = lockFor(name)
      .acquire()
      .then((leadership) => {
        standbyLed = true;
        return leadership;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standbyLed).toBe(false);

    await leader!.release();
    const taken = await standby;
    expect(taken?.held).toBe(true);
    await taken!.release();
  });

  it('leadership is lost when its session dies, and the lock is free again', async () => {
    const leader = await lockFor(name).tryAcquire();
    const admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        `leader:${name}`,
      ]);
    } finally {
      await admin.end();
    }
    await leader!.lost;
    expect(leader!.held).toBe(false);

    const successor = await lockFor(name).acquire();
    expect(successor?.held).toBe(true);
    await successor!.release();
  });

  it('stops waiting when aborted', async () => {
    const leader = await lockFor(name).tryAcquire();
    const controller = new AbortController();
    const waiting = lockFor(name).acquire(controller.signal);
    setTimeout(() => controller.abort(), 150);
    expect(await waiting).toBeUndefined();
    await leader!.release();
  });
});
