import { EventIdConflictError, WrongExpectedVersionError } from '../event-store.port';
import { AppendState, decideAppend, StoredEventRef } from './append-decision';

const fresh: AppendState = { currentRevision: null, stored: [] };
const atRevision = (revision: bigint): AppendState => ({ currentRevision: revision, stored: [] });
const ref = (id: string, revision: bigint, streamId = 's-1'): StoredEventRef => ({
  id,
  streamId,
  revision,
  position: 100n + revision,
});

describe('decideAppend', () => {
  describe('expected revision', () => {
    it.each([
      ['any', 'a missing stream', fresh, 0n],
      ['any', 'stream at 4', atRevision(4n), 5n],
      ['no_stream', 'a missing stream', fresh, 0n],
      ['stream_exists', 'stream at 0', atRevision(0n), 1n],
      [4n, 'stream at 4', atRevision(4n), 5n],
    ] as const)('%s on %s appends', (expected, _label, state, firstRevision) => {
      expect(decideAppend('s-1', ['a'], expected, state)).toEqual({ kind: 'append', firstRevision });
    });

    it.each([
      ['no_stream', 'stream at 2', atRevision(2n), 2n],
      ['stream_exists', 'a missing stream', fresh, 'no_stream'],
      [3n, 'stream at 2', atRevision(2n), 2n],
      [0n, 'a missing stream', fresh, 'no_stream'],
    ] as const)('%s on %s fails with the actual revision', (expected, _label, state, actual) => {
      const attempt = () => decideAppend('s-1', ['a'], expected, state);
      expect(attempt).toThrow(WrongExpectedVersionError);
      try {
        attempt();
      } catch (error) {
        expect(error).toMatchObject({ streamId: 's-1', expected, actual, code: 'WRONG_EXPECTED_VERSION' });
      }
    });
  });

  describe('idempotency by event id', () => {
    it('returns the stored result for the same ids in the same stream, even with a stale expectation', () => {
      const state: AppendState = { currentRevision: 9n, stored: [ref('a', 3n), ref('b', 4n)] };
      expect(decideAppend('s-1', ['a', 'b'], 2n, state)).toEqual({
        kind: 'already-stored',
        result: { nextExpectedRevision: 4n, position: 104n },
      });
      expect(decideAppend('s-1', ['a', 'b'], 'no_stream', state).kind).toBe('already-stored');
    });

    it('refuses a partial overlap', () => {
      const state: AppendState = { currentRevision: 0n, stored: [ref('a', 0n)] };
      expect(() => decideAppend('s-1', ['a', 'b'], 'no_stream', state)).toThrow(EventIdConflictError);
      expect(() => decideAppend('s-1', ['a', 'b'], 'no_stream', state)).toThrow(/1 of the 2 ids/);
    });

    it('refuses ids stored in another stream', () => {
      const state: AppendState = { currentRevision: null, stored: [ref('a', 0n, 's-2')] };
      expect(() => decideAppend('s-1', ['a'], 'any', state)).toThrow(/stored in stream s-2/);
    });

    it('refuses the same ids in another order or from separate appends', () => {
      const swapped: AppendState = { currentRevision: 1n, stored: [ref('a', 0n), ref('b', 1n)] };
      expect(() => decideAppend('s-1', ['b', 'a'], 'any', swapped)).toThrow(EventIdConflictError);
      const apart: AppendState = { currentRevision: 5n, stored: [ref('a', 0n), ref('b', 5n)] };
      expect(() => decideAppend('s-1', ['a', 'b'], 'any', apart)).toThrow(EventIdConflictError);
    });
  });
});
