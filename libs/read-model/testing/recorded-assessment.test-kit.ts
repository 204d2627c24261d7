/**
 * A generated busy unit-quarter of tth-2020 (submissions, approvals, rejections, corrections,
 * finalizations, reopenings) as the store records it, for the replayer's specs and the live job's
 * measurement, and the registration of the units such streams belong to. Test-only.
 */
import { getCatalogue } from '@dti/catalogue';
import { CURRENT_EVENT_VERSIONS, type DomainEventType, type UnitBlock } from '@dti/domain';
import type { NewEvent, RecordedEvent } from '@dti/event-store';
import { scoreCard, scoreCriterion } from '@dti/scoring';
import { busyQuarterSteps, generateStream } from '../../domain/testing/assessment-stream.generator';
import { register, runUnit } from '../../domain/testing/unit.test-kit';
import { scorecardLines } from '../src/assessment/scorecard-lines';

export const RECORDED_STREAM = 'assessment-STTTT-2021Q1';

const catalogue = getCatalogue('tth-2020');
const codes = scorecardLines(catalogue, scoreCard(catalogue, new Map(), { block: 'department' }))
  .filter((line) => line.isCriterion)
  .map((line) => line.node.code);
const scores = (code: string): boolean => {
  try {
    scoreCriterion(catalogue, code, { a: 5, b: 8 });
    return true;
  } catch {
    return false;
  }
};
const SCORED = codes.filter(scores);

/** The department block's criteria of tth-2020, in card order, and those the generator's counts score on. */
export const DEPARTMENT_CRITERIA: readonly string[] = codes;
export const SCORED_CRITERIA: readonly string[] = SCORED;

/**
 * `count` events over `criteria` criteria of the department block: those that score the generator's two
 * counts first (scored), then others (the engine refuses the figures: an 'error' leaf).
 */
export function newAssessmentEvents(count: number, criteria = codes.length, seed = 7): NewEvent[] {
  const chosen = [...SCORED, ...codes.filter((code) => !SCORED.includes(code))].slice(0, criteria);
  let steps = Math.round(count * 1.6);
  for (;;) {
    const events = newEventsOfSteps(steps, chosen, seed);
    if (events.length >= count) return events.slice(0, count);
    steps = Math.round(steps * 1.3);
  }
}

/**
 * The kit's events as unit `code`'s stream: its own unit in every event naming one, and event ids of its
 * own (`idGroup`, four hex digits, the ids' fourth group), so several units' streams share one store.
 */
export function assessmentEventsFor(
  code: string,
  idGroup: string,
  ...generated: Parameters<typeof newAssessmentEvents>
): NewEvent[] {
  return newAssessmentEvents(...generated).map((event, i) => {
    const data = { ...(event.data as Record<string, unknown>) };
    if (data.unit !== undefined) data.unit = code;
    return { ...event, id: `00000000-0000-4000-${idGroup}-${String(i).padStart(12, '0')}`, data };
  });
}

/**
 * Unit `code`'s registration (the real unit decider's events) as the store records them, with ids made
 * from `seq` and command ids from `key`: what the measures and specs append before a unit's reports.
 */
export function unitRegistrationEvents(
  code: string,
  name: string,
  block: UnitBlock,
  seq: number,
  key: string | number,
): NewEvent[] {
  const { events } = runUnit([register(code, name, block)]);
  return events.map((event, n) => ({
    id: `00000000-0000-4000-9000-${String(seq * 10 + n).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: CURRENT_EVENT_VERSIONS[event.type as DomainEventType],
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: 'quan.tri',
      role: 'admin',
      occurredAt: '2021-01-01T00:00:00Z',
      commandId: `u-${key}-${n}`,
      correlationId: `u-${key}-${n}`,
    },
  }));
}

/** The events of `steps` generator steps over exactly the `criteria` given, as a command would append them. */
export function newEventsOfSteps(steps: number, criteria: readonly string[], seed: number): NewEvent[] {
  const { events } = generateStream(busyQuarterSteps(steps, criteria.length, seed), () => true, [...criteria]);
  return events.map((event, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: CURRENT_EVENT_VERSIONS[event.type as DomainEventType],
    data: numeric(event.data as unknown as Record<string, unknown>),
    metadata: {
      actor: 'someone',
      role: 'reviewer',
      occurredAt: new Date(Date.UTC(2021, 3, 5, 0, i)).toISOString(),
      commandId: `c-${i}`,
      correlationId: `c-${i}`,
    },
  }));
}

/** The same events as read back from a store: revisions from 0, global positions spread out. */
export function recordedAssessmentEvents(count: number, criteria?: number, seed?: number): RecordedEvent[] {
  return asRecorded(newAssessmentEvents(count, criteria, seed));
}

/** `newEventsOfSteps` as read back from a store. */
export function recordedEventsOfSteps(steps: number, criteria: readonly string[], seed: number): RecordedEvent[] {
  return asRecorded(newEventsOfSteps(steps, criteria, seed));
}

function asRecorded(events: readonly NewEvent[]): RecordedEvent[] {
  return events.map((event, i) => ({
    ...event,
    streamId: RECORDED_STREAM,
    revision: BigInt(i),
    position: 100n + BigInt(i) * 3n,
    recordedAt: new Date(Date.UTC(2021, 3, 5, 0, i, 30)),
  }));
}

/** The generator's figures are text; as numbers, the criteria chosen to score take them. */
function numeric(data: Record<string, unknown>): Record<string, unknown> {
  const inputs = data.inputs as Record<string, string> | null | undefined;
  if (inputs === undefined || inputs === null || !SCORED.includes(String(data.criterion))) return data;
  return { ...data, inputs: { a: Number(inputs.a) % 7, b: 7 } };
}
