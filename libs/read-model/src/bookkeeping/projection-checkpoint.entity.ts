import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The subscription's checkpoint: every event at or below `position` is reflected in the read model (or
 * parked, see ParkedJobEntity). Exclusive, like the event store's `fromPosition`.
 */
@Entity({ name: 'projection_checkpoint' })
export class ProjectionCheckpointEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  /** bigint, as text: a global position never passes through a float. */
  @Column({ type: 'bigint' })
  position!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
