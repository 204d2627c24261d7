import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The account register as the account streams tell it, for the admin's list: never the password hash. */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn({ type: 'text' })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** active | disabled */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ type: 'bigint' })
  position!: string;
}
