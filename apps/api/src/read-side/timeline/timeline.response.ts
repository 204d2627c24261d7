import { ApiProperty } from '@nestjs/swagger';

export class TimelineValueResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['none', 'scored', 'not_applicable', 'error'],
    description: 'Score changes: what the official value was',
  })
  value!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Official points, 2 decimals (null: no points)' })
  points!: number | null;

  @ApiProperty({ type: String, nullable: true })
  pointsExact!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['open', 'finalized', 'reopened'],
    description: 'Report status changes: the report’s status',
  })
  reportStatus!: string | null;
}

export class TimelineChangeResponse {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'SubmissionApproved' })
  eventType!: string;

  @ApiProperty({
    enum: ['official_score', 'report_status'],
    description:
      'official_score: an approval changed a criterion’s official value; report_status: opened, finalized, reopened',
  })
  kind!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ type: String, nullable: true, example: '5.1.1' })
  criterion!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The approved submission' })
  submissionId!: string | null;

  @ApiProperty({ description: 'Who did it (username)', example: 'reviewer' })
  actor!: string;

  @ApiProperty({ description: 'Their role at the time', example: 'reviewer' })
  role!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why: a correction’s, not-applicable or reopening reason' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The reviewer’s note' })
  note!: string | null;

  @ApiProperty({ type: TimelineValueResponse })
  before!: TimelineValueResponse;

  @ApiProperty({ type: TimelineValueResponse })
  after!: TimelineValueResponse;

  @ApiProperty({ type: Number, nullable: true, description: 'Report status changes: the report version' })
  reportVersion!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The correlation id of the request the event came from (the `X-Correlation-Id` it was sent with, or the one ' +
      'the API gave it): the same id is in the logs and on every event of that request. Null only on entries ' +
      'projected before the read model kept it, until the next rebuild.',
    example: 'req-2021-04-10-0042',
  })
  correlationId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The command that recorded the event (a retried command keeps its id); null as correlationId',
  })
  commandId!: string | null;

  @ApiProperty({ example: 'assessment-STTTT-2021Q1' })
  streamId!: string;

  @ApiProperty({ description: 'Stream revision of the event', example: '7' })
  revision!: string;

  @ApiProperty({ description: 'Global position of the event', example: '1042' })
  position!: string;

  @ApiProperty({ description: 'When it was done (the command’s time)' })
  occurredAt!: string;

  @ApiProperty({ description: 'When the event store recorded it' })
  recordedAt!: string;
}

export class TimelineNetChangeResponse {
  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: '5.1.1' })
  criterion!: string;

  @ApiProperty({ description: 'Official score changes in the window' })
  changes!: number;

  @ApiProperty({ type: TimelineValueResponse, description: 'Before the first of them' })
  before!: TimelineValueResponse;

  @ApiProperty({ type: TimelineValueResponse, description: 'After the last of them' })
  after!: TimelineValueResponse;

  @ApiProperty({ description: 'after − before in points (no points counts as 0), 2 decimals', example: 0.5 })
  difference!: number;

  @ApiProperty({ example: '1/2' })
  differenceExact!: string;
}

export class TimelineBoundResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The quarter given (its published report)' })
  period!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Its last published version' })
  version!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The global position that version was built from' })
  position!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The instant given' })
  instant!: string | null;
}

export class TimelineResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ type: String, nullable: true })
  period!: string | null;

  @ApiProperty({ type: String, nullable: true })
  criterion!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The actor filter, as compared (lower-case)' })
  actor!: string | null;

  @ApiProperty({ type: TimelineBoundResponse, nullable: true })
  from!: TimelineBoundResponse | null;

  @ApiProperty({ type: TimelineBoundResponse, nullable: true })
  to!: TimelineBoundResponse | null;

  @ApiProperty({
    type: [TimelineChangeResponse],
    description: 'One page of the matching changes, newest first (descending global position)',
  })
  changes!: TimelineChangeResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Opaque: pass it as `cursor` (with the same filters) for the next, older page; null on the last page. ' +
      'Changes recorded meanwhile never shift the pages after the one you hold.',
  })
  nextCursor!: string | null;

  @ApiProperty({
    type: [TimelineNetChangeResponse],
    nullable: true,
    description:
      'With `net=true`: per quarter and criterion changed among ALL the matching changes (not only this page), ' +
      'first value before → last value after. Null otherwise.',
  })
  net!: TimelineNetChangeResponse[] | null;

  @ApiProperty({ description: 'More changes match than this page holds (`nextCursor` is set)' })
  truncated!: boolean;
}
