import { PassThrough, Readable, Writable } from 'node:stream';
import { ExitCode } from '../cli-context';
import { scoreStream } from './score.command';

function sink(highWaterMark = 16 * 1024) {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  return { stream, text: () => chunks.join('') };
}

const request = (b: number) => JSON.stringify({ catalogue: 'tth-2020', criterion: '7.1.1', inputs: { a: 1000, b } });

describe('scoreStream', () => {
  it('answers every line in order, waiting for a slow reader', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? '{bad' : request(i % 100)));
    const stdout = sink(64);
    const stderr = sink();
    const code = await scoreStream({
      stdin: Readable.from([lines.join('\n')]),
      stdout: stdout.stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(ExitCode.ok);
    const results = stdout
      .text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { error?: { code: string }; points?: number });
    expect(results).toHaveLength(300);
    results.forEach((result, i) => {
      if (i % 7 === 3) expect(result.error?.code).toBe('INVALID_JSON');
      else expect(result.points).toBe(Number(((i % 100) * 0.04).toFixed(2))); // b/1000 ÷ 10% × 4
    });
  });

  it('exits 1 when stdin cannot be read', async () => {
    const stdin = new PassThrough();
    const stdout = sink();
    const stderr = sink();
    const running = scoreStream({ stdin, stdout: stdout.stream, stderr: stderr.stream });
    stdin.write(`${request(50)}\n`);
    setImmediate(() => stdin.destroy(new Error('EIO: i/o error, read')));
    expect(await running).toBe(ExitCode.failure);
    expect(stderr.text()).toContain('Cannot read stdin: EIO: i/o error, read');
  });
});
