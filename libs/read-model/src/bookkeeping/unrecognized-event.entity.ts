import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Events the projector has no projection for and does not know to ignore (a stream category or event
 * type it does not recognise). Recorded rather than silently passed over, so nothing is skipped unseen.
 */
@Entity({ name: 'unrecognized_events' })
export class UnrecognizedEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  position!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
