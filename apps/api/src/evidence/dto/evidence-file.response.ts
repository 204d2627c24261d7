import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES } from '@dti/evidence-store';

/** A stored evidence file, as an upload answers and as a submission cites it (by `sha256`). */
export class EvidenceFileResponse {
  @ApiProperty({ description: 'SHA-256 of the bytes, 64 lower-case hex digits: cite it as evidence[].sha256' })
  sha256!: string;

  @ApiProperty({ description: 'Tên tệp / the sanitized file name', example: 'Báo cáo quý 1.pdf' })
  name!: string;

  @ApiProperty({ description: 'Bytes', example: 48213 })
  size!: number;

  @ApiProperty({ description: 'Media type detected from the bytes', enum: EVIDENCE_MEDIA_TYPES })
  mediaType!: string;

  @ApiProperty({ description: 'Đơn vị / the unit it was uploaded for', example: 'STTTT' })
  unit!: string;
}

export class EvidenceUploadResponse {
  @ApiProperty({ description: 'Đơn vị', example: 'STTTT' })
  unit!: string;

  @ApiProperty({ description: 'Tên tệp khi tải lên / the name it was uploaded under' })
  name!: string;

  @ApiProperty({ description: 'Username of the uploader' })
  uploadedBy!: string;

  @ApiProperty({ description: 'ISO-8601 instant of the upload' })
  uploadedAt!: string;
}

/** What the web app shows in an evidence list. A submitter sees only their own unit's uploads. */
export class EvidenceFileMetaResponse {
  @ApiProperty()
  sha256!: string;

  @ApiProperty({ description: 'The name the file is shown and downloaded under (the first upload this account sees)' })
  name!: string;

  @ApiProperty()
  size!: number;

  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES })
  mediaType!: string;

  @ApiProperty({ type: EvidenceUploadResponse, isArray: true })
  uploads!: EvidenceUploadResponse[];
}
