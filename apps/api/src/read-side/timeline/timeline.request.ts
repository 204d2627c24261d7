import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const TIMELINE_DEFAULT_LIMIT = 50;
export const TIMELINE_MAX_LIMIT = 100;

export class TimelineQueryDto {
  @ApiPropertyOptional({
    description:
      'Changes after this bound: a quarter (after that quarter’s report, as last published, was finalized) ' +
      'or an ISO-8601 instant with offset (recorded at or after it)',
    example: '2021-Q1',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  from?: string;

  @ApiPropertyOptional({
    description:
      'Changes up to this bound: a quarter (up to and including the finalization of its report as last ' +
      'published) or an ISO-8601 instant with offset (recorded before it)',
    example: '2021-Q2',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  to?: string;

  @ApiPropertyOptional({ description: 'Only this criterion’s official score changes', example: '5.1.1' })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,80}$/)
  criterion?: string;

  @ApiPropertyOptional({ description: 'Only this quarter’s report', example: '2021-Q1' })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,20}$/)
  period?: string;

  @ApiPropertyOptional({
    description: 'Only what this account (its username, any case) or system actor did (400 INVALID_ACTOR if malformed)',
    example: 'reviewer2',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  actor?: string;

  @ApiPropertyOptional({
    description:
      'Only changes done (the command’s time, as shown) at or after this ISO-8601 instant with offset ' +
      '(400 INVALID_INSTANT otherwise)',
    example: '2021-04-01T00:00:00+07:00',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  occurredFrom?: string;

  @ApiPropertyOptional({
    description: 'Only changes done before this ISO-8601 instant with offset',
    example: '2021-07-01T00:00:00+07:00',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  occurredTo?: string;

  @ApiPropertyOptional({
    description: `Changes per page, newest first (default ${TIMELINE_DEFAULT_LIMIT})`,
    minimum: 1,
    maximum: TIMELINE_MAX_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(TIMELINE_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The previous page’s `nextCursor`, for the next (older) page (400 INVALID_CURSOR if altered)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,64}$/)
  cursor?: string;

  @ApiPropertyOptional({
    description: 'Also answer `net`: the net change per quarter and criterion over every matching change',
    enum: ['true', 'false'],
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  net?: 'true' | 'false';
}
