import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/**
 * Path parameters. Only their shape is checked here; the domain parses unit codes and periods and
 * answers 422 naming the one at fault, so the rules live in one place.
 */
export class AssessmentParams {
  @ApiProperty({ description: 'Unit code', example: 'STTTT' })
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit!: string;

  @ApiProperty({ description: 'Quarter, YYYY-Qn', example: '2021-Q1' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  period!: string;
}

export class CriterionParams extends AssessmentParams {
  @ApiProperty({ description: 'Criterion code', example: '7.1.1' })
  @IsString()
  @Matches(/^\S{1,80}$/)
  criterion!: string;
}

export class SubmissionParams extends AssessmentParams {
  @ApiProperty({ description: 'Submission id, as returned when it was submitted' })
  @IsString()
  @Matches(/^\S{1,128}$/)
  submissionId!: string;
}
