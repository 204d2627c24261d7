import { ApiProperty } from '@nestjs/swagger';
import { SubmissionResponse } from '../assessments/dto/assessment-view.response';
import { ExactNumberResponse } from '../assessments/dto/exact-number.response';

export class ReviewQueueOfficialResponse {
  @ApiProperty()
  submissionId!: string;

  @ApiProperty({ enum: ['figures', 'not_applicable'] })
  kind!: 'figures' | 'not_applicable';

  @ApiProperty({ type: ExactNumberResponse, nullable: true, description: 'Official points now (null when N/A)' })
  points!: ExactNumberResponse | null;
}

export class ReviewQueueGroupResponse {
  @ApiProperty({ example: '7' })
  code!: string;

  @ApiProperty({ example: 'Đào tạo và nguồn nhân lực cho Chính quyền số' })
  title!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Training and human resources for digital government' })
  titleEn!: string | null;
}

export class ReviewQueueItemResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông' })
  unitName!: string;

  @ApiProperty({ enum: ['department', 'district'] })
  unitBlock!: 'department' | 'district';

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: 'tth-2020' })
  catalogueId!: string;

  @ApiProperty({ example: '7.1.1' })
  criterion!: string;

  @ApiProperty({ example: 'Tỷ lệ cán bộ chuyên trách CNTT' })
  criterionTitle!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Share of dedicated IT staff' })
  criterionTitleEn!: string | null;

  @ApiProperty({ type: ReviewQueueGroupResponse, description: 'The criteria group (nhóm) the criterion belongs to' })
  group!: ReviewQueueGroupResponse;

  @ApiProperty({ type: SubmissionResponse, description: 'The pending submission (always the latest of its criterion)' })
  submission!: SubmissionResponse;

  @ApiProperty({
    type: ReviewQueueOfficialResponse,
    nullable: true,
    description: 'The value that stays official until this submission is approved',
  })
  official!: ReviewQueueOfficialResponse | null;

  @ApiProperty({
    type: ExactNumberResponse,
    nullable: true,
    description:
      'Chênh lệch: the submitted points minus the official points (0 when nothing is approved yet), exact; null when ' +
      'either side is not applicable or cannot be scored',
  })
  difference!: ExactNumberResponse | null;

  @ApiProperty({ description: 'False when the reader submitted it themselves (separation of duties)' })
  reviewable!: boolean;
}

export class ReviewQueueResponse {
  @ApiProperty({ description: 'Pending submissions matching the filter' })
  total!: number;

  @ApiProperty({ type: [ReviewQueueItemResponse], description: 'Oldest first, at most `limit`' })
  items!: ReviewQueueItemResponse[];
}
