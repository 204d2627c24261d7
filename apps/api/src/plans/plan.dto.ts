import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../assessments/dto/evidence.dto';
import { IsQuarterSyntax, IsUnitCodeSyntax } from '../http-inputs/input-syntax';

export class PlanParams {
  @ApiProperty({ description: 'Plan id (case-insensitive)', example: 'tth-222' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'plan must be a plan id such as tth-222' })
  plan!: string;
}

export class PlanItemParams extends PlanParams {
  @ApiProperty({
    description: 'Row code: a target "1"…"14", a task "I.1"…"II.6", a project "A.I.1"…"E.11"',
    example: '2',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'code must be a row code such as 2, I.6 or A.I.1' })
  code!: string;
}

export class PlanReportParams extends PlanParams {
  @ApiProperty({ description: 'Report id, as returned when reported', example: '2021-Q1:target:2:1' })
  @IsString()
  @Matches(/^\S{1,80}$/)
  reportId!: string;
}

export class PlanPeriodQuery {
  @ApiPropertyOptional({ description: 'As of this quarter (default: the plan’s last quarter)', example: '2023-Q4' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period must be a quarter YYYY-Qn' })
  period?: string;
}

export class PlanReportsQuery {
  @ApiPropertyOptional({ description: 'Only the reports of this quarter', example: '2025-Q2' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period must be a quarter YYYY-Qn' })
  period?: string;

  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], description: 'Only reports in this state' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: 'pending' | 'approved' | 'rejected';
}

/** The filters of the reviewers' queue of plan reports, as the criteria queue's (GET /review-queue) and one more. */
export class PlanReviewQueueQuery {
  @ApiPropertyOptional({ description: 'Only reports sent by this unit (code)', example: 'STTTT' })
  @IsOptional()
  @IsUnitCodeSyntax()
  unit?: string;

  @ApiPropertyOptional({ description: 'Only this quarter (YYYY-Qn)', example: '2025-Q2' })
  @IsOptional()
  @IsQuarterSyntax()
  period?: string;

  @ApiPropertyOptional({ description: 'Only reports sent by units of this block', enum: ['department', 'district'] })
  @IsOptional()
  @IsIn(['department', 'district'])
  block?: 'department' | 'district';

  @ApiPropertyOptional({ description: 'Only rows of this kind', enum: ['target', 'task', 'project'] })
  @IsOptional()
  @IsIn(['target', 'task', 'project'])
  kind?: 'target' | 'task' | 'project';
}

export class ReportPlanProgressDto {
  @ApiProperty({ description: 'Kỳ báo cáo (quarter), within the plan', example: '2021-Q1' })
  @IsString()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period must be a quarter YYYY-Qn' })
  period!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'By kind. Chỉ tiêu (target): {numerator, denominator} — the measured share, exact decimals (numbers or text). ' +
      'Nhiệm vụ (task): {status: not_started|drafting|issued, documentNumber?, issuedOn? (YYYY-MM-DD), issuedCount?} — ' +
      'an issued document with its number and date; a recurring task (with a quantity) with the count issued so far. ' +
      'Dự án (project): {phase: preparation|in_progress|completed|stopped, physicalPercent (0–100), disbursed: ' +
      '{provincial, other}} — Giải ngân so far, whole đồng (text beyond 2^53). Checked by the domain: 422 names the field.',
    example: { numerator: 820, denominator: 1000 },
  })
  @IsObject()
  progress!: Record<string, unknown>;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class PlanReportAcceptedResponse {
  @ApiProperty({ example: 'tth-222' })
  plan!: string;

  @ApiProperty({ example: '2021-Q1:target:2:1' })
  reportId!: string;

  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] })
  status!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Revision of the plan-quarter stream after the command' })
  revision!: string | null;
}
