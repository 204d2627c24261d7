import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto } from './evidence.dto';

export class SubmitFiguresDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }] },
    description:
      'The figures, keyed by the criterion’s input names (see GET /catalogues/{id}/criteria/{code}). ' +
      'Counts are whole numbers, quantities numbers or exact decimal strings ("12.5"), yes/no booleans, ' +
      'options the 1-based number of the chosen bullet. Checked by the scoring engine: 400 names the input.',
    example: { a: 300, b: 30 },
  })
  @IsObject()
  inputs!: Record<string, unknown>;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @ApiPropertyOptional({
    description: 'A correction: the official (approved) submission it corrects. Required once the criterion has one.',
    example: 'sub-2b6c1f0e-8d1a-5a47-9f3e-0c2d4e6f8a10',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  corrects?: string;

  @ApiPropertyOptional({
    description: 'Why the correction; required with `corrects`, refused without',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}
