import { getCatalogue, isLeaf, walkCatalogue, type CatalogueNode } from '@dti/catalogue';
import type { Quarter, UnitBlock } from '@dti/domain';
import type { NewEvent } from '@dti/event-store';
import { scriptAssessment, type ScriptedCommand, type ScriptedUnit } from './assessment-script';
import { SeededRandom } from './seeded-random';

/** One batched append, as stored in the province file (one line each). */
export interface ProvinceAppend {
  streamId: string;
  expectedRevision: 'no_stream' | string;
  events: NewEvent[];
}

/** One unit-quarter to generate: plain data, so it can cross to a worker thread. */
export interface StreamJob {
  unit: ScriptedUnit;
  quarter: Quarter;
  quarterIndex: number;
  catalogueId: string;
  meanRounds: number;
  inProgress: boolean;
  /** The run's seed and this stream's label: the stream's randomness depends on nothing else. */
  seed: number;
  label: string;
  batchSize: number;
}

export interface StreamResult {
  streamId: string;
  appends: ProvinceAppend[];
  commands: Record<string, number>;
  eventCount: number;
  redrawnFigures: number;
}

const criteriaCache = new Map<string, CatalogueNode[]>();

function criteriaFor(catalogueId: string, block: UnitBlock): CatalogueNode[] {
  const key = `${catalogueId}:${block}`;
  let criteria = criteriaCache.get(key);
  if (criteria === undefined) {
    const catalogue = getCatalogue(catalogueId);
    criteria = [...walkCatalogue(catalogue.root)]
      .filter((entry) => isLeaf(entry.node) && entry.appliesTo.includes(block))
      .map((entry) => entry.node);
    criteriaCache.set(key, criteria);
  }
  return criteria;
}

/** Scripts one unit-quarter through the real decider and cuts it into batched appends. */
export function generateStream(job: StreamJob): StreamResult {
  const script = scriptAssessment({
    unit: job.unit,
    quarter: job.quarter,
    quarterIndex: job.quarterIndex,
    catalogue: getCatalogue(job.catalogueId),
    criteria: criteriaFor(job.catalogueId, job.unit.block),
    meanRounds: job.meanRounds,
    inProgress: job.inProgress,
    random: new SeededRandom(job.seed).fork(job.label),
  });
  const commands: Record<string, number> = {};
  for (const command of script.commands) commands[command.type] = (commands[command.type] ?? 0) + 1;
  return {
    streamId: script.streamId,
    appends: toAppends(script.streamId, script.commands, job.batchSize),
    commands,
    eventCount: script.eventCount,
    redrawnFigures: script.redrawnFigures,
  };
}

/** Cuts a stream's commands into appends of at most `batchSize` events, never splitting a command. */
function toAppends(streamId: string, commands: readonly ScriptedCommand[], batchSize: number): ProvinceAppend[] {
  const appends: ProvinceAppend[] = [];
  let revision = -1;
  let current: NewEvent[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    appends.push({ streamId, expectedRevision: revision < 0 ? 'no_stream' : String(revision), events: current });
    revision += current.length;
    current = [];
  };
  for (const command of commands) {
    if (current.length > 0 && current.length + command.events.length > batchSize) flush();
    current.push(...command.events);
  }
  flush();
  return appends;
}
