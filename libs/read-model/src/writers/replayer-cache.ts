import { LRUCache } from 'lru-cache';
import type { AssessmentReplayer } from '../replay/replay-scorecard';

export interface ReplayerCacheOptions {
  /** Streams kept at most; default 5,000. */
  maxStreams?: number;
  /**
   * The summed weight of the replayers kept at most (a replayer weighs the events it folded plus the rows
   * it holds: its memory grows with both); default 300,000. Measured: 0.65–1 KB of heap per unit of
   * weight (streams of 1,000 and 200 events), so at most about 300 MB.
   */
  maxWeight?: number;
}

/**
 * The projector's live folds, one per assessment stream it projected lately (least recently used
 * dropped first), each at the revision it reached: a job folds only the events after it. Events never
 * change, so a fold at revision r stays right; any doubt (a gap, a stream shorter than the fold) and the
 * job folds the whole stream again. A job takes its stream's replayer out while it runs, so two jobs of
 * one stream never fold into the same one (the second folds from scratch), and puts it back after.
 */
export class ReplayerCache {
  private readonly replayers: LRUCache<string, AssessmentReplayer>;
  private counts = { hits: 0, misses: 0, refolds: 0 };

  constructor(options: ReplayerCacheOptions = {}) {
    this.replayers = new LRUCache<string, AssessmentReplayer>({
      max: options.maxStreams ?? 5_000,
      maxSize: options.maxWeight ?? 300_000,
      sizeCalculation: weightOf,
    });
  }

  /** The stream's replayer, removed from the cache until `put` back; undefined on a miss. */
  take(streamId: string): AssessmentReplayer | undefined {
    const replayer = this.replayers.get(streamId);
    if (replayer === undefined) {
      this.counts.misses += 1;
      return undefined;
    }
    this.replayers.delete(streamId);
    this.counts.hits += 1;
    return replayer;
  }

  /** Keeps `replayer` as the stream's (a later job's, if two ran at once, replaces an earlier one's). */
  put(streamId: string, replayer: AssessmentReplayer): void {
    this.replayers.set(streamId, replayer);
  }

  /** A cached fold could not be continued (a gap, a shorter stream, rows it had forgotten were needed). */
  refolded(): void {
    this.counts.refolds += 1;
  }

  get size(): number {
    return this.replayers.size;
  }

  get stats(): { hits: number; misses: number; refolds: number; streams: number; weight: number } {
    return { ...this.counts, streams: this.replayers.size, weight: this.replayers.calculatedSize };
  }
}

function weightOf(replayer: AssessmentReplayer): number {
  const last = replayer.lastEvent;
  return Math.max(1, (last === null ? 0 : Number(last.revision) + 1) + replayer.heldRows);
}
