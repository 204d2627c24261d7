import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { BilingualResponse } from '../../assessments/dto/exact-number.response';
import { StatusCountsResponse } from '../../assessments/dto/assessment-view.response';
import { ScoreFiguresResponse } from '../score-figures.response';

const INPUTS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }] },
  example: { a: 200, b: 200 },
} as ApiPropertyOptions;

export class AsOfResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The global position asked for', example: '1042' })
  position!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The instant asked for (ISO-8601, UTC)' })
  instant!: string | null;
}

export class ScorecardReportResponse {
  @ApiProperty({
    enum: ['not_opened', 'open', 'finalized', 'reopened'],
    description: 'not_opened: nothing recorded (or projected) for the quarter yet',
  })
  status!: 'not_opened' | 'open' | 'finalized' | 'reopened';

  @ApiProperty({ description: 'Times the report has been finalized' })
  version!: number;

  @ApiProperty({ description: 'Submissions awaiting review' })
  pendingCount!: number;

  @ApiProperty({ type: String, nullable: true })
  openedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastFinalizedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastReopenedAt!: string | null;
}

export class ScorecardTotalResponse extends ScoreFiguresResponse {
  @ApiProperty({ type: StatusCountsResponse, description: 'Criteria of the unit’s block in each status' })
  counts!: StatusCountsResponse;
}

export class ScorecardGroupResponse extends ScorecardTotalResponse {
  @ApiProperty({ example: '5.1' })
  code!: string;

  @ApiProperty({ example: 'Thư điện tử' })
  title!: string;

  @ApiProperty({ description: '1 for a group, 2 for a sub-group…' })
  depth!: number;

  @ApiProperty({ type: String, nullable: true, description: 'The enclosing group (the catalogue root for a group)' })
  parent!: string | null;
}

export class ScorecardOfficialResponse {
  @ApiProperty()
  submissionId!: string;

  @ApiProperty({ ...INPUTS_SCHEMA, description: 'The approved figures (null for a not-applicable value)' })
  inputs!: Record<string, unknown> | null;

  @ApiProperty({ type: String, nullable: true })
  approvedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  approvedAt!: string | null;
}

export class ScorecardPendingResponse {
  @ApiProperty()
  submissionId!: string;

  @ApiProperty({ enum: ['figures', 'not_applicable'] })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The official submission it corrects' })
  corrects!: string | null;

  @ApiProperty()
  submittedBy!: string;

  @ApiProperty()
  submittedAt!: string;
}

export class ScorecardErrorResponse {
  @ApiProperty({ example: 'MISSING_INPUT' })
  code!: string;

  @ApiProperty()
  message!: string;
}

export class ScorecardCriterionResponse {
  @ApiProperty({ example: '5.1.1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The sub-group it belongs to', example: '5.1' })
  group!: string;

  @ApiProperty({ example: 'ratio' })
  ruleKind!: string;

  @ApiProperty({ enum: ['scored', 'not-applicable', 'not-reported', 'error'] })
  status!: string;

  @ApiProperty({ description: 'Official points, 2 decimals', example: 2 })
  points!: number;

  @ApiProperty({ example: '2' })
  pointsExact!: string;

  @ApiProperty({ description: 'The criterion’s maximum (catalogue)', example: 2 })
  max!: number;

  @ApiProperty({ example: '2' })
  maxExact!: string;

  @ApiProperty({ description: 'What it adds to the applicable maximum: 0 when not applicable', example: 2 })
  applicableMax!: number;

  @ApiProperty({ example: '2' })
  applicableMaxExact!: string;

  @ApiProperty({
    type: BilingualResponse,
    nullable: true,
    description: 'The scoring engine’s arithmetic on the official figures',
  })
  explanation!: BilingualResponse | null;

  @ApiProperty({ type: String, nullable: true })
  notApplicableReason!: string | null;

  @ApiProperty({ type: ScorecardOfficialResponse, nullable: true })
  official!: ScorecardOfficialResponse | null;

  @ApiProperty({ type: ScorecardPendingResponse, nullable: true, description: 'The submission awaiting review' })
  pending!: ScorecardPendingResponse | null;

  @ApiProperty({
    type: ScorecardErrorResponse,
    nullable: true,
    description: 'Why approved figures could not be scored',
  })
  error!: ScorecardErrorResponse | null;
}

export class ScorecardResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông', description: 'The unit’s name in that quarter' })
  unitName!: string;

  @ApiProperty({ enum: ['department', 'district'] })
  block!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: 'tth-2020', description: 'The catalogue version the report is scored with' })
  catalogue!: string;

  @ApiProperty({
    enum: ['projection', 'replay'],
    description: 'projection: the read model as projected; replay: folded from the event store (asOf)',
  })
  source!: 'projection' | 'replay';

  @ApiProperty({ type: AsOfResponse, nullable: true })
  asOf!: AsOfResponse | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Global position of the last event reflected (null: nothing recorded by then)',
  })
  position!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Stream revision of that event' })
  revision!: string | null;

  @ApiProperty({ type: ScorecardReportResponse })
  report!: ScorecardReportResponse;

  @ApiProperty({ type: ScorecardTotalResponse })
  total!: ScorecardTotalResponse;

  @ApiProperty({ type: [ScorecardGroupResponse], description: 'Groups and sub-groups, in catalogue order' })
  groups!: ScorecardGroupResponse[];

  @ApiProperty({
    type: [ScorecardCriterionResponse],
    description: 'Every criterion of the unit’s block, in catalogue order',
  })
  criteria!: ScorecardCriterionResponse[];
}
