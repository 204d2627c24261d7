import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class ApproveSubmissionDto {
  @ApiPropertyOptional({ description: 'Ghi chú của người thẩm định', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class RejectSubmissionDto {
  @ApiProperty({ description: 'Lý do trả lại', example: 'Thiếu văn bản chứng minh số liệu b', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class ReopenReportDto {
  @ApiProperty({ description: 'Lý do mở lại báo cáo đã chốt', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
