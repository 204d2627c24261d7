import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsQuarterSyntax, IsUnitCodeSyntax } from '../http-inputs/input-syntax';

export class ReviewQueueFilterDto {
  @ApiPropertyOptional({ description: 'Only this unit (code)', example: 'STTTT' })
  @IsOptional()
  @IsUnitCodeSyntax()
  unit?: string;

  @ApiPropertyOptional({ description: 'Only this quarter (YYYY-Qn)', example: '2021-Q1' })
  @IsOptional()
  @IsQuarterSyntax()
  period?: string;

  @ApiPropertyOptional({ description: 'Only units of this block', enum: ['department', 'district'] })
  @IsOptional()
  @IsIn(['department', 'district'])
  block?: 'department' | 'district';

  @ApiPropertyOptional({ description: 'Only criteria of this group (its code, e.g. 7)', example: '7' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z.]{1,20}$/)
  group?: string;

  /** A reviewer's whole queue fits in one answer: the web app virtualises thousands of rows. */
  @ApiPropertyOptional({ description: 'At most this many items (default 100)', minimum: 1, maximum: 5000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}
