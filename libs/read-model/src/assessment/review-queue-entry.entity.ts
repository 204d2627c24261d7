import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One submission awaiting review (at most one per criterion: the latest), as the review queue lists it:
 * the domain's Submission and the official value it would replace, both as folded from the stream, plus
 * the columns the queue filters and orders on. The API scores and labels them with the catalogue.
 */
@Entity({ name: 'review_queue' })
export class ReviewQueueEntryEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  criterion!: string;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  /** The criterion's top-level group (nhóm) in its catalogue: "7" for 7.1.1. */
  @Column({ name: 'group_code', type: 'text' })
  groupCode!: string;

  @Column({ name: 'submission_id', type: 'text' })
  submissionId!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** The domain's Submission (status pending). */
  @Column({ type: 'json' })
  submission!: Record<string, unknown>;

  /** The domain's OfficialValue it would replace; null when nothing is official yet. */
  @Column({ type: 'json', nullable: true })
  official!: Record<string, unknown> | null;
}
