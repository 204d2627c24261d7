import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import {
  catalogueIdForAssessment,
  initialAssessmentState,
  UnitNotFoundError,
  type AssessmentState,
  type OpenedAssessment,
} from '@dti/domain';
import { createHash } from 'node:crypto';
import type { Catalogue } from '@dti/catalogue';
import {
  findAssessmentVersion,
  findAssessmentViewText,
  findBoundedAssessmentState,
  findUnitStates,
  type AssessmentViewText,
} from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { RegisteredUnit } from '@dti/domain';
import { OwnWrites } from '../../command-handling/own-writes';
import { unitsOf } from '../../units/queries/unit.query-handlers';
import { assessmentView, assessmentViewText, RECENT_HISTORY, RECENT_SUBMISSIONS } from './assessment-view';
import { readableAssessment } from './assessment-reader';
import { AssessmentViewJson, GetAssessmentQuery } from './get-assessment.query';

const BOUNDS = { submissions: RECENT_SUBMISSIONS, history: RECENT_HISTORY };

/**
 * From the read model: the unit's row of the register and the unit-quarter's folded state with the
 * stream revision it reflects (a client sends that revision back, so a stale read still ends in a proper
 * conflict). The reader's own recent commands are waited for (OwnWrites), so a submitter sees their
 * submission at once. No stream is read on this path, and nothing is scored on it: the criteria and
 * totals are the projector's scorecard rows for the state. Per criterion only the latest submissions and
 * history entries are read (issue #12: the answer's cost must not grow with the quarter's history); older
 * entries are GET …/criteria/{criterion}/history's.
 *
 * The answer is JSON text (issue #12's profile: parsing the rows, building the view and serialising it
 * again was most of the request): each criterion's members from its record are the text the writers
 * stored (`findAssessmentViewText`), and only the card's part is built here (`assessmentViewText`). A state
 * the stored parts cannot serve (a row from before they were kept, another catalogue or block) is read and
 * built as an object (`assessmentView`) — the same answer.
 */
@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery, AssessmentViewJson> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute(query: GetAssessmentQuery): Promise<AssessmentViewJson> {
    const { unit, period } = await readableAssessment(this.ownWrites, query);
    const db = this.dataSource.manager;
    // Read before the answer: a write in between makes the answer newer than its tag, never older (the
    // next revalidation then misses and reads again).
    const version = await findAssessmentVersion(db, unit, period);
    const etag = version === null ? null : etagOf(version, period);
    if (etag !== null && matches(query.ifNoneMatch, etag)) return new AssessmentViewJson(null, etag);
    const [[unitState], text] = await Promise.all([
      findUnitStates(db, [unit]).then(unitsOf),
      findAssessmentViewText(db, unit, period, BOUNDS),
    ]);
    if (unitState === undefined) throw UnitNotFoundError.because(unit);
    const fast = text === null ? null : fromText(unitState, period, text);
    return new AssessmentViewJson(fast ?? (await assessmentTextFromState(db, unitState, period)), etag);
  }
}

/**
 * Bumped when the answer's shape or the way it is put together changes, so a copy of an older shape is
 * never declared current by the same row versions.
 */
const ANSWER_SHAPE = 'a4';

/**
 * A strong ETag of what the answer is made from: the unit's and the state's row versions, and the
 * catalogue's text (titles come from the code's catalogue, not the rows). Same rows, same tag, in every API
 * process, so a reader revalidates (If-None-Match) instead of reading ~200 KB again.
 */
function etagOf(version: AssessmentVersionRow, period: string): string {
  const catalogue = getCatalogue(
    version.catalogueId ?? catalogueIdForAssessment(initialAssessmentState as AssessmentState, period),
  );
  return `"${ANSWER_SHAPE}.${catalogueFingerprint(catalogue)}.${version.unit}.${version.state ?? '-'}"`;
}

type AssessmentVersionRow = NonNullable<Awaited<ReturnType<typeof findAssessmentVersion>>>;

const fingerprints = new WeakMap<Catalogue, string>();

function catalogueFingerprint(catalogue: Catalogue): string {
  let fingerprint = fingerprints.get(catalogue);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha1').update(JSON.stringify(catalogue)).digest('base64url').slice(0, 12);
    fingerprints.set(catalogue, fingerprint);
  }
  return fingerprint;
}

/** If-None-Match names the tag (a list, weak or strong: `W/` compares weakly, as for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** The answer from the stored texts; null when they cannot serve it. */
function fromText(unit: RegisteredUnit, period: string, text: AssessmentViewText): string | null {
  const state = text.state;
  const own = state.submissions as Record<string, unknown> | undefined;
  // A state row written before its parts were kept holds them itself.
  if (own !== undefined && Object.keys(own).length > 0) return null;
  const ownCriteria = state.criteria as Record<string, unknown> | undefined;
  if (text.records.length === 0 && ownCriteria !== undefined && Object.keys(ownCriteria).length > 0) return null;
  const opened = state as unknown as OpenedAssessment;
  if (state.status === undefined || state.status === 'not_opened') return null;
  const catalogue = getCatalogue(catalogueIdForAssessment(opened, period));
  if (text.catalogueId !== catalogue.id) return null;
  return assessmentViewText({
    unit,
    period,
    catalogue,
    opened,
    revision: BigInt(text.revision),
    projected: text,
    records: text.records,
  });
}

/** The answer built from the (bounded) folded state, as an object, then its text (also the specs' reference). */
export async function assessmentTextFromState(
  db: EntityManager,
  unit: RegisteredUnit,
  period: string,
): Promise<string> {
  const projected = await findBoundedAssessmentState(db, unit.code, period, BOUNDS);
  const state = (projected?.state ?? initialAssessmentState) as unknown as AssessmentState;
  const revision = projected === null ? null : BigInt(projected.revision);
  const catalogue = getCatalogue(catalogueIdForAssessment(state, period));
  // The criteria and totals as the projector scored them (same snapshot as the state).
  const scorecard = projected?.catalogueId === catalogue.id ? projected : undefined;
  return JSON.stringify(
    assessmentView({
      unit,
      period,
      catalogue,
      state,
      revision,
      projected: scorecard,
      totals: projected?.totals,
    }),
  );
}
