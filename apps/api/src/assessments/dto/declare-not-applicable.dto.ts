import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from './evidence.dto';

export class DeclareNotApplicableDto {
  @ApiProperty({
    description: 'Why the criterion does not apply to the unit',
    example: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @ApiPropertyOptional({ description: 'The official submission this replaces; required once the criterion has one' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  corrects?: string;
}
