import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsQuarterSyntax, IsUnitCodeSyntax } from '../../http-inputs/input-syntax';

/**
 * Path parameters. Their syntax is checked here (400 naming the parameter, as on every route: see
 * http-inputs/input-syntax.ts); the domain decides whether a well-written period is allowed (422).
 */
export class AssessmentParams {
  @ApiProperty({ description: 'Unit code', example: 'STTTT' })
  @IsUnitCodeSyntax()
  unit!: string;

  @ApiProperty({ description: 'Quarter, YYYY-Qn', example: '2021-Q1' })
  @IsQuarterSyntax()
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
