import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

export class UploadEvidenceQueryDto {
  @ApiPropertyOptional({
    description:
      'Mã đơn vị / the unit the file is for (or the form field `unit`); a submitter may only name their own, ' +
      'which is also the default',
    example: 'STTTT',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit?: string;
}

export class EvidenceHashParams {
  @ApiProperty({ description: 'SHA-256 of the file, 64 hexadecimal digits', example: 'e3b0c442…' })
  @IsString()
  sha256!: string;
}

export class DownloadEvidenceQueryDto {
  @ApiPropertyOptional({
    description: 'true: always as a download (attachment), even a PDF or an image the browser could show',
    enum: ['true', 'false', '1', '0'],
  })
  @IsOptional()
  @IsIn(['true', 'false', '1', '0'])
  download?: string;
}
