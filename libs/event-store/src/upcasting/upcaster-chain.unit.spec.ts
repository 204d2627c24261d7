import { RecordedEvent, Upcaster } from '../event-store.port';
import { UpcastError, UpcasterChain } from './upcaster-chain';

const metadata = {
  actor: 'u1',
  role: 'submitter',
  occurredAt: '2025-01-01T00:00:00.000Z',
  commandId: 'c1',
  correlationId: 'c1',
};

function recorded(type: string, schemaVersion: number, data: Record<string, unknown>): RecordedEvent {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    type,
    schemaVersion,
    data,
    metadata,
    streamId: 's-1',
    revision: 0n,
    position: 1n,
    recordedAt: new Date(0),
  };
}

const v1to2: Upcaster = { type: 'Scored', fromVersion: 1, upcast: (d) => ({ ...d, points: String(d.points) }) };
const v2to3: Upcaster = {
  type: 'Scored',
  fromVersion: 2,
  upcast: (d) => ({ points: d.points, unit: 'điểm' }),
};

describe('UpcasterChain', () => {
  it('upgrades step by step to the latest reachable version', () => {
    const chain = new UpcasterChain([v2to3, v1to2]);
    const result = chain.upcast(recorded('Scored', 1, { points: 3 }));
    expect(result.schemaVersion).toBe(3);
    expect(result.data).toEqual({ points: '3', unit: 'điểm' });
  });

  it('leaves the original event untouched', () => {
    const original = recorded('Scored', 1, { points: 3 });
    const mutating: Upcaster = {
      type: 'Scored',
      fromVersion: 1,
      upcast: (d) => {
        d.points = 99;
        return d;
      },
    };
    new UpcasterChain([mutating]).upcast(original);
    expect(original.data).toEqual({ points: 3 });
    expect(original.schemaVersion).toBe(1);
  });

  it('returns events without an upcaster as they are', () => {
    const event = recorded('Other', 1, { a: 1 });
    expect(new UpcasterChain([v1to2]).upcast(event)).toBe(event);
    expect(new UpcasterChain([v1to2]).upcast(recorded('Scored', 3, {})).schemaVersion).toBe(3);
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => new UpcasterChain([v1to2, { ...v1to2 }])).toThrow(/Two upcasters registered for Scored v1/);
  });

  it('names the event when an upcaster throws', () => {
    const failing: Upcaster = {
      type: 'Scored',
      fromVersion: 1,
      upcast: () => {
        throw new Error('boom');
      },
    };
    expect(() => new UpcasterChain([failing]).upcast(recorded('Scored', 1, {}))).toThrow(UpcastError);
    expect(() => new UpcasterChain([failing]).upcast(recorded('Scored', 1, {}))).toThrow(
      /00000000-0000-4000-8000-000000000001 \(Scored\) from schema version 1 failed: boom/,
    );
  });
});
