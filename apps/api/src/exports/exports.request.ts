import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { UNIT_BLOCKS, type UnitBlock } from '@dti/domain';
import { PeriodParams } from '../read-side/read-route.params';

export class ExportFormatParams extends PeriodParams {
  @ApiProperty({ enum: ['xlsx', 'csv'], description: 'xlsx (Excel) or csv (UTF-8 with BOM)' })
  @IsString()
  @Matches(/^\S{1,10}$/)
  format!: string;
}

export class SeriesFormatParams {
  @ApiProperty({ enum: ['xlsx', 'csv'], description: 'xlsx (Excel) or csv (UTF-8 with BOM)' })
  @IsString()
  @Matches(/^\S{1,10}$/)
  format!: string;
}

export class UnitExportQueryDto {
  @ApiPropertyOptional({
    description: 'One unit only (a submitter always gets their own unit; another unit is 403 NOT_OWN_UNIT)',
    example: 'STTTT',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit?: string;
}

export class SeriesExportQueryDto {
  @ApiProperty({ description: 'First quarter', example: '2021-Q1' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  from!: string;

  @ApiProperty({ description: 'Last quarter (included)', example: '2021-Q4' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  to!: string;

  @ApiPropertyOptional({ enum: UNIT_BLOCKS, description: 'One block’s units only' })
  @IsOptional()
  @IsIn([...UNIT_BLOCKS])
  block?: UnitBlock;
}

export class ReportPdfQueryDto {
  @ApiPropertyOptional({ description: 'A published version (default: the latest published)', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  version?: number;
}
