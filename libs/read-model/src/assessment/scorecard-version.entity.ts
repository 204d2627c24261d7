import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ScorecardVersionPart = 'report' | 'node' | 'criterion' | 'pending';

/**
 * Every version of a unit-quarter's scorecard, one row per change of one of its parts — the report line
 * (its status, version, totals, counts, pending count, dates), a group/sub-group/total node, a criterion's
 * official side, a criterion's pending submission — holding for the global positions [validFrom, validTo)
 * (validTo null: still current). Every event makes at least one version (the report line's, if it changed
 * nothing else), so the newest version made by a bound is the bound's last event: its position, revision
 * and instant. What `?asOf=` reads: the rows
 * valid at a position are the scorecard as its events said then, an indexed lookup instead of a replay.
 * `row` is the part's changing fields (JSON; what never changes — titles, parents, maxima — is the
 * catalogue's, added back when read: scorecardFromVersions), written by the live projector and
 * the rebuild from the same builder (scorecardVersions). A lookup at P probes the primary key once per
 * part (unit, period, part, code, valid_from ≤ P, the last): a cost of the card's size, not its history.
 */
@Entity({ name: 'scorecard_versions' })
@Index('scorecard_versions_current', ['unit', 'period'], { where: 'valid_to IS NULL' })
@Index('scorecard_versions_recorded', ['unit', 'period', 'recordedAt'])
export class ScorecardVersionEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  part!: ScorecardVersionPart;

  /** The node or criterion code; '' for the report line. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  /** Global position of the event that made this version. */
  @PrimaryColumn({ name: 'valid_from', type: 'bigint' })
  validFrom!: string;

  /** Global position of the stream's event that replaced it; null while it is current. */
  @Column({ name: 'valid_to', type: 'bigint', nullable: true })
  validTo!: string | null;

  /** Stream revision of the event that made this version. */
  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  /** When the store recorded the event that made this version (an instant bound reads by it). */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** Document order within the catalogue (0 for the report line). */
  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'jsonb' })
  row!: Record<string, unknown>;
}
