import { InFlightLedger } from './in-flight-ledger';

describe('InFlightLedger', () => {
  it('holds the checkpoint just before the oldest unsettled event', () => {
    const ledger = new InFlightLedger(10n);
    ledger.push(11n, 'a');
    ledger.push(12n, 'b');
    ledger.push(13n, null);
    ledger.push(14n, 'a');
    expect(ledger.checkpoint()).toBe(10n);

    ledger.settle('b', 12n);
    expect(ledger.checkpoint()).toBe(10n);
    ledger.settle('a', 11n);
    // 11 and 12 are done, 13 needs nothing, 14 (a) is not settled yet.
    expect(ledger.checkpoint()).toBe(13n);
    expect(ledger.unsettledKeys()).toEqual(new Map([['a', 14n]]));

    ledger.settle('a', 20n);
    expect(ledger.checkpoint()).toBe(14n);
    expect(ledger.size).toBe(0);
    expect(ledger.unsettledKeys().size).toBe(0);
  });

  it('never moves a key back and refuses events out of order', () => {
    const ledger = new InFlightLedger(0n);
    ledger.push(1n, 'a');
    ledger.settle('a', 1n);
    ledger.settle('a', 0n);
    expect(ledger.checkpoint()).toBe(1n);
    expect(() => ledger.push(1n, 'a')).toThrow(RangeError);
  });

  it('keeps a key unsettled while only its older events are done', () => {
    const ledger = new InFlightLedger(0n);
    ledger.push(1n, 'a');
    ledger.push(2n, 'b');
    ledger.push(3n, 'a');
    ledger.settle('a', 1n);
    expect(ledger.checkpoint()).toBe(1n);
    expect(ledger.unsettledKeys()).toEqual(
      new Map([
        ['a', 3n],
        ['b', 2n],
      ]),
    );
  });

  it('advances over events that need no projection', () => {
    const ledger = new InFlightLedger(5n);
    ledger.push(8n, null);
    ledger.push(9n, null);
    expect(ledger.checkpoint()).toBe(9n);
  });

  it('stays correct across the compaction of a long run', () => {
    const ledger = new InFlightLedger(0n);
    for (let position = 1n; position <= 5000n; position++) ledger.push(position, position % 2n === 0n ? 'even' : null);
    ledger.settle('even', 3000n);
    expect(ledger.checkpoint()).toBe(3001n);
    ledger.settle('even', 5000n);
    expect(ledger.checkpoint()).toBe(5000n);
    ledger.push(5001n, 'odd');
    expect(ledger.checkpoint()).toBe(5000n);
  });
});
