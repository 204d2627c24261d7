import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { UNIT_BLOCKS, type UnitBlock } from '@dti/domain';

/** Exactly one of unit, group and scope=province says whose series it is (checked by seriesSubject). */
export class SeriesQueryDto {
  @ApiPropertyOptional({ description: 'One unit’s total score', example: 'STTTT' })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit?: string;

  @ApiPropertyOptional({
    description: 'A catalogue group (or sub-group): the mean of the units’ percentages in it',
    example: '5',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,40}$/)
  group?: string;

  @ApiPropertyOptional({ enum: ['province'], description: 'The province: the mean of the units’ total percentages' })
  @IsOptional()
  @IsIn(['province'])
  scope?: 'province';

  @ApiPropertyOptional({
    enum: UNIT_BLOCKS,
    description: 'With group or scope=province: the mean over one block’s units only',
  })
  @IsOptional()
  @IsIn([...UNIT_BLOCKS])
  block?: UnitBlock;

  @ApiProperty({ description: 'First quarter', example: '2021-Q1' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  from!: string;

  @ApiProperty({ description: 'Last quarter (included)', example: '2021-Q4' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  to!: string;
}
