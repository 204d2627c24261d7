import { ApiProperty } from '@nestjs/swagger';
import { ScoreFiguresResponse } from '../score-figures.response';

export class PublishedGroupResponse extends ScoreFiguresResponse {
  @ApiProperty({ example: '5' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  depth!: number;
}

export class PublishedCriterionResponse {
  @ApiProperty({ example: '5.1.1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['scored', 'not-applicable', 'not-reported', 'error'] })
  status!: string;

  @ApiProperty({ example: 1.5 })
  points!: number;

  @ApiProperty({ example: '3/2' })
  pointsExact!: string;

  @ApiProperty({ example: 2 })
  applicableMax!: number;

  @ApiProperty({ example: '2' })
  applicableMaxExact!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The official submission it was built from' })
  submissionId!: string | null;
}

export class PublishedVersionResponse {
  @ApiProperty({ description: '1 for the first finalization, 2 after a reopening…' })
  version!: number;

  @ApiProperty({ example: 'tth-2020' })
  catalogue!: string;

  @ApiProperty({ example: 'reviewer' })
  finalizedBy!: string;

  @ApiProperty()
  finalizedAt!: string;

  @ApiProperty({ description: 'Global position of the ReportFinalized event the scorecard was built from' })
  position!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ description: 'Its stream revision' })
  revision!: string;

  @ApiProperty({ type: ScoreFiguresResponse })
  total!: ScoreFiguresResponse;

  @ApiProperty({ type: [PublishedGroupResponse] })
  groups!: PublishedGroupResponse[];

  @ApiProperty({ type: [PublishedCriterionResponse] })
  criteria!: PublishedCriterionResponse[];
}

export class CurrentReportResponse {
  @ApiProperty({ enum: ['not_opened', 'open', 'finalized', 'reopened'] })
  status!: string;

  @ApiProperty({ description: 'Times finalized' })
  version!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Global position the projection reflects' })
  position!: string | null;
}

export class ReportsResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty({ enum: ['department', 'district'] })
  block!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ type: CurrentReportResponse })
  current!: CurrentReportResponse;

  @ApiProperty({
    type: [PublishedVersionResponse],
    description: 'Every published version, oldest first, each as finalized (later corrections never change it)',
  })
  versions!: PublishedVersionResponse[];
}

export class ComparedFiguresResponse {
  @ApiProperty({ type: String, nullable: true, description: 'Criteria: their status' })
  status!: string | null;

  @ApiProperty()
  points!: number;

  @ApiProperty()
  pointsExact!: string;

  @ApiProperty()
  applicableMax!: number;

  @ApiProperty()
  applicableMaxExact!: string;
}

export class ReportDifferenceResponse {
  @ApiProperty({ example: '5.1.1' })
  code!: string;

  @ApiProperty({ enum: ['node', 'criterion'], description: 'node: the total or a group' })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: ComparedFiguresResponse, nullable: true, description: 'As published (null: not in it)' })
  published!: ComparedFiguresResponse | null;

  @ApiProperty({ type: ComparedFiguresResponse, nullable: true, description: 'As it stands now' })
  current!: ComparedFiguresResponse | null;

  @ApiProperty({ description: 'current − published points, 2 decimals', example: 0.5 })
  difference!: number;

  @ApiProperty({ example: '1/2' })
  differenceExact!: string;
}

export class ComparedPublishedResponse {
  @ApiProperty()
  version!: number;

  @ApiProperty()
  finalizedBy!: string;

  @ApiProperty()
  finalizedAt!: string;

  @ApiProperty()
  position!: string;

  @ApiProperty({ type: ScoreFiguresResponse })
  total!: ScoreFiguresResponse;
}

export class ComparedCurrentResponse {
  @ApiProperty({ enum: ['open', 'finalized', 'reopened'] })
  status!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty()
  position!: string;

  @ApiProperty({ type: ScoreFiguresResponse })
  total!: ScoreFiguresResponse;
}

export class ReportComparisonResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ type: ComparedPublishedResponse, nullable: true, description: 'null: never published' })
  published!: ComparedPublishedResponse | null;

  @ApiProperty({ type: ComparedCurrentResponse, nullable: true, description: 'null: never published' })
  current!: ComparedCurrentResponse | null;

  @ApiProperty({ description: 'Something changed since the version was published' })
  changed!: boolean;

  @ApiProperty({
    type: [ReportDifferenceResponse],
    description: 'The total, groups and criteria whose points, maximum or status differ, in catalogue order',
  })
  differences!: ReportDifferenceResponse[];
}
