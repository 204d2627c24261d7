import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EvidenceInput } from '@dti/domain';
import { IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

/**
 * A document proving the figures. Shape checks only: the domain (evidence.ts) owns the rules (a link or
 * a file hash, a date not after the submission, http(s) only) and answers 422 naming the item and field.
 */
export class EvidenceDto {
  @ApiProperty({ description: 'Số hiệu văn bản', example: '15/BC-STTTT', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  documentNumber!: string;

  @ApiProperty({ description: 'Ngày ban hành, YYYY-MM-DD', example: '2021-03-25' })
  @IsString()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'documentDate must be a calendar date YYYY-MM-DD' })
  documentDate!: string;

  @ApiProperty({ description: 'Người ký', example: 'Nguyễn Văn Hùng', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  signer!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'http(s) link to the document',
    example: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'SHA-256 of an uploaded file, 64 hex digits' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256?: string | null;
}

/** The domain reads plain JSON objects, as a command arrives from any source; the DTO instances are not. */
export function evidenceInputsOf(evidence: readonly EvidenceDto[] | undefined): EvidenceInput[] {
  return (evidence ?? []).map((item) => ({ ...item }));
}
