import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RETROACTIVE_REASON_MAX_LENGTH, UNIT_BLOCKS, type UnitBlock } from '@dti/domain';
import { IsQuarterSyntax } from '../../http-inputs/input-syntax';

/**
 * Every change's optional reason for reaching into finalized quarters. Without it such a change is refused
 * (422 RETROACTIVE_CHANGE_REQUIRES_REASON naming effectiveOn); the unit decider decides.
 */
class RetroactiveReasonDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: RETROACTIVE_REASON_MAX_LENGTH,
    example: 'Nghị quyết được công bố sau khi đã chốt báo cáo Quý 1/2025; điều chỉnh theo văn bản số 12/UBND',
    description:
      'Lý do thay đổi hồi tố / reason for a retroactive change: required when effectiveOn falls in or before a quarter ' +
      'whose report is finalized (a rename: the unit’s own reports; any other change: any unit’s). Shown in the unit’s history.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RETROACTIVE_REASON_MAX_LENGTH)
  retroactiveReason?: string | null;
}

/** Shapes only; the unit decider checks the meaning (code scheme, dates in order, merge target) → 422/409. */
export class RegisterUnitDto extends RetroactiveReasonDto {
  @ApiProperty({
    example: 'SKHCN',
    description: '2–20 upper-case letters or digits, starting with a letter; never reused.',
  })
  @IsString()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: 'Sở Khoa học và Công nghệ', description: 'Vietnamese name, verbatim from the legal source.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Department of Science and Technology' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiProperty({ enum: UNIT_BLOCKS })
  @IsIn(UNIT_BLOCKS)
  block!: UnitBlock;

  @ApiProperty({ example: '2021-01-01', description: 'Calendar day (Vietnam) the unit exists from.' })
  @IsString()
  effectiveOn!: string;

  @ApiProperty({ example: 'Quyết định số 1234/QĐ-UBND ngày 01/01/2021' })
  @IsString()
  @MaxLength(300)
  legalBasis!: string;
}

export class RenameUnitDto extends RetroactiveReasonDto {
  @ApiProperty({ example: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiProperty({ example: '2025-03-01', description: 'After every change already recorded for the unit.' })
  @IsString()
  effectiveOn!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(300)
  legalBasis!: string;
}

export class MergeUnitDto extends RetroactiveReasonDto {
  @ApiProperty({ example: 'SKHCN', description: 'The successor: a unit of the same block existing on effectiveOn.' })
  @IsString()
  @MaxLength(20)
  into!: string;

  @ApiProperty({ example: '2025-03-01', description: 'First day the unit no longer exists.' })
  @IsString()
  effectiveOn!: string;

  @ApiProperty({ example: 'Nghị quyết số 18-NQ/TW; Quyết định số …/QĐ-UBND' })
  @IsString()
  @MaxLength(300)
  legalBasis!: string;
}

export class DissolveUnitDto extends RetroactiveReasonDto {
  @ApiProperty({ example: '2025-07-01', description: 'First day the unit no longer exists.' })
  @IsString()
  effectiveOn!: string;

  @ApiProperty({ example: 'Nghị quyết 202/2025/QH15 (kết thúc hoạt động của cấp huyện từ 01/7/2025)' })
  @IsString()
  @MaxLength(300)
  legalBasis!: string;
}

export class ListUnitsQueryDto {
  @ApiPropertyOptional({
    example: '2021-Q1',
    description: 'Only the units that existed in this quarter, named as on their last day in it.',
  })
  @IsOptional()
  @IsQuarterSyntax()
  period?: string;

  @ApiPropertyOptional({ enum: UNIT_BLOCKS })
  @IsOptional()
  @IsIn(UNIT_BLOCKS)
  block?: UnitBlock;
}
