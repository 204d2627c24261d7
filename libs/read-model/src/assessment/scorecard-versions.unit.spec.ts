import { getCatalogue, isLeaf, walkCatalogue } from '@dti/catalogue';
import type { RecordedEvent } from '@dti/event-store';
import {
  DEPARTMENT_CRITERIA,
  recordedEventsOfSteps,
  SCORED_CRITERIA,
} from '../../testing/recorded-assessment.test-kit';
import { replayAssessment, type ReplayedScorecard } from '../replay/replay-scorecard';
import type { ScorecardVersionEntity } from './scorecard-version.entity';
import {
  CRITERION_STATIC_FIELDS,
  CRITERION_VERSION_FIELDS,
  NODE_STATIC_FIELDS,
  NODE_VERSION_FIELDS,
  PENDING_VERSION_FIELDS,
  REPORT_ROW_FIELDS,
  REPORT_VERSION_FIELDS,
  reportFromVersions,
  scorecardFromVersions,
} from './scorecard-versions';

// Criteria of the test kit's catalogue and block, with rules of several kinds: the generator's figures
// score on some and are refused (the engine's error) on others.
const catalogue = getCatalogue('tth-2020');
const SCORED = SCORED_CRITERIA.slice(0, 5);
const CRITERIA = [...SCORED, ...DEPARTMENT_CRITERIA.filter((code) => !SCORED_CRITERIA.includes(code)).slice(0, 3)];

/** A generated busy quarter (submissions, approvals, rejections, corrections, finalizations, reopenings) as stored. */
function recorded(steps: number, seed: number): RecordedEvent[] {
  return recordedEventsOfSteps(steps, CRITERIA, seed);
}

/** The versions valid at `position`, as the as-of lookup reads and assembles them. */
function validAt(versions: readonly ScorecardVersionEntity[], position: bigint) {
  const valid = versions.filter(
    (row) => BigInt(row.validFrom) <= position && (row.validTo === null || BigInt(row.validTo) > position),
  );
  // The bound's last event: the newest version of any part made by then.
  const last = valid.reduce<ScorecardVersionEntity | null>(
    (newest, row) => (newest === null || BigInt(row.validFrom) > BigInt(newest.validFrom) ? row : newest),
    null,
  );
  if (last === null) return { report: [], nodes: [], criteria: [] };
  const report = reportFromVersions(catalogue, 'department', valid, {
    streamRevision: last.streamRevision,
    position: last.validFrom,
  });
  return { report: [report], ...scorecardFromVersions(catalogue, 'department', valid) };
}

/** The replay's rows, reduced to what the versions keep (instants as ISO strings, as JSON has them). */
function expected(replayed: ReplayedScorecard) {
  const pick = (row: object, fields: readonly string[]) =>
    JSON.parse(
      JSON.stringify(
        Object.fromEntries(fields.map((field) => [field, (row as Record<string, unknown>)[field] ?? null])),
      ),
    ) as Record<string, unknown>;
  return {
    report: [pick({ ...replayed.report, catalogueId: replayed.catalogueId }, REPORT_VERSION_FIELDS)],
    nodes: replayed.nodes.map((row) => pick(row, [...NODE_STATIC_FIELDS, ...NODE_VERSION_FIELDS])),
    criteria: replayed.criteria.map((row) =>
      pick(row, [...CRITERION_STATIC_FIELDS, ...CRITERION_VERSION_FIELDS, ...PENDING_VERSION_FIELDS]),
    ),
  };
}

describe('scorecard versions (what ?asOf= reads)', () => {
  it.each([
    [300, 7],
    [500, 11],
  ])('equal a replay up to every event of a busy quarter (%i steps, seed %i)', (steps, seed) => {
    const events = recorded(steps, seed);
    const full = replayAssessment(events, { catalogues: getCatalogue, versions: true });
    const versions = full?.versions ?? [];
    expect(events.length).toBeGreaterThan(100);
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThanOrEqual(6);
    for (let k = 1; k <= events.length; k++) {
      const position = events[k - 1].position;
      const replayed = replayAssessment(events.slice(0, k), { catalogues: getCatalogue });
      expect(replayed).not.toBeNull();
      // Between two events' positions, the earlier one's versions hold.
      expect(validAt(versions, position + 1n)).toEqual(validAt(versions, position));
      expect(validAt(versions, position)).toEqual(expected(replayed as ReplayedScorecard));
    }
    expect(validAt(versions, 99n)).toEqual({ report: [], nodes: [], criteria: [] });
    // The stream went through scored, refused and not-applicable values, and reports finalized and reopened.
    const statuses = new Set(versions.filter((row) => row.part === 'criterion').map((row) => row.row.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['error', 'not-applicable', 'not-reported', 'scored']));
    const reports = new Set(versions.filter((row) => row.part === 'report').map((row) => row.row.status));
    expect([...reports].sort()).toEqual(expect.arrayContaining(['finalized', 'open']));
  });

  it('keeps the pending count on the report line when the parts cannot say it (a submission outside the card)', () => {
    const events = recorded(120, 7);
    const outside = [...walkCatalogue(catalogue.root)].find(
      (entry) => isLeaf(entry.node) && !entry.appliesTo.includes('department'),
    )?.node.code as string;
    expect(outside).toBeDefined();
    const template = events.find((event) => event.type === 'CriterionSubmitted') as RecordedEvent;
    const at = 20;
    const stray: RecordedEvent = {
      ...template,
      id: '00000000-0000-4000-8000-999999999999',
      data: { ...template.data, criterion: outside, submissionId: 'stray-outside' },
      revision: events[at - 1].revision,
      position: events[at - 1].position + 1n,
      recordedAt: events[at - 1].recordedAt,
    };
    // Another, replacing it: nothing shown changes, yet its position must be found (a forced report line).
    const again: RecordedEvent = {
      ...stray,
      id: '00000000-0000-4000-8000-999999999998',
      data: { ...stray.data, submissionId: 'stray-outside-2' },
      position: stray.position + 1n,
    };
    // Folded between two events (positions stay in order; revisions need not be unique here).
    const stream = [...events.slice(0, at), stray, again, ...events.slice(at)];
    const versions = replayAssessment(stream, { catalogues: getCatalogue, versions: true })?.versions ?? [];
    for (let k = 0; k < stream.length; k++) {
      const position = stream[k].position;
      const replayed = replayAssessment(stream.slice(0, k + 1), { catalogues: getCatalogue }) as ReplayedScorecard;
      expect(validAt(versions, position)).toEqual(expected(replayed));
    }
    const line = versions.find((row) => row.part === 'report' && row.validFrom === stray.position.toString());
    expect(line?.row.pendingCount).toBeGreaterThan(0);
    const forced = versions.filter((row) => row.validFrom === again.position.toString());
    expect(forced.map((row) => [row.part, row.row])).toEqual([['report', line?.row]]);
  });

  it('keeps a row per change only: a criterion untouched by an event keeps its version', () => {
    const events = recorded(300, 7);
    const versions = replayAssessment(events, { catalogues: getCatalogue, versions: true })?.versions ?? [];
    // The report line only when what it shows changes, yet every event has a version at its position.
    const reports = versions.filter((row) => row.part === 'report');
    // The opening, the finalizations and the reopenings.
    const milestones = events.filter((event) =>
      ['AssessmentOpened', 'ReportFinalized', 'ReportReopened'].includes(event.type),
    );
    expect(reports.map((row) => row.validFrom)).toEqual(milestones.map((event) => event.position.toString()));
    const positions = new Set(versions.map((row) => row.validFrom));
    expect(events.filter((event) => !positions.has(event.position.toString()))).toEqual([]);
    for (const row of versions) {
      expect(row.streamRevision).toBe(
        events.find((event) => event.position.toString() === row.validFrom)?.revision.toString(),
      );
    }
    expect(reports.every((row) => Object.keys(row.row).sort().join() === [...REPORT_ROW_FIELDS].sort().join())).toBe(
      true,
    );
    const criteria = versions.filter((row) => row.part === 'criterion');
    // Every criterion once at the opening, then at most one new version per event.
    expect(criteria.length).toBeLessThan(events.length + 200);
    expect(versions.filter((row) => row.validTo === null).length).toBe(
      new Set(versions.map((row) => `${row.part}/${row.code}`)).size,
    );
  });
});
