import { actorFromEnvelope, toNewEvents, type Actor, type UnitEvent } from '@dti/domain';
import { buildCommandEnvelope, requestTarget } from './command-envelope.factory';
import { commandIdOf, InvalidIdempotencyKeyError, readIdempotencyKey } from './idempotency-key';

const lan: Actor = { username: 'lan.stttt', role: 'submitter', unit: 'STTTT' };
const target = requestTarget('post', '/assessments/STTTT/2021-Q1/submissions?dryRun=1');

describe('command envelope of a request', () => {
  it('carries the actor, the correlation id and the time, and passes the domain’s checks', () => {
    const envelope = buildCommandEnvelope({
      actor: lan,
      target,
      correlationId: 'req-42',
      now: new Date('2021-04-05T02:00:00Z'),
    });
    expect(envelope).toMatchObject({
      correlationId: 'req-42',
      actor: 'lan.stttt',
      role: 'submitter',
      actorUnit: 'STTTT',
      occurredAt: '2021-04-05T02:00:00.000Z',
    });
    expect(envelope.causationId).toBeUndefined();
    expect(actorFromEnvelope(envelope)).toEqual(lan);
  });

  it('derives the same command id, hence the same event ids, from the same Idempotency-Key', () => {
    const first = buildCommandEnvelope({ actor: lan, target, idempotencyKey: 'k-1', correlationId: 'a' });
    const retry = buildCommandEnvelope({ actor: lan, target, idempotencyKey: 'k-1', correlationId: 'b' });
    expect(retry.commandId).toBe(first.commandId);
    const event: UnitEvent = {
      type: 'UnitDissolved',
      data: { code: 'HUE', effectiveOn: '2025-07-01', legalBasis: 'x', retroactive: null },
    };
    expect(toNewEvents('unit-HUE', [event], retry)[0].id).toBe(toNewEvents('unit-HUE', [event], first)[0].id);
  });

  it('keeps keys of different accounts, endpoints and resources apart, and makes keyless commands unique', () => {
    const id = commandIdOf({ actor: 'lan.stttt', target, idempotencyKey: 'k-1' });
    expect(commandIdOf({ actor: 'hai.stttt', target, idempotencyKey: 'k-1' })).not.toBe(id);
    expect(
      commandIdOf({ actor: 'lan.stttt', target: 'POST /assessments/SNV/2021-Q1/submissions', idempotencyKey: 'k-1' }),
    ).not.toBe(id);
    expect(commandIdOf({ actor: 'lan.stttt', target })).not.toBe(commandIdOf({ actor: 'lan.stttt', target }));
    expect(target).toBe('POST /assessments/STTTT/2021-Q1/submissions');
  });

  it('refuses a malformed Idempotency-Key, naming the header', () => {
    expect(readIdempotencyKey(undefined)).toBeUndefined();
    expect(readIdempotencyKey('2b0c7a4e-retry-1')).toBe('2b0c7a4e-retry-1');
    expect(() => readIdempotencyKey('has space')).toThrow(InvalidIdempotencyKeyError);
    expect(() => readIdempotencyKey('')).toThrow(/Idempotency-Key/);
    expect(() => readIdempotencyKey('x'.repeat(201))).toThrow(InvalidIdempotencyKeyError);
    expect(() => readIdempotencyKey(['a', 'b'])).toThrow(InvalidIdempotencyKeyError);
  });
});
