import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CatalogueNode } from '@dti/catalogue';
import { FoldCache, handleCommand } from '@dti/command-handling';
import {
  assessmentDecider,
  assessmentStreamId,
  formatQuarter,
  quarterFirstDay,
  type AssessmentCommand,
  type AssessmentContext,
  type CommandEnvelope,
  type Quarter,
} from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import type { Pool } from 'pg';
import type { ScriptedUnit } from '../../scripts/seed/province/assessment-script';
import { figuresFor } from '../../scripts/seed/province/criterion-figures';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';
import { REJECTION_REASONS, SIGNERS } from '../../scripts/seed/province/vietnamese-texts';
import { percentiles, round1, type Percentiles } from '../support/percentiles';

export interface LiveLagOptions {
  store: EventStore;
  /** For polling the read model (the bench's own connection, not the projector's). */
  pool: Pool;
  readModelSchema: string;
  units: readonly ScriptedUnit[];
  criteriaOf: (unit: ScriptedUnit) => readonly CatalogueNode[];
  /** The quarter the load works on: the one after the generated range, its streams starting empty. */
  quarter: Quarter;
  catalogueId: string;
  ratePerSec: number;
  seconds: number;
  pollMs: number;
  seed: number;
  progress: (line: string) => void;
  /** The command side's cache of folded streams, as each API process keeps one; default: one per createLiveLanes. */
  foldCache?: FoldCache;
}

export interface LiveLagResult {
  quarter: string;
  targetRatePerSec: number;
  achievedRatePerSec: number;
  commands: number;
  failedCommands: number;
  /** Append acknowledged → the stream's read-model rows (unit_reports, criterion_scores…) reflect it. */
  lagMs: Percentiles & { count: number; max: number; mean: number };
  /** Append acknowledged → the quarter's rankings and statistics also include it (the period job ran). */
  rankingsLagMs: Percentiles & { count: number; max: number; mean: number };
  /** Load, decide and append, as the API's command handler does it (no HTTP). */
  commandMs: Percentiles & { count: number; max: number; mean: number };
  neverVisible: number;
  pollMs: number;
  streamEventsAtEnd: { mean: number; max: number };
}

interface Pending {
  streamId: string;
  position: bigint;
  ackedAt: number;
  rowsAt?: number;
}

type Step = 'submit' | 'approve' | 'reject' | 'correct';

/**
 * A steady load of assessment commands through the real command path (`handleCommand` with a FoldCache, as the
 * API runs it: read the stream's events after the kept state, fold them, decide with the domain's decider,
 * append with the expected revision) while the real projector runs in its own process, and for every command
 * the time from its append being acknowledged to the read model reflecting it. Command k is due at k / rate seconds and goes to unit k mod U; a unit's commands run one
 * after another (a submission is approved only after it exists), so a slow command delays its unit's next
 * one, never the schedule of the others. Visibility is polled every `pollMs` from projection_keys (written
 * in the same transaction as the rows) and period_state (the rankings' build sequence).
 */
export async function measureLiveLag(
  options: LiveLagOptions,
  lanes: LiveLanes = createLiveLanes(options),
): Promise<LiveLagResult> {
  const period = formatQuarter(options.quarter);
  if (
    lanes.length !== options.units.length ||
    lanes.some((lane, i) => lane.streamId !== assessmentStreamId(options.units[i].code, period))
  ) {
    throw new Error(`Live lanes passed in belong to other units or another quarter than ${period}`);
  }
  const pending: Pending[] = [];
  const visible: Pending[] = [];
  const rankingLags: number[] = [];
  const commandMs: number[] = [];
  let failed = 0;
  let firstFailure: unknown;

  let polling = true;
  let drainDeadline = Number.POSITIVE_INFINITY;
  const poller = (async () => {
    const sql = `
      SELECT k.key, k.position::text AS position, k.dirty_periods ->> $2 AS dirty, ps.built_seq::text AS built
        FROM "${options.readModelSchema}".projection_keys k
        LEFT JOIN "${options.readModelSchema}".period_state ps ON ps.period = $2
       WHERE k.key = ANY($1)`;
    const waitingForRankings: Pending[] = [];
    while (polling || pending.length > 0 || waitingForRankings.length > 0) {
      if (pending.length > 0 || waitingForRankings.length > 0) {
        const keys = [...new Set([...pending, ...waitingForRankings].map((p) => p.streamId))];
        const { rows } = await options.pool.query<{
          key: string;
          position: string;
          dirty: string | null;
          built: string | null;
        }>(sql, [keys, period]);
        const now = performance.now();
        const byKey = new Map(rows.map((row) => [row.key, row]));
        for (let i = pending.length - 1; i >= 0; i -= 1) {
          const row = byKey.get(pending[i].streamId);
          if (row !== undefined && BigInt(row.position) >= pending[i].position) {
            const done = pending.splice(i, 1)[0];
            done.rowsAt = now;
            visible.push(done);
            waitingForRankings.push(done);
          }
        }
        for (let i = waitingForRankings.length - 1; i >= 0; i -= 1) {
          const row = byKey.get(waitingForRankings[i].streamId);
          if (row?.dirty != null && row.built != null && BigInt(row.built) >= BigInt(row.dirty)) {
            rankingLags.push(now - waitingForRankings.splice(i, 1)[0].ackedAt);
          }
        }
        if (!polling && performance.now() > drainDeadline) break;
      }
      await sleep(options.pollMs);
    }
  })();

  const total = Math.round(options.ratePerSec * options.seconds);
  const interval = 1000 / options.ratePerSec;
  const started = performance.now();
  const tails = lanes.map(() => Promise.resolve());
  let lastReport = started;
  for (let k = 0; k < total; k += 1) {
    const due = started + k * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const laneIndex = k % lanes.length;
    const lane = lanes[laneIndex];
    tails[laneIndex] = tails[laneIndex].then(async () => {
      const begun = performance.now();
      try {
        const acked = await lane.runNext();
        commandMs.push(acked.at - begun);
        pending.push({ streamId: lane.streamId, position: acked.position, ackedAt: acked.at });
      } catch (error) {
        failed += 1;
        firstFailure ??= error;
      }
    });
    if (performance.now() - lastReport > 5_000) {
      lastReport = performance.now();
      options.progress(
        `live load: ${k} commands issued, ${visible.length} visible, ${pending.length} waiting for the projector`,
      );
    }
  }
  await Promise.all(tails);
  const issueSeconds = (performance.now() - started) / 1000;
  drainDeadline = performance.now() + 60_000;
  polling = false;
  await poller;
  if (failed > 0) options.progress(`live load: ${failed} commands failed; first: ${String(firstFailure)}`);
  const sizes = await options.pool.query<{ mean: string; max: string }>(
    `SELECT avg(revision + 1)::numeric(10,1)::text AS mean, max(revision + 1)::text AS max
       FROM "${schemaOf(options.store)}".streams WHERE stream_id LIKE $1`,
    [`assessment-%-${period.replace('-', '')}`],
  );
  return {
    quarter: period,
    targetRatePerSec: options.ratePerSec,
    achievedRatePerSec: round1(commandMs.length / issueSeconds),
    commands: commandMs.length,
    failedCommands: failed,
    lagMs: percentiles(visible.map((p) => (p.rowsAt as number) - p.ackedAt)),
    rankingsLagMs: percentiles(rankingLags),
    commandMs: percentiles(commandMs),
    neverVisible: pending.length,
    pollMs: options.pollMs,
    streamEventsAtEnd: { mean: Number(sizes.rows[0]?.mean ?? 0), max: Number(sizes.rows[0]?.max ?? 0) },
  };
}

/** The units' work in the live quarter, one lane per unit. Opaque to callers: only passed back in. */
export type LiveLanes = readonly UnitLane[];

/**
 * Fresh lanes for `options.quarter`. A second measurement on the same quarter (the rate sweep) must reuse the
 * first one's lanes: new ones would replay the same seeded command ids (answered as retries, appending nothing)
 * and submit criteria that already hold an official value.
 */
export function createLiveLanes(options: LiveLagOptions): LiveLanes {
  const period = formatQuarter(options.quarter);
  const random = new SeededRandom(options.seed).fork(`live:${period}`);
  // One cache for every lane and every step of a sweep, as one API process keeps it across requests.
  const cache = options.foldCache ?? new FoldCache();
  return options.units.map((unit) => new UnitLane(unit, options, period, random.fork(unit.code), cache));
}

function schemaOf(store: EventStore): string {
  const schema = (store as { schema?: unknown }).schema;
  if (typeof schema !== 'string') throw new Error('The live-lag measurement needs the PostgreSQL event store');
  return schema;
}

/**
 * One unit's work in the live quarter: criteria taken in a random order, each submitted, reviewed (a fifth
 * rejected and submitted again), and once everything is approved, corrected and approved again for as long
 * as the load lasts. The submitter and reviewers are the demo accounts' usernames.
 */
class UnitLane {
  readonly streamId: string;
  private readonly context: AssessmentContext;
  private readonly queue: Array<{ node: CatalogueNode; step: Step }> = [];
  private readonly pendingOf = new Map<string, string>();
  private readonly officialOf = new Map<string, string>();
  private readonly evidenceDate: string;

  constructor(
    private readonly unit: ScriptedUnit,
    private readonly options: LiveLagOptions,
    private readonly period: string,
    private readonly random: SeededRandom,
    private readonly cache: FoldCache,
  ) {
    this.streamId = assessmentStreamId(unit.code, period);
    this.context = {
      unit: unit.code,
      period,
      unitBlock: unit.block,
      unitActive: true,
      catalogueId: options.catalogueId,
    };
    this.evidenceDate = quarterFirstDay(options.quarter);
  }

  /** Runs the unit's next command; returns when its append was acknowledged, and at which position. */
  async runNext(): Promise<{ position: bigint; at: number }> {
    if (this.queue.length === 0) this.plan();
    const { node, step } = this.queue.shift() as { node: CatalogueNode; step: Step };
    let acked: { position: bigint; at: number } | undefined;
    const store: Pick<EventStore, 'readStream' | 'append'> = {
      readStream: (streamId, readOptions) => this.options.store.readStream(streamId, readOptions),
      append: async (streamId, events, expected) => {
        const result = await this.options.store.append(streamId, events, expected);
        acked = { position: result.position, at: performance.now() };
        return result;
      },
    };
    const { command, after } = this.command(node, step);
    await handleCommand(store, this.streamId, assessmentDecider, command, {
      envelope: command.metadata,
      cache: this.cache,
    });
    if (acked === undefined) throw new Error(`${step} of ${node.code} on ${this.streamId} appended nothing`);
    after();
    return acked;
  }

  private plan(): void {
    const criteria = [...this.options.criteriaOf(this.unit)];
    for (let i = criteria.length - 1; i > 0; i -= 1) {
      const j = this.random.int(0, i);
      [criteria[i], criteria[j]] = [criteria[j], criteria[i]];
    }
    for (const node of criteria) {
      if (this.officialOf.has(node.code)) {
        this.queue.push({ node, step: 'correct' }, { node, step: 'approve' });
      } else {
        if (this.random.chance(0.2)) this.queue.push({ node, step: 'submit' }, { node, step: 'reject' });
        this.queue.push({ node, step: 'submit' }, { node, step: 'approve' });
      }
    }
  }

  private command(node: CatalogueNode, step: Step): { command: AssessmentCommand; after: () => void } {
    const metadata = (actor: string, role: CommandEnvelope['role']): CommandEnvelope => ({
      commandId: this.random.uuid(),
      correlationId: this.random.uuid(),
      actor,
      role,
      actorUnit: role === 'submitter' ? this.unit.code : null,
      occurredAt: new Date().toISOString(),
    });
    const base = { assessment: this.context };
    const criterion = node.code;
    switch (step) {
      case 'submit':
      case 'correct': {
        const submissionId = `sub-${this.random.uuid()}`;
        const corrects = step === 'correct' ? (this.officialOf.get(criterion) ?? null) : null;
        return {
          command: {
            ...base,
            type: 'SubmitFigures',
            metadata: metadata(`sub-${this.unit.code.toLowerCase()}`, 'submitter'),
            data: {
              criterionExists: true,
              criterionAppliesToBlock: true,
              submissionId,
              criterion,
              inputs: figuresFor(node, this.random, this.unit.maturity + 0.5),
              evidence: [
                {
                  documentNumber: `${this.random.int(1, 480)}/BC-${this.unit.code}`,
                  documentDate: this.evidenceDate,
                  signer: this.random.pick(SIGNERS),
                  url: `https://${this.unit.code.toLowerCase()}.thuathienhue.gov.vn/van-ban/${this.period}/${criterion}.pdf`,
                },
              ],
              corrects,
              reason: corrects === null ? null : 'Cập nhật số liệu theo kết quả rà soát',
            },
          },
          after: () => this.pendingOf.set(criterion, submissionId),
        };
      }
      case 'approve':
      case 'reject': {
        const submissionId = this.pendingOf.get(criterion);
        if (submissionId === undefined) throw new Error(`Live load bug: nothing pending for ${criterion}`);
        const reviewer = this.random.chance(0.5) ? 'reviewer' : 'reviewer2';
        return {
          command:
            step === 'approve'
              ? { ...base, type: 'ApproveSubmission', metadata: metadata(reviewer, 'reviewer'), data: { submissionId } }
              : {
                  ...base,
                  type: 'RejectSubmission',
                  metadata: metadata(reviewer, 'reviewer'),
                  data: { submissionId, reason: this.random.pick(REJECTION_REASONS) },
                },
          after: () => {
            this.pendingOf.delete(criterion);
            if (step === 'approve') this.officialOf.set(criterion, submissionId);
          },
        };
      }
      default: {
        const unknownStep: never = step;
        throw new Error(`Unknown step ${String(unknownStep)}`);
      }
    }
  }
}
