import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The register of units as its streams tell it; `state` is the folded domain state, for history questions. */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  block!: string;

  /** The current name (the latest recorded). */
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  /** merged | dissolved, once recorded (possibly ahead of its effective date). */
  @Column({ name: 'end_kind', type: 'text', nullable: true })
  endKind!: string | null;

  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  @Column({ name: 'merged_into', type: 'text', nullable: true })
  mergedInto!: string | null;

  /** The domain's RegisteredUnit, so "did it exist in quarter Q" is answered by @dti/domain's unit history. */
  @Column({ type: 'jsonb' })
  state!: Record<string, unknown>;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ type: 'bigint' })
  position!: string;
}
