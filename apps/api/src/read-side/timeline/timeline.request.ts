import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

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

  @ApiPropertyOptional({ description: 'At most this many changes (default 1000)', minimum: 1, maximum: 10000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  limit?: number;
}
