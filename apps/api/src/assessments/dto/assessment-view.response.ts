import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { BilingualResponse, ExactNumberResponse, ExactShareResponse } from './exact-number.response';
import { EvidenceResponse } from './evidence.response';

const INPUTS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }] },
  example: { a: 300, b: 30 },
};

/** What the engine makes of a set of figures. */
export class CriterionScoreResponse {
  @ApiProperty({ type: ExactNumberResponse })
  points!: ExactNumberResponse;

  @ApiProperty({ type: ExactNumberResponse })
  max!: ExactNumberResponse;

  @ApiProperty({ type: BilingualResponse, description: 'The arithmetic with the figures, for checking by hand' })
  explanation!: BilingualResponse;

  @ApiProperty({ example: 'threshold-proportional' })
  ruleKind!: string;
}

export class ReviewResponse {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  decision!: 'approved' | 'rejected';

  @ApiProperty({ example: 'minh.review' })
  reviewer!: string;

  @ApiProperty({ example: '2021-04-06T10:00:00+07:00' })
  reviewedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' })
  reason!: string | null;
}

/**
 * A submission as GET /assessments shows it: without its score (issue #12: the pages do not show it, and
 * the engine's bilingual explanation was most of a scored submission's bytes). `SubmissionResponse` (the
 * review queue, the history pages) adds it.
 */
export class AssessmentSubmissionResponse {
  @ApiProperty({ example: 'sub-2b6c1f0e-8d1a-5a47-9f3e-0c2d4e6f8a10' })
  submissionId!: string;

  @ApiProperty({ example: '7.1.1' })
  criterion!: string;

  @ApiProperty({ enum: ['figures', 'not_applicable'] })
  kind!: 'figures' | 'not_applicable';

  @ApiProperty({ ...INPUTS_SCHEMA, nullable: true } as ApiPropertyOptions)
  inputs!: Readonly<Record<string, string | number | boolean>> | null;

  @ApiProperty({ type: String, nullable: true })
  notApplicableReason!: string | null;

  @ApiProperty({ type: [EvidenceResponse] })
  evidence!: readonly EvidenceResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'The approved submission this one corrects' })
  corrects!: string | null;

  @ApiProperty({ type: String, nullable: true })
  correctionReason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The pending submission this one replaced' })
  supersedes!: string | null;

  @ApiProperty({ type: String, nullable: true })
  supersededBy!: string | null;

  @ApiProperty({ example: 'lan.stttt' })
  submittedBy!: string;

  @ApiProperty({ example: '2021-04-05T09:00:00+07:00' })
  submittedAt!: string;

  @ApiProperty({ enum: ['pending', 'approved', 'rejected', 'withdrawn', 'superseded'] })
  status!: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';

  @ApiProperty({ type: ReviewResponse, nullable: true })
  review!: ReviewResponse | null;

  @ApiProperty({ type: String, nullable: true })
  withdrawnAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The approved correction that took its place' })
  replacedBy!: string | null;
}

export class SubmissionResponse extends AssessmentSubmissionResponse {
  @ApiProperty({
    type: CriterionScoreResponse,
    nullable: true,
    description: 'What these figures score (null for a not-applicable declaration)',
  })
  score!: CriterionScoreResponse | null;
}

export class OfficialValueResponse {
  @ApiProperty()
  submissionId!: string;

  @ApiProperty({ enum: ['figures', 'not_applicable'] })
  kind!: 'figures' | 'not_applicable';

  @ApiProperty({ ...INPUTS_SCHEMA, nullable: true } as ApiPropertyOptions)
  inputs!: Readonly<Record<string, string | number | boolean>> | null;

  @ApiProperty()
  notApplicable!: boolean;

  @ApiProperty({ type: String, nullable: true })
  notApplicableReason!: string | null;

  @ApiProperty({ type: [EvidenceResponse] })
  evidence!: readonly EvidenceResponse[];

  @ApiProperty()
  approvedBy!: string;

  @ApiProperty()
  approvedAt!: string;
}

export class HistoryEntryResponse {
  @ApiProperty({
    enum: [
      'submitted',
      'correction_submitted',
      'not_applicable_declared',
      'superseded',
      'withdrawn',
      'approved',
      'rejected',
    ],
  })
  action!: string;

  @ApiProperty()
  submissionId!: string;

  @ApiProperty()
  actor!: string;

  @ApiProperty()
  at!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class CriterionViewResponse {
  @ApiProperty({ example: '7.1.1' })
  code!: string;

  @ApiProperty({ type: ExactNumberResponse })
  max!: ExactNumberResponse;

  @ApiProperty({
    enum: ['scored', 'not-applicable', 'not-reported', 'error'],
    description: 'How the official value counts in the totals',
  })
  status!: 'scored' | 'not-applicable' | 'not-reported' | 'error';

  @ApiProperty({
    type: ExactNumberResponse,
    description: 'Official points: from the official (approved) figures; 0 when nothing is approved or N/A',
  })
  points!: ExactNumberResponse;

  @ApiProperty({
    type: ExactNumberResponse,
    description: 'What the criterion adds to the applicable maximum: 0 when officially not applicable',
  })
  applicableMax!: ExactNumberResponse;

  @ApiProperty({
    description:
      'Officially (approved) not applicable (the reason is `official.notApplicableReason`). The criterion’s ' +
      'title and the engine’s explanation of its points are not repeated here: the title comes with ' +
      'GET /catalogues/{id}, the explanation with GET /scorecards/{unit}/{period}',
  })
  notApplicable!: boolean;

  @ApiProperty({ type: OfficialValueResponse, nullable: true })
  official!: OfficialValueResponse | null;

  @ApiProperty({
    type: AssessmentSubmissionResponse,
    nullable: true,
    description: 'The one submission awaiting review',
  })
  pending!: AssessmentSubmissionResponse | null;

  @ApiProperty({
    type: [AssessmentSubmissionResponse],
    description:
      'The criterion’s latest submission (a list of at most 1), unless it is `official`’s or `pending` (then ' +
      'empty: not repeated); `submissionsTotal` says how many in all. ' +
      'Older ones come with the history pages (GET …/criteria/{criterion}/history), each named by its entries ' +
      'and with its score',
  })
  submissions!: AssessmentSubmissionResponse[];

  @ApiProperty({ description: 'How many submissions the criterion has in all', example: 7 })
  submissionsTotal!: number;

  @ApiProperty({
    type: [HistoryEntryResponse],
    description:
      'The latest submissions and reviews (at most 3), in the order they happened; `historyTotal` says how ' +
      'many in all',
  })
  history!: readonly HistoryEntryResponse[];

  @ApiProperty({ description: 'How many history entries the criterion has in all', example: 12 })
  historyTotal!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The entries before `history`: pass as `before` to GET …/criteria/{criterion}/history; null when ' +
      '`history` is the whole history',
    example: '7',
  })
  historyCursor!: string | null;
}

export class StatusCountsResponse {
  @ApiProperty() scored!: number;
  @ApiProperty({ name: 'not-applicable' }) 'not-applicable'!: number;
  @ApiProperty({ name: 'not-reported' }) 'not-reported'!: number;
  @ApiProperty() error!: number;
  @ApiProperty({ name: 'out-of-scope' }) 'out-of-scope'!: number;
}

export class TotalsNodeResponse {
  @ApiProperty({ example: 'VII', description: 'The catalogue node (its title comes with GET /catalogues/{id})' })
  code!: string;

  @ApiProperty({ type: ExactNumberResponse })
  points!: ExactNumberResponse;

  @ApiProperty({ type: ExactNumberResponse, description: 'Sum of the maxima of the criteria that count' })
  applicableMax!: ExactNumberResponse;

  @ApiProperty({ type: ExactShareResponse, nullable: true })
  percent!: ExactShareResponse | null;

  @ApiProperty({ type: StatusCountsResponse })
  counts!: StatusCountsResponse;

  @ApiProperty({ type: () => [TotalsNodeResponse], description: 'Sub-groups (criteria are listed under `criteria`)' })
  groups!: TotalsNodeResponse[];
}

export class ReportMilestoneResponse {
  @ApiProperty() version!: number;
  @ApiProperty() by!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class ReportResponse {
  @ApiProperty({ enum: ['not_opened', 'open', 'finalized', 'reopened'] })
  status!: 'not_opened' | 'open' | 'finalized' | 'reopened';

  @ApiProperty({ description: 'Times the report has been finalized' })
  version!: number;

  @ApiProperty({
    type: [ReportMilestoneResponse],
    description:
      'The latest finalization (a list of at most 1; `version` says how many); the quarter’s timeline has them all',
  })
  finalizations!: readonly ReportMilestoneResponse[];

  @ApiProperty({
    type: [ReportMilestoneResponse],
    description: 'The latest reopening (a list of at most 1); the quarter’s timeline has them all',
  })
  reopenings!: readonly ReportMilestoneResponse[];

  @ApiProperty({ description: 'How many times the report has been reopened in all', example: 1 })
  reopeningsTotal!: number;
}

export class AssessedUnitResponse {
  @ApiProperty({ example: 'STTTT' })
  code!: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  nameEn!: string | null;

  @ApiProperty({ enum: ['department', 'district'] })
  block!: 'department' | 'district';

  @ApiProperty({ description: 'The unit existed in the period (reports are accepted only then)' })
  activeInPeriod!: boolean;
}

export class AssessmentViewResponse {
  @ApiProperty({ type: AssessedUnitResponse })
  unit!: AssessedUnitResponse;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: 'tth-2020', description: 'The catalogue version the assessment uses' })
  catalogueId!: string;

  @ApiProperty({ type: ReportResponse })
  report!: ReportResponse;

  @ApiProperty({ type: String, nullable: true, description: 'Stream revision read (null: nothing reported yet)' })
  revision!: string | null;

  @ApiProperty({ type: [CriterionViewResponse], description: 'Every criterion that applies to the unit’s block' })
  criteria!: CriterionViewResponse[];

  @ApiProperty({ type: TotalsNodeResponse, description: 'Score card of the official values, by group' })
  totals!: TotalsNodeResponse;
}

export class CriterionConflictDetailsResponse {
  @ApiPropertyOptional({ type: CriterionViewResponse })
  criterion?: CriterionViewResponse;
}
