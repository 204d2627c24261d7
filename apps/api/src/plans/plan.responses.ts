import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EvidenceResponse } from '../assessments/dto/evidence.response';

/**
 * The plan routes' answers as OpenAPI schemas (the web's types are generated from them). Money is whole đồng
 * as text; percentages are a 2-decimal number for display beside the exact fraction.
 */

export class PlanBudgetResponse {
  @ApiProperty({ description: 'Ngân sách tỉnh (trung hạn), đồng', example: '554500000000' })
  provincial!: string;

  @ApiProperty({ description: 'Xã hội hóa; Tài trợ; Trung ương; Khác, đồng', example: '2177500000000' })
  other!: string;

  @ApiProperty({ description: 'Tổng kinh phí, đồng', example: '2732000000000' })
  total!: string;
}

export class PlanCountsResponse {
  @ApiProperty({ example: 14 }) targets!: number;
  @ApiProperty({ example: 28 }) tasks!: number;
  @ApiProperty({ example: 22 }) documents!: number;
  @ApiProperty({ example: 6 }) programmes!: number;
  @ApiProperty({ example: 56 }) projects!: number;
  @ApiProperty({ description: 'Projects without budget: 100% business-funded', example: 6 }) businessFunded!: number;
}

export class PlanSummaryResponse {
  @ApiProperty({ example: 'tth-222' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) titleEn!: string | null;
  @ApiProperty({ type: PlanCountsResponse }) counts!: PlanCountsResponse;
  @ApiProperty({ type: PlanBudgetResponse, description: 'Σ of the projects’ budgets' }) budget!: PlanBudgetResponse;
  @ApiProperty({ type: PlanBudgetResponse, description: 'The appendix’s own totals' })
  declaredBudget!: PlanBudgetResponse;
  @ApiProperty({ description: 'Reportable rows (targets + tasks + projects)', example: 98 }) rows!: number;
}

export class PlanErratumResponse {
  @ApiProperty({ example: 'PL5 E.3' }) at!: string;
  @ApiProperty({ example: 'wrong-sector' }) kind!: string;
  @ApiProperty() seedSays!: string;
  @ApiProperty() interpretation!: string;
}

export class PlanPeriodsResponse {
  @ApiProperty({ example: '2020-Q4' }) first!: string;
  @ApiProperty({ example: '2025-Q4' }) last!: string;
}

export class PlanDetailResponse extends PlanSummaryResponse {
  @ApiProperty() source!: string;
  @ApiProperty({ type: PlanPeriodsResponse }) periods!: PlanPeriodsResponse;
  @ApiProperty({ type: [PlanErratumResponse] }) errata!: PlanErratumResponse[];
}

export class PlanAgencyResponse {
  @ApiProperty({ description: 'Chủ trì as the plan prints it', example: 'Sở Thông tin và Truyền thông' }) name!: string;
  @ApiProperty({ type: [String], description: 'Unit codes of the register it means', example: ['STTTT'] })
  units!: string[];
  @ApiPropertyOptional({ description: 'An agency outside the register, kept as named' }) outside?: string;
}

export class ExactPercentResponse {
  @ApiProperty({ description: 'Rounded to 2 decimals, for display', example: 45.5 }) value!: number;
  @ApiProperty({ description: 'Exact, a fraction in lowest terms', example: '91/2' }) exact!: string;
}

export class TargetLatestResponse {
  @ApiProperty({ example: '2021-Q4' }) period!: string;
  @ApiProperty({ type: ExactPercentResponse }) percent!: ExactPercentResponse;
  @ApiProperty({ example: '45.5' }) numerator!: string;
  @ApiProperty({ example: '100' }) denominator!: string;
  @ApiProperty({ example: '2021-Q4:target:2:2' }) reportId!: string;
}

export class TargetPointResponse {
  @ApiProperty({ example: '2021-Q4' }) period!: string;
  @ApiProperty({ type: ExactPercentResponse }) percent!: ExactPercentResponse;
}

export class TargetViewResponse {
  @ApiProperty({ example: '2' }) code!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The content in English, alongside' })
  contentEn!: string | null;
  @ApiProperty({
    type: [String],
    description: 'Who reports the row in the quarter shown: its leads in the unit register then in force',
    example: ['STTTT'],
  })
  reporters!: string[];
  @ApiProperty({ type: PlanAgencyResponse }) lead!: PlanAgencyResponse;
  @ApiProperty({ type: ExactPercentResponse, description: 'The 2025 value' }) targetPercent!: ExactPercentResponse;
  @ApiProperty({ type: TargetLatestResponse, nullable: true }) latest!: TargetLatestResponse | null;
  @ApiProperty({ type: [TargetPointResponse], description: 'The latest approved value of each quarter' })
  series!: TargetPointResponse[];
  @ApiProperty({
    type: ExactPercentResponse,
    nullable: true,
    description: 'The linear trend at the plan’s last quarter',
  })
  projectedAtEnd!: ExactPercentResponse | null;
  @ApiProperty({ enum: ['met', 'on_track', 'behind', 'not_met', 'no_data'] }) status!: string;
  @ApiProperty({ description: 'Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt, Chưa có số liệu', example: 'Đúng tiến độ' })
  statusLabel!: string;
}

export class TaskProgressResponse {
  @ApiProperty({ enum: ['task'] }) kind!: string;
  @ApiProperty({ enum: ['not_started', 'drafting', 'issued'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: '15/QĐ-UBND' }) documentNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2021-11-15' }) issuedOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) issuedCount!: number | null;
}

export class TaskLatestResponse {
  @ApiProperty() period!: string;
  @ApiProperty() reportId!: string;
  @ApiProperty({ type: TaskProgressResponse }) progress!: TaskProgressResponse;
}

export class PlanQuantityResponse {
  @ApiProperty({ example: 3 }) count!: number;
  @ApiProperty({ description: '"ít nhất"' }) atLeast!: boolean;
  @ApiProperty({ enum: ['year', 'plan'] }) per!: string;
  @ApiProperty({ example: 'văn bản chỉ đạo' }) what!: string;
}

export class TaskViewResponse {
  @ApiProperty({ example: 'I.6' }) code!: string;
  @ApiProperty() task!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The task in English, alongside' }) taskEn!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The seed’s verbatim text where the scan lost letters (null: `task` is verbatim)',
  })
  seedText!: string | null;
  @ApiProperty({ enum: ['documents', 'programmes'] }) group!: string;
  @ApiProperty({ type: PlanAgencyResponse }) lead!: PlanAgencyResponse;
  @ApiProperty({
    type: [String],
    description: 'Who reports the row in the quarter shown: its leads in the unit register then in force',
    example: ['STTTT'],
  })
  reporters!: string[];
  @ApiProperty({ description: 'Phối hợp, as printed' }) coordinating!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Quyết định' }) type!: string | null;
  @ApiProperty({ type: PlanQuantityResponse, nullable: true }) quantity!: PlanQuantityResponse | null;
  @ApiProperty({ type: TaskLatestResponse, nullable: true }) latest!: TaskLatestResponse | null;
  @ApiProperty({ type: Number, nullable: true, description: 'How many the plan asks for in all' }) required!:
    number | null;
  @ApiProperty() done!: boolean;
  @ApiProperty({ description: 'Not done once the plan has ended' }) overdue!: boolean;
}

export class DisbursedResponse {
  @ApiProperty({ example: '4000000000' }) provincial!: string;
  @ApiProperty({ example: '18000000000' }) other!: string;
}

export class ProjectProgressResponse {
  @ApiProperty({ enum: ['project'] }) kind!: string;
  @ApiProperty({ enum: ['preparation', 'in_progress', 'completed', 'stopped'] }) phase!: string;
  @ApiProperty({ description: 'Physical progress, %, exact decimal', example: '40.5' }) physicalPercent!: string;
  @ApiProperty({ type: DisbursedResponse, description: 'Giải ngân so far by source, đồng' })
  disbursed!: DisbursedResponse;
}

export class ProjectLatestResponse {
  @ApiProperty() period!: string;
  @ApiProperty() reportId!: string;
  @ApiProperty({ type: ProjectProgressResponse }) progress!: ProjectProgressResponse;
}

export class ProjectYearsResponse {
  @ApiProperty({ example: 2020 }) from!: number;
  @ApiProperty({ example: 2022 }) to!: number;
}

export class ProjectViewResponse {
  @ApiProperty({ example: 'A.I.1' }) code!: string;
  @ApiProperty({ example: 'A.I' }) section!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The title in English, alongside' }) titleEn!:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The seed’s verbatim text where the scan lost letters (null: `title` is verbatim)',
  })
  seedText!: string | null;
  @ApiProperty({ type: PlanAgencyResponse }) lead!: PlanAgencyResponse;
  @ApiProperty({
    type: [String],
    description: 'Who reports the row in the quarter shown: its leads in the unit register then in force',
    example: ['STTTT'],
  })
  reporters!: string[];
  @ApiProperty({ type: ProjectYearsResponse }) years!: ProjectYearsResponse;
  @ApiProperty({ type: PlanBudgetResponse, nullable: true }) budget!: PlanBudgetResponse | null;
  @ApiProperty({ description: 'No budget: 100% business-funded' }) businessFunded!: boolean;
  @ApiProperty({ type: ProjectLatestResponse, nullable: true }) latest!: ProjectLatestResponse | null;
  @ApiProperty({ enum: ['preparation', 'in_progress', 'completed', 'stopped', 'not_reported'] }) phase!: string;
  @ApiProperty() completed!: boolean;
  @ApiProperty({ description: 'Not completed (nor stopped) after its last year' }) overdue!: boolean;
}

export class BudgetLineResponse {
  @ApiProperty({ type: PlanBudgetResponse }) planned!: PlanBudgetResponse;
  @ApiProperty({ type: PlanBudgetResponse }) disbursed!: PlanBudgetResponse;
}

export class LeadBudgetResponse extends BudgetLineResponse {
  @ApiProperty({ description: 'Unit code, or the name of an agency outside the register', example: 'STTTT' })
  lead!: string;
  @ApiProperty() name!: string;
}

export class ProgressBudgetResponse {
  @ApiProperty({ type: BudgetLineResponse }) province!: BudgetLineResponse;
  @ApiProperty({ type: [LeadBudgetResponse], description: 'A jointly led project counts for each lead' })
  byLead!: LeadBudgetResponse[];
}

export class TasksByLeadResponse {
  @ApiProperty({ example: 'STTTT' }) lead!: string;
  @ApiProperty() name!: string;
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty() overdue!: number;
}

export class TargetStatusCountsResponse {
  @ApiProperty() met!: number;
  @ApiProperty() on_track!: number;
  @ApiProperty() behind!: number;
  @ApiProperty() not_met!: number;
  @ApiProperty() no_data!: number;
}

export class TaskCountsResponse {
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty() overdue!: number;
}

export class PhaseCountsResponse {
  @ApiProperty() preparation!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() stopped!: number;
  @ApiProperty() not_reported!: number;
}

export class PlanProgressResponse {
  @ApiProperty({ example: 'tth-222' }) plan!: string;
  @ApiProperty({ example: '2023-Q4' }) asOf!: string;
  @ApiProperty({ type: TargetStatusCountsResponse }) targets!: TargetStatusCountsResponse;
  @ApiProperty({ type: TaskCountsResponse }) tasks!: TaskCountsResponse;
  @ApiProperty({ type: [TasksByLeadResponse] }) tasksByLead!: TasksByLeadResponse[];
  @ApiProperty({ type: PhaseCountsResponse }) projectsByPhase!: PhaseCountsResponse;
  @ApiProperty({ type: ProgressBudgetResponse }) budget!: ProgressBudgetResponse;
}

export class EvaluationTargetResponse {
  @ApiProperty() code!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ type: String, nullable: true }) contentEn!: string | null;
  @ApiProperty({ enum: ['met', 'not_met', 'no_data'] }) status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ type: TargetLatestResponse, nullable: true }) latest!: TargetLatestResponse | null;
  @ApiProperty({ type: ExactPercentResponse }) targetPercent!: ExactPercentResponse;
}

export class EvaluationTargetsResponse {
  @ApiProperty() met!: number;
  @ApiProperty() notMet!: number;
  @ApiProperty() noData!: number;
  @ApiProperty({ type: [EvaluationTargetResponse] }) list!: EvaluationTargetResponse[];
}

export class EvaluationRowResponse {
  @ApiProperty() code!: string;
  @ApiPropertyOptional() task?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) taskEn?: string | null;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) titleEn?: string | null;
  @ApiProperty({ type: PlanAgencyResponse }) lead!: PlanAgencyResponse;
  @ApiPropertyOptional({ description: 'Projects: their latest approved phase' }) phase?: string;
}

export class EvaluationTasksResponse {
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty({ type: [EvaluationRowResponse] }) notDone!: EvaluationRowResponse[];
}

export class EvaluationProjectsResponse {
  @ApiProperty() total!: number;
  @ApiProperty() completed!: number;
  @ApiProperty({ type: [EvaluationRowResponse] }) notCompleted!: EvaluationRowResponse[];
}

export class PlanEvaluationResponse {
  @ApiProperty({ example: 'tth-222' }) plan!: string;
  @ApiProperty({ example: '2025-Q4' }) asOf!: string;
  @ApiProperty({ type: EvaluationTargetsResponse }) targets!: EvaluationTargetsResponse;
  @ApiProperty({ type: EvaluationTasksResponse }) tasks!: EvaluationTasksResponse;
  @ApiProperty({ type: EvaluationProjectsResponse }) projects!: EvaluationProjectsResponse;
  @ApiProperty({ type: BudgetLineResponse }) budget!: BudgetLineResponse;
}

export class PlanReportResponse {
  @ApiProperty({ example: '2025-Q2:target:2:1' }) reportId!: string;
  @ApiProperty({ example: 'tth-222' }) plan!: string;
  @ApiProperty({ example: '2025-Q2' }) period!: string;
  @ApiProperty({ enum: ['target', 'task', 'project'] }) kind!: string;
  @ApiProperty({ example: '2' }) code!: string;
  @ApiProperty({ description: 'The reporting lead agency (unit code)', example: 'STTTT' }) unit!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As reported, by kind' })
  progress!: Record<string, unknown>;
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reviewedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class PlanOfficialResponse {
  @ApiProperty({ example: '2024-Q4' }) period!: string;
  @ApiProperty({ example: '2024-Q4:target:2:1' }) reportId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As approved, by kind' })
  progress!: Record<string, unknown>;
}

export class PlanQueueItemResponse {
  @ApiProperty({ example: '2025-Q2:target:2:2' }) reportId!: string;
  @ApiProperty({ example: 'tth-222' }) plan!: string;
  @ApiProperty({ example: '2025-Q2' }) period!: string;
  @ApiProperty({ enum: ['target', 'task', 'project'] }) kind!: string;
  @ApiProperty({ example: '2' }) code!: string;
  @ApiProperty({ description: 'The row: a target’s content, a task, a project’s title (Vietnamese)' }) title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The row in English, alongside' }) titleEn!: string | null;
  @ApiProperty({ type: PlanAgencyResponse, description: 'Chủ trì' }) lead!: PlanAgencyResponse;
  @ApiProperty({ description: 'The reporting unit (code)', example: 'STTTT' }) unit!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Its name in the register' }) unitName!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitNameEn!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['department', 'district'] }) block!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As reported, by kind' })
  progress!: Record<string, unknown>;
  @ApiProperty({ type: ExactPercentResponse, nullable: true, description: 'Target: the reported value, %' })
  percent!: ExactPercentResponse | null;
  @ApiProperty({ type: ExactPercentResponse, nullable: true, description: 'Target: its value for 2025' })
  targetPercent!: ExactPercentResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Task: Loại hình' }) taskType!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Task: how many the plan asks for in all' }) required!:
    number | null;
  @ApiProperty({ type: PlanBudgetResponse, nullable: true, description: 'Project: Kinh phí planned, đồng' })
  budget!: PlanBudgetResponse | null;
  @ApiProperty({
    type: PlanOfficialResponse,
    nullable: true,
    description: 'The row’s latest approved report up to this quarter',
  })
  official!: PlanOfficialResponse | null;
  @ApiProperty({
    type: [PlanReportResponse],
    description: 'The reviewed reports of the same row and quarter, oldest first (with a rejection’s reason)',
  })
  earlier!: PlanReportResponse[];
  @ApiProperty({ type: [EvidenceResponse] }) evidence!: EvidenceResponse[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ description: 'False for the reader’s own report (separation of duties)' }) reviewable!: boolean;
}

export class PlanQueueResponse {
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ type: [PlanQueueItemResponse] }) items!: PlanQueueItemResponse[];
}
