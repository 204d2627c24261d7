import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * What an accepted command answers. Derived from the command and the events it appended only, so a
 * retry with the same Idempotency-Key answers byte for byte the same.
 */
export class CommandAcceptedResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ description: 'The command id (derived from the Idempotency-Key when one is sent)' })
  commandId!: string;

  @ApiProperty({
    type: [String],
    description: 'Types of the events the command appended',
    example: ['SubmissionApproved'],
  })
  events!: string[];

  @ApiProperty({ description: 'Stream revision of the command’s last event', example: '3' })
  revision!: string;
}

export class SubmissionAcceptedResponse extends CommandAcceptedResponse {
  @ApiProperty({ example: 'sub-2b6c1f0e-8d1a-5a47-9f3e-0c2d4e6f8a10' })
  submissionId!: string;

  @ApiPropertyOptional({ example: '7.1.1' })
  criterion?: string;

  @ApiPropertyOptional({
    enum: ['pending', 'approved', 'rejected', 'withdrawn'],
    description: 'Status the command gave it',
  })
  status?: 'pending' | 'approved' | 'rejected' | 'withdrawn';
}

export class ReportAcceptedResponse extends CommandAcceptedResponse {
  @ApiProperty({ enum: ['finalized', 'reopened'] })
  status!: 'finalized' | 'reopened';

  @ApiProperty({ description: 'The report version finalized or reopened' })
  version!: number;
}
