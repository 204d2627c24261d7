import { JobDispatcher } from './job-dispatcher';

/** A queue that records what was added and answers job states from a table. */
function fakeQueue() {
  const added: Array<{ jobId: string; delay: number }> = [];
  const states = new Map<string, string>();
  let stateQueries = 0;
  return {
    added,
    states,
    get stateQueries() {
      return stateQueries;
    },
    queue: {
      add: async (_name: string, _data: unknown, options: { jobId: string; delay: number }) => {
        added.push({ jobId: options.jobId, delay: options.delay });
        states.set(options.jobId, 'waiting');
        return {} as never;
      },
      getJobState: async (jobId: string) => {
        stateQueries += 1;
        return (states.get(jobId) ?? 'unknown') as never;
      },
    },
  };
}

describe('JobDispatcher', () => {
  const options = { runId: 'run', recheckMs: 60_000, retryDelayMs: 2_000 };

  it('coalesces while a key’s job is pending, and adds the next one as soon as the worker reports it done', async () => {
    const fake = fakeQueue();
    const dispatcher = new JobDispatcher(fake.queue, options);
    await dispatcher.ensure('assessment-A-2021Q1');
    fake.states.set('assessment-A-2021Q1|run|1', 'active');
    await dispatcher.ensure('assessment-A-2021Q1');
    await dispatcher.ensure('assessment-A-2021Q1');
    expect(fake.added.map((job) => job.jobId)).toEqual(['assessment-A-2021Q1|run|1']);
    // No floor: with the completion reported, the next event's job is added at once (not after recheckMs).
    dispatcher.finished('assessment-A-2021Q1|run|1');
    await dispatcher.ensure('assessment-A-2021Q1');
    expect(fake.added).toEqual([
      { jobId: 'assessment-A-2021Q1|run|1', delay: 0 },
      { jobId: 'assessment-A-2021Q1|run|2', delay: 0 },
    ]);
    // A stale report (an older generation) changes nothing.
    dispatcher.finished('assessment-A-2021Q1|run|1');
    await dispatcher.ensure('assessment-A-2021Q1');
    expect(fake.added).toHaveLength(2);
    expect(fake.stateQueries).toBe(0);
  });

  it('asks Redis after recheckMs for a job nobody reported, and waits retryDelayMs after a failure', async () => {
    const fake = fakeQueue();
    const dispatcher = new JobDispatcher(fake.queue, { ...options, recheckMs: 0 });
    await dispatcher.ensure('unit-A');
    fake.states.set('unit-A|run|1', 'failed');
    await dispatcher.ensure('unit-A');
    expect(fake.added[1]).toEqual({ jobId: 'unit-A|run|2', delay: 2_000 });
  });

  it('recomputes a busy quarter at most once per window, never later than one window', async () => {
    const fake = fakeQueue();
    const dispatcher = new JobDispatcher(fake.queue, { ...options, periodWindowMs: 250 });
    await dispatcher.ensure('period-2021-Q1');
    dispatcher.finished('period-2021-Q1|run|1');
    await dispatcher.ensure('period-2021-Q1');
    expect(fake.added[0].delay).toBe(0);
    expect(fake.added[1].delay).toBeGreaterThan(200);
    expect(fake.added[1].delay).toBeLessThanOrEqual(250);
    // A key job is never held back by the window.
    await dispatcher.ensure('assessment-A-2021Q1');
    dispatcher.finished('assessment-A-2021Q1|run|1');
    await dispatcher.ensure('assessment-A-2021Q1');
    expect(fake.added.slice(2).map((job) => job.delay)).toEqual([0, 0]);
  });
});
