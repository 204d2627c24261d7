import { parseBenchArgs, parseLagRates } from '../../bench/run-bench';

const quiet = (): void => undefined;

describe('parseBenchArgs: the lag sweep', () => {
  it('sweeps 25, 50, 100 and 150 commands/s for 15 s each on a full run', () => {
    const options = parseBenchArgs([], quiet);
    expect(options.mode).toBe('full');
    expect(options.lagRates).toEqual([25, 50, 100, 150]);
    expect(options.lagSweepSeconds).toBe(15);
  });

  it('does not sweep a quick run unless asked', () => {
    expect(parseBenchArgs(['--quick'], quiet).lagRates).toEqual([]);
    const asked = parseBenchArgs(['--quick', '--lag-rates', '10, 20.5', '--lag-sweep-seconds', '3'], quiet);
    expect(asked.lagRates).toEqual([10, 20.5]);
    expect(asked.lagSweepSeconds).toBe(3);
  });

  it('keeps the rates in the order given, on any mode', () => {
    expect(parseBenchArgs(['--scale', 'national', '--lag-rates', '100,25'], quiet).lagRates).toEqual([100, 25]);
    expect(parseBenchArgs(['--scale', 'national'], quiet).lagRates).toEqual([]);
  });

  it.each([['0'], ['-5'], ['abc'], ['10,,20'], [''], ['10,Infinity'], ['1,2,3,4,5,6,7,8,9,10,11']])(
    'refuses --lag-rates %p with a message saying what is expected',
    (list) => {
      expect(() => parseBenchArgs(['--lag-rates', list], quiet)).toThrow(
        /--lag-rates must be a comma-separated list of 1 to 10 positive commands\/s/,
      );
    },
  );

  it('accepts ten rates', () => {
    expect(parseLagRates('1,2,3,4,5,6,7,8,9,10')).toHaveLength(10);
  });

  it('refuses a sweep step length that is not a positive number', () => {
    expect(() => parseBenchArgs(['--lag-sweep-seconds', '0'], quiet)).toThrow(
      '--lag-sweep-seconds must be a positive number',
    );
  });
});
