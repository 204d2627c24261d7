import type { Command } from 'commander';
import {
  BUDGET_SOURCE_LABELS,
  formatDong,
  getPlan,
  isDomainError,
  listPlans,
  planBudgetTotals,
  planCounts,
  validatePlan,
  type PlanVersion,
} from '@dti/domain';
import type { CliCommand } from '../../cli-command';
import { ExitCode, writeLine, type CliContext } from '../../cli-context';

/** `plan list | show <id> | validate <id>`: the plans tracked (Kế hoạch), their counts, budget and errata. */
export const planCommand: CliCommand = {
  name: 'plan',
  register(program, context) {
    const plan = program.command('plan').description('plans tracked: list, show, validate / các kế hoạch');
    plan
      .command('list')
      .description('every plan: id, title, counts / danh sách kế hoạch')
      .option('--json', 'an array of {id, title, targets, tasks, projects}')
      .action((options: { json?: boolean }) => {
        const rows = listPlans().map((p) => ({ id: p.id, title: p.title, ...pick(planCounts(p)) }));
        if (options.json) return writeLine(context.io.stdout, JSON.stringify(rows));
        for (const row of rows) {
          writeLine(
            context.io.stdout,
            `${row.id}  ${row.title}  (Chỉ tiêu ${row.targets}, Nhiệm vụ ${row.tasks}, Dự án ${row.projects})`,
          );
        }
      });
    registerShow(plan, context);
    registerValidate(plan, context);
  },
};

const pick = (counts: ReturnType<typeof planCounts>) => ({
  targets: counts.targets,
  tasks: counts.tasks,
  projects: counts.projects,
});

function lookup(id: string, context: CliContext): PlanVersion | undefined {
  try {
    return getPlan(id);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    writeLine(context.io.stderr, error.message);
    context.exit(ExitCode.notFound);
    return undefined;
  }
}

function registerShow(parent: Command, context: CliContext): void {
  parent
    .command('show')
    .argument('<id>', 'plan id, e.g. tth-222 (case-insensitive)')
    .description('counts of targets, tasks and projects, and the budget by source / tóm tắt kế hoạch')
    .option('--json', 'print {id, title, source, counts, budget, declaredBudget, sumsHold} (money in đồng, as text)')
    .action((id: string, options: { json?: boolean }) => {
      const plan = lookup(id, context);
      if (plan === undefined) return;
      const counts = planCounts(plan);
      const budget = planBudgetTotals(plan);
      const { sumsHold } = validatePlan(plan);
      const { stdout } = context.io;
      if (options.json) {
        writeLine(
          stdout,
          JSON.stringify({
            id: plan.id,
            title: plan.title,
            source: plan.source,
            periods: { first: plan.firstPeriod, last: plan.lastPeriod },
            counts,
            budget,
            declaredBudget: plan.declaredBudget,
            sumsHold,
          }),
        );
        return;
      }
      writeLine(stdout, `${plan.id} — ${plan.title}${plan.titleEn ? ` / ${plan.titleEn}` : ''}`);
      writeLine(stdout, `Nguồn / Source: ${plan.source}`);
      writeLine(stdout, `Kỳ báo cáo / Periods: ${plan.firstPeriod} – ${plan.lastPeriod}`);
      writeLine(stdout, `Chỉ tiêu / Targets: ${counts.targets}`);
      writeLine(
        stdout,
        `Nhiệm vụ / Tasks: ${counts.tasks} (văn bản / documents ${counts.documents}, chương trình / programmes ${counts.programmes})`,
      );
      writeLine(
        stdout,
        `Dự án / Projects: ${counts.projects} (${counts.businessFunded} do doanh nghiệp đầu tư 100% / fully business-funded)`,
      );
      writeLine(stdout, 'Kinh phí theo nguồn vốn / Budget by source (đồng):');
      writeLine(stdout, `  ${BUDGET_SOURCE_LABELS.provincial.vi}: ${formatDong(budget.provincial)}`);
      writeLine(stdout, `  ${BUDGET_SOURCE_LABELS.other.vi}: ${formatDong(budget.other)}`);
      writeLine(stdout, `  Tổng kinh phí / Total: ${formatDong(budget.total)}`);
      writeLine(
        stdout,
        sumsHold ? 'Tổng khớp phụ lục / Sums match the appendix' : 'Tổng KHÔNG khớp / Sums do NOT match',
      );
    });
}

function registerValidate(parent: Command, context: CliContext): void {
  parent
    .command('validate')
    .argument('<id>', 'plan id, e.g. tth-222 (case-insensitive)')
    .description(
      'the errata, agencies outside the register, and whether the budget sums hold / kiểm tra kế hoạch\n' +
        'exit 0: sound (errata are information); 1: sums do not hold or a lead does not resolve; 2: unknown plan',
    )
    .option('--json', 'print {plan, counts, budget, declaredBudget, sumsHold, problems, outsideRegister, errata}')
    .action((id: string, options: { json?: boolean }) => {
      const plan = lookup(id, context);
      if (plan === undefined) return;
      const report = validatePlan(plan);
      const { stdout } = context.io;
      if (options.json) {
        writeLine(stdout, JSON.stringify(report));
      } else {
        writeLine(
          stdout,
          `${report.plan}: ${report.errata.length} đính chính / errata; ${report.problems.length} lỗi / problems; ` +
            (report.sumsHold
              ? 'tổng kinh phí khớp / budget sums hold'
              : 'tổng kinh phí KHÔNG khớp / budget sums do NOT hold'),
        );
        writeLine(
          stdout,
          `  Σ ${formatDong(report.budget.provincial)} + ${formatDong(report.budget.other)} = ${formatDong(report.budget.total)} ` +
            `(phụ lục / declared ${formatDong(report.declaredBudget.total)})`,
        );
        for (const problem of report.problems) writeLine(stdout, `✗ ${problem}`);
        for (const outside of report.outsideRegister) {
          writeLine(stdout, `[outside-register] ${outside.at}: "${outside.name}" → ${outside.as}`);
        }
        for (const erratum of report.errata) {
          writeLine(stdout, `[${erratum.kind}] ${erratum.at}: "${erratum.seedSays}" — ${erratum.interpretation}`);
        }
      }
      if (report.problems.length > 0) context.exit(ExitCode.failure);
    });
}
