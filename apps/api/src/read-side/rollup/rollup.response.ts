import { ApiProperty } from '@nestjs/swagger';

export class RollupUnitCountsResponse {
  @ApiProperty({ description: 'Units that existed in the quarter, in scope, to whose block the criterion applies' })
  eligible!: number;

  @ApiProperty() scored!: number;
  @ApiProperty() notApplicable!: number;
  @ApiProperty() notReported!: number;
  @ApiProperty() error!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Threshold rules: scored units that reached it' })
  meetingThreshold!: number | null;
}

export class RollupCriterionResponse {
  @ApiProperty({ example: '5.1.1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 'tth-2020' })
  catalogue!: string;

  @ApiProperty({ example: 'ratio' })
  ruleKind!: string;

  @ApiProperty({
    enum: ['ratio-of-sums', 'mean-value', 'share-yes', 'achieved-fraction'],
    description:
      'ratio-of-sums: Σ numerators / Σ denominators of the units’ figures; mean-value: the mean of an absolute ' +
      'figure; share-yes: the share of units answering yes; achieved-fraction: Σ points / Σ maxima',
  })
  measure!: string;

  @ApiProperty({ description: 'Σ numerators (exact)', example: '450' })
  numeratorExact!: string;

  @ApiProperty({ description: 'Σ denominators (exact)', example: '600' })
  denominatorExact!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Σ numerators / Σ denominators, 2 decimals; null when nothing was scored',
    example: 0.75,
  })
  value!: number | null;

  @ApiProperty({ type: String, nullable: true, example: '3/4' })
  valueExact!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The value as a percentage (2 decimals); null for mean-value (a figure, not a share)',
    example: 75,
  })
  percent!: number | null;

  @ApiProperty({ type: String, nullable: true, example: '75' })
  percentExact!: string | null;

  @ApiProperty({ description: 'Σ of the scored units’ points, 2 decimals' })
  pointsSum!: number;

  @ApiProperty()
  pointsSumExact!: string;

  @ApiProperty({ description: 'Σ of their maxima, 2 decimals' })
  maxSum!: number;

  @ApiProperty()
  maxSumExact!: string;

  @ApiProperty({ type: RollupUnitCountsResponse })
  units!: RollupUnitCountsResponse;
}

export class ScoreStatisticsResponse {
  @ApiProperty({ description: 'The catalogue root (the total) or a group', example: '5' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: '0 for the total, 1 for a group, 2 for a sub-group' })
  depth!: number;

  @ApiProperty({ description: 'Units with a percentage for the node (units that reported nothing count with 0)' })
  unitCount!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the units’ percentages, 2 decimals' })
  mean!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The same mean, exact (a percentage)' })
  meanExact!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  min!: number | null;

  @ApiProperty({ type: String, nullable: true })
  minExact!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  max!: number | null;

  @ApiProperty({ type: String, nullable: true })
  maxExact!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Population standard deviation of the percentages, in percentage points, 2 decimals',
  })
  stddev!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The same, truncated to 6 decimals: a square root is rarely rational, the one inexact figure',
  })
  stddevDecimal!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Σ points / Σ maxima as a percentage, 2 decimals' })
  pooled!: number | null;

  @ApiProperty({ type: String, nullable: true })
  pooledExact!: string | null;
}

export class ScopeScoresResponse {
  @ApiProperty({ enum: ['province', 'department', 'district'] })
  scope!: string;

  @ApiProperty({ type: ScoreStatisticsResponse, nullable: true, description: 'The total score' })
  total!: ScoreStatisticsResponse | null;

  @ApiProperty({ type: [ScoreStatisticsResponse], description: 'Groups and sub-groups, in catalogue order' })
  groups!: ScoreStatisticsResponse[];
}

export class RollupResponse {
  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ enum: ['province', 'department', 'district'], description: 'What the criteria are rolled up over' })
  scope!: string;

  @ApiProperty({ type: [RollupCriterionResponse], description: 'Per criterion, in catalogue order' })
  criteria!: RollupCriterionResponse[];

  @ApiProperty({
    type: [ScopeScoresResponse],
    description: 'Average and spread of the units’ scores: the province, then each block',
  })
  scores!: ScopeScoresResponse[];
}
