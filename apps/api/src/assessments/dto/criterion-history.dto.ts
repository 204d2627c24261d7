import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { HistoryEntryResponse, SubmissionResponse } from './assessment-view.response';

/** A page of 20 is a screenful of entries; 100 is the API's largest page (as the timeline's). */
export const HISTORY_PAGE_DEFAULT_LIMIT = 20;
export const HISTORY_PAGE_MAX_LIMIT = 100;

export class CriterionHistoryQueryDto {
  @ApiPropertyOptional({
    description:
      'Entries before this one: the criterion’s `historyCursor` from GET /assessments/{unit}/{period}, then ' +
      'each page’s `nextCursor` (400 INVALID_CURSOR if altered); without it, the latest entries',
    example: '7',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  before?: string;

  @ApiPropertyOptional({
    description: `Entries per page (default ${HISTORY_PAGE_DEFAULT_LIMIT})`,
    minimum: 1,
    maximum: HISTORY_PAGE_MAX_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HISTORY_PAGE_MAX_LIMIT)
  limit?: number;
}

export class CriterionHistoryPageResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: '7.1.1' })
  criterion!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Stream revision read (null: nothing reported yet)' })
  revision!: string | null;

  @ApiProperty({
    type: [HistoryEntryResponse],
    description: 'The entries just before `before` (at most `limit`), in the order they happened',
  })
  history!: readonly HistoryEntryResponse[];

  @ApiProperty({
    type: [SubmissionResponse],
    description: 'The submissions these entries name, in the order they were made',
  })
  submissions!: SubmissionResponse[];

  @ApiProperty({ description: 'How many history entries the criterion has in all', example: 12 })
  historyTotal!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the next (older) page; null when this page reaches the first entry',
  })
  nextCursor!: string | null;
}
