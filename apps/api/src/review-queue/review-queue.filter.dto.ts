import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class ReviewQueueFilterDto {
  @ApiPropertyOptional({ description: 'Only this unit (code)', example: 'STTTT' })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit?: string;

  @ApiPropertyOptional({ description: 'Only this quarter (YYYY-Qn)', example: '2021-Q1' })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,20}$/)
  period?: string;

  @ApiPropertyOptional({ description: 'At most this many items (default 100)', minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
