import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The audit timeline: one row per event that changed an official score (an approval) or a report's
 * status (opened, finalized, reopened), with the points before and after.
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_unit_period', ['unit', 'period', 'globalPosition'])
@Index('audit_entries_unit_position', ['unit', 'globalPosition'])
@Index('audit_entries_unit_actor', ['unit', 'actor', 'globalPosition'])
@Index('audit_entries_unit_criterion', ['unit', 'criterion', 'globalPosition'])
@Index('audit_entries_unit_occurred', ['unit', 'occurredAt'])
export class AuditEntryEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  /** official_score | report_status. */
  @Column({ type: 'text' })
  kind!: 'official_score' | 'report_status';

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  /** Null for report status changes. */
  @Column({ type: 'text', nullable: true })
  criterion!: string | null;

  @Column({ name: 'submission_id', type: 'text', nullable: true })
  submissionId!: string | null;

  /** none | scored | not_applicable | error: what the official value was before and after. */
  @Column({ name: 'value_before', type: 'text', nullable: true })
  valueBefore!: string | null;

  @Column({ name: 'points_before_exact', type: 'text', nullable: true })
  pointsBeforeExact!: string | null;

  @Column({ name: 'points_before', type: 'numeric', precision: 14, scale: 2, nullable: true })
  pointsBefore!: string | null;

  @Column({ name: 'value_after', type: 'text', nullable: true })
  valueAfter!: string | null;

  @Column({ name: 'points_after_exact', type: 'text', nullable: true })
  pointsAfterExact!: string | null;

  @Column({ name: 'points_after', type: 'numeric', precision: 14, scale: 2, nullable: true })
  pointsAfter!: string | null;

  @Column({ name: 'report_status_before', type: 'text', nullable: true })
  reportStatusBefore!: string | null;

  @Column({ name: 'report_status_after', type: 'text', nullable: true })
  reportStatusAfter!: string | null;

  @Column({ name: 'report_version', type: 'integer', nullable: true })
  reportVersion!: number | null;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /**
   * The request the event came from (its metadata), so an inspector can follow one request through the
   * logs and every event it caused. Null only on rows projected before the column existed (a rebuild fills them).
   */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  /** The command that appended the event (a retried command keeps its id). Null as correlationId. */
  @Column({ name: 'command_id', type: 'text', nullable: true })
  commandId!: string | null;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ name: 'global_position', type: 'bigint' })
  globalPosition!: string;

  /** Business time of the act (the command's occurredAt). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** When the event store recorded it. */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
