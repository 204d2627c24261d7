import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UNIT_BLOCKS, type UnitBlock } from '@dti/domain';

export class RankingsQueryDto {
  @ApiPropertyOptional({
    enum: UNIT_BLOCKS,
    description: 'One block (each block is ranked on its own); both blocks when omitted',
  })
  @IsOptional()
  @IsIn([...UNIT_BLOCKS])
  block?: UnitBlock;
}
