import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UNIT_BLOCKS, type UnitBlock } from '@dti/domain';

export class RollupQueryDto {
  @ApiPropertyOptional({
    enum: UNIT_BLOCKS,
    description: 'Roll the criteria up over one block instead of the whole province',
  })
  @IsOptional()
  @IsIn([...UNIT_BLOCKS])
  block?: UnitBlock;
}
