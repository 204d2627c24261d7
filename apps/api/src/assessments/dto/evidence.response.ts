import { ApiProperty } from '@nestjs/swagger';

export class EvidenceResponse {
  @ApiProperty({ description: 'Số hiệu văn bản', example: '15/BC-STTTT' })
  documentNumber!: string;

  @ApiProperty({ description: 'Ngày ban hành (YYYY-MM-DD)', example: '2021-03-25' })
  documentDate!: string;

  @ApiProperty({ description: 'Người ký', example: 'Nguyễn Văn Hùng' })
  signer!: string;

  @ApiProperty({ type: String, nullable: true, example: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf' })
  url!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of an uploaded file, lower-case hex' })
  sha256!: string | null;
}
