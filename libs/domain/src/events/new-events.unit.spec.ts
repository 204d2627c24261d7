import { eventIdFor, commandIdFor, uuidV5 } from '../shared/deterministic-id';
import type { CommandEnvelope } from '../shared/command-envelope';
import { CURRENT_EVENT_VERSIONS, toDomainEvent } from './event-registry';
import { toNewEvents } from './new-events';
import { UnsupportedEventError } from '../domain-errors';
import { ASSESSMENT_EVENT_VERSIONS, type AssessmentEvent } from '../assessment/assessment.events';

const envelope: CommandEnvelope = {
  commandId: '6f1c2b1e-0d2a-4c55-9d1e-2a7d3c9b8e01',
  correlationId: 'req-42',
  actor: 'lan.stttt',
  role: 'submitter',
  actorUnit: 'STTTT',
  occurredAt: '2021-04-05T09:00:00+07:00',
};

const opened: AssessmentEvent = {
  type: 'AssessmentOpened',
  data: { unit: 'STTTT', unitBlock: 'department', period: '2021-Q1', catalogueId: 'tth-2020' },
};

describe('deterministic ids', () => {
  it('implements UUID version 5 (RFC 9562 test vector)', () => {
    // uuid v5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives the same event id from the same stream, command and index, and a different one otherwise', () => {
    const id = eventIdFor('assessment-STTTT-2021Q1', 'c1', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eventIdFor('assessment-STTTT-2021Q1', 'c1', 0)).toBe(id);
    expect(eventIdFor('assessment-STTTT-2021Q1', 'c1', 1)).not.toBe(id);
    expect(eventIdFor('assessment-STTTT-2021Q1', 'c2', 0)).not.toBe(id);
    expect(eventIdFor('assessment-STTTT-2021Q2', 'c1', 0)).not.toBe(id);
    expect(commandIdFor('seed:x')).toBe(commandIdFor('seed:x'));
    expect(() => eventIdFor('s', 'c', -1)).toThrow(RangeError);
  });
});

describe('toNewEvents', () => {
  it('wraps decided events with ids, schema versions and the command’s metadata', () => {
    const submitted: AssessmentEvent = {
      type: 'CriterionSubmitted',
      data: {
        unit: 'STTTT',
        period: '2021-Q1',
        catalogueId: 'tth-2020',
        criterion: '1.2.1',
        submissionId: 's1',
        inputs: { a: '1' },
        evidence: [],
        submittedBy: 'lan.stttt',
        submittedAt: envelope.occurredAt,
        supersedes: null,
      },
    };
    const events = toNewEvents('assessment-STTTT-2021Q1', [opened, submitted], envelope);
    expect(events).toEqual([
      {
        id: eventIdFor('assessment-STTTT-2021Q1', envelope.commandId, 0),
        type: 'AssessmentOpened',
        schemaVersion: 1,
        data: opened.data,
        metadata: {
          actor: 'lan.stttt',
          role: 'submitter',
          occurredAt: '2021-04-05T09:00:00+07:00',
          commandId: envelope.commandId,
          correlationId: 'req-42',
          causationId: envelope.commandId,
        },
      },
      expect.objectContaining({
        id: eventIdFor('assessment-STTTT-2021Q1', envelope.commandId, 1),
        type: 'CriterionSubmitted',
        schemaVersion: 2,
      }),
    ]);
    // A retried command: the very same events, ids included.
    expect(toNewEvents('assessment-STTTT-2021Q1', [opened, submitted], envelope)).toEqual(events);
  });

  it('keeps the command’s own cause when it has one', () => {
    const [event] = toNewEvents('s', [opened], { ...envelope, causationId: 'evt-7' });
    expect(event.metadata.causationId).toBe('evt-7');
  });

  it('knows the current version of every event type', () => {
    expect(CURRENT_EVENT_VERSIONS).toMatchObject({
      CriterionSubmitted: 2,
      UnitRegistered: 2,
      AccountCreated: 1,
      ReportFinalized: 1,
    });
  });
});

describe('reading stored events', () => {
  it('refuses a type outside the stream’s family and a version no upcaster brought up to date', () => {
    expect(() =>
      toDomainEvent({ type: 'UnitRegistered', schemaVersion: 1, data: {} }, ASSESSMENT_EVENT_VERSIONS),
    ).toThrow(UnsupportedEventError);
    expect(() =>
      toDomainEvent({ type: 'CriterionSubmitted', schemaVersion: 1, data: {} }, ASSESSMENT_EVENT_VERSIONS),
    ).toThrow(/upcaster/);
  });
});
