import { Button, Card, Col, Empty, Row, Select, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDecimal, formatPercent, formatQuarter } from '../common/format';
import { isQuarter, quartersBetween } from '../common/periods';
import { currentLanguage } from '../i18n';
import { useCurrentSession } from '../session/session';
import { BudgetChart } from './BudgetChart';
import { ProjectsTable, TasksTable } from './ItemTables';
import { PendingPlanReports, ReportProgress } from './PlanReports';
import { ReportForm, type ReportTarget } from './ReportForm';
import './plan.css';
import './plan.strings';
import {
  PLAN_ID,
  inLanguage,
  leads,
  useEvaluation,
  usePlan,
  useProgress,
  useProjects,
  useReports,
  useTargets,
  useTasks,
  type PlanAgency,
  type PlanEvaluation,
  type TargetView,
} from './plan-queries';

const STATUS_COLOR: Record<string, string> = {
  met: 'green',
  on_track: 'blue',
  behind: 'orange',
  not_met: 'red',
  no_data: 'default',
};

const TABS = ['targets', 'tasks', 'projects', 'budget', 'reports', 'evaluation'] as const;
type TabKey = (typeof TABS)[number];

/**
 * Kế hoạch 222: Chỉ tiêu as progress bars against their 2025 values, Nhiệm vụ and Dự án as tables filterable by
 * Chủ trì and status, Kinh phí by Nguồn vốn as a chart, the plan's progress reports (a lead agency's submitters
 * report their rows; reviewers approve or reject) and the final evaluation (Báo cáo tổng kết). `?period=` is the
 * quarter the figures are as of; `?tab=` the tab shown.
 */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const plan = usePlan(PLAN_ID);
  const [reporting, setReporting] = useState<ReportTarget | null>(null);

  const periods = useMemo(
    () => (plan.data ? quartersBetween(plan.data.periods.first, plan.data.periods.last) : []),
    [plan.data],
  );
  const requested = params.get('period');
  const period =
    plan.data === undefined
      ? ''
      : isQuarter(requested) && periods.includes(requested)
        ? requested
        : plan.data.periods.last;
  const tabParam = params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam !== null && (TABS as readonly string[]).includes(tabParam) ? tabParam : 'targets';

  const update = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />;

  const submitter = session.role === 'submitter';
  const reviewer = session.role === 'reviewer' || session.role === 'lead_reviewer';
  const canReport = (row: { lead: PlanAgency; reporters?: string[] }) =>
    submitter && leads(row.lead, session.unit, row.reporters);
  const title = currentLanguage() === 'en' && plan.data.titleEn ? plan.data.titleEn : plan.data.title;

  return (
    <div className="plan-page">
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Typography.Paragraph className="plan-subtitle">
        {title}
        <br />
        <span className="plan-muted">
          {t('counts', {
            targets: plan.data.counts.targets,
            tasks: plan.data.counts.tasks,
            projects: plan.data.counts.projects,
          })}
        </span>
      </Typography.Paragraph>
      <Space className="plan-toolbar" wrap>
        <label htmlFor="plan-as-of">{t('asOf')}</label>
        <Select
          id="plan-as-of"
          aria-label={t('asOfQuarter')}
          value={period}
          style={{ minWidth: 160 }}
          options={[...periods].reverse().map((p) => ({ value: p, label: formatQuarter(p) }))}
          onChange={(value) => update('period', value)}
        />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => update('tab', key)}
        destroyOnHidden
        items={[
          {
            key: 'targets',
            label: t('tabs.targets'),
            children: <TargetsPanel period={period} canReport={canReport} onReport={setReporting} />,
          },
          {
            key: 'tasks',
            label: t('tabs.tasks'),
            children: <TasksPanel period={period} canReport={canReport} onReport={setReporting} />,
          },
          {
            key: 'projects',
            label: t('tabs.projects'),
            children: <ProjectsPanel period={period} canReport={canReport} onReport={setReporting} />,
          },
          { key: 'budget', label: t('tabs.budget'), children: <BudgetPanel period={period} /> },
          {
            key: 'reports',
            label: t('tabs.reports'),
            children: reviewer ? (
              <PendingPlanReports username={session.username} />
            ) : (
              <UnitReports unit={submitter ? (session.unit ?? null) : null} />
            ),
          },
          { key: 'evaluation', label: t('tabs.evaluation'), children: <EvaluationPanel /> },
        ]}
      />
      {reporting ? (
        <ReportForm item={reporting} periods={periods} defaultPeriod={period} onClose={() => setReporting(null)} />
      ) : null}
    </div>
  );
}

interface PanelProps {
  period: string;
  canReport: (row: { lead: PlanAgency; reporters?: string[] }) => boolean;
  onReport: (item: ReportTarget) => void;
}

/** A 0–100% bar: the latest approved value filled, the 2025 value marked. */
function TargetBar({ target }: { target: TargetView }) {
  const { t } = useTranslation('plan');
  const current = target.latest?.percent.value ?? 0;
  const goal = target.targetPercent.value;
  const goalText = formatPercent(String(goal));
  const text = target.latest
    ? t('targetLine', {
        current: formatPercent(String(current)),
        period: formatQuarter(target.latest.period),
        goal: goalText,
      })
    : t('targetLineNone', { goal: goalText });
  return (
    <div>
      <div
        className="plan-bar"
        role="progressbar"
        aria-label={t('targetProgress', { code: target.code })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        <div className={`plan-bar-fill plan-bar-${target.status}`} style={{ width: `${Math.min(100, current)}%` }} />
        <div className="plan-bar-goal" style={{ left: `${Math.min(100, goal)}%` }} aria-hidden />
      </div>
      <div className="plan-bar-text">
        {text}
        {target.projectedAtEnd ? (
          <span className="plan-muted">
            {' · '}
            {t('projected', { value: formatPercent(String(target.projectedAtEnd.value)) })}
          </span>
        ) : null}
      </div>
    </div>
  );
}

function TargetsPanel({ period, canReport, onReport }: PanelProps) {
  const { t } = useTranslation('plan');
  const targets = useTargets(PLAN_ID, period);
  if (targets.isPending) return <Loading />;
  if (targets.isError) return <ErrorResult error={targets.error} onRetry={() => void targets.refetch()} />;
  return (
    <ol className="plan-targets" aria-label={t('tabs.targets')}>
      {targets.data.map((target) => (
        <li key={target.code} className="plan-target">
          <div className="plan-target-head">
            <span className="plan-target-code">{target.code}.</span>
            <span className="plan-target-content">{inLanguage(target.content, target.contentEn)}</span>
            <Tag color={STATUS_COLOR[target.status] ?? 'default'}>{t(`status.${target.status}`)}</Tag>
          </div>
          <div className="plan-muted">
            {t('col.lead')}: {target.lead.name}
          </div>
          <TargetBar target={target} />
          {canReport(target) ? (
            <Button
              size="small"
              className="plan-target-report"
              aria-label={t('reportRow', { kind: t('kind.target'), code: target.code })}
              onClick={() =>
                onReport({ kind: 'target', code: target.code, label: inLanguage(target.content, target.contentEn) })
              }
            >
              {t('report')}
            </Button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function TasksPanel({ period, canReport, onReport }: PanelProps) {
  const tasks = useTasks(PLAN_ID, period);
  if (tasks.isPending) return <Loading />;
  if (tasks.isError) return <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return <TasksTable tasks={tasks.data} canReport={canReport} onReport={onReport} />;
}

function ProjectsPanel({ period, canReport, onReport }: PanelProps) {
  const projects = useProjects(PLAN_ID, period);
  if (projects.isPending) return <Loading />;
  if (projects.isError) return <ErrorResult error={projects.error} onRetry={() => void projects.refetch()} />;
  return <ProjectsTable projects={projects.data} canReport={canReport} onReport={onReport} />;
}

function BudgetPanel({ period }: { period: string }) {
  const { t } = useTranslation('plan');
  const progress = useProgress(PLAN_ID, period);
  if (progress.isPending) return <Loading />;
  if (progress.isError) return <ErrorResult error={progress.error} onRetry={() => void progress.refetch()} />;
  const { province, byLead } = progress.data.budget;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        {(['provincial', 'other', 'total'] as const).map((source) => (
          <Col xs={24} md={8} key={source}>
            <Card size="small">
              <Statistic
                title={t(`budget.${source}`)}
                value={formatDecimal(province.planned[source])}
                suffix={t('budget.dong')}
              />
              <div className="plan-muted">
                {t('budget.disbursed')}: {formatDecimal(province.disbursed[source])} {t('budget.dong')}
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      <BudgetChart budget={province} />
      <Card size="small" title={t('budget.byLead')}>
        <div className="plan-scroll">
          <table className="plan-table" aria-label={t('budget.byLead')}>
            <thead>
              <tr>
                <th scope="col">{t('col.lead')}</th>
                <th scope="col" className="num">
                  {t('budget.planned')} ({t('budget.dong')})
                </th>
                <th scope="col" className="num">
                  {t('budget.disbursed')} ({t('budget.dong')})
                </th>
              </tr>
            </thead>
            <tbody>
              {byLead.map((line) => (
                <tr key={line.lead}>
                  <th scope="row">{line.name}</th>
                  <td className="num">{formatDecimal(line.planned.total)}</td>
                  <td className="num">{formatDecimal(line.disbursed.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </Space>
  );
}

/** A submitter's own agency's plan reports, with their state (and the reason of a rejection). */
function UnitReports({ unit }: { unit: string | null }) {
  const { t } = useTranslation('plan');
  const reports = useReports(PLAN_ID, undefined, unit !== null);
  if (unit === null) return <PendingReadOnly />;
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />;
  // What needs the agency's attention first (rejected, then pending), then the newest; the list stays short.
  const attention = (status: string) => (status === 'rejected' ? 0 : status === 'pending' ? 1 : 2);
  const mine = reports.data
    .filter((report) => report.unit === unit)
    .map((report, order) => ({ report, order }))
    .sort((a, b) => attention(a.report.status) - attention(b.report.status) || a.order - b.order)
    .map(({ report }) => report)
    .slice(0, 50);
  return (
    <section aria-label={t('reports.mine')}>
      <h2 className="plan-h2">{t('reports.mine')}</h2>
      {mine.length === 0 ? (
        <Empty description={t('noData')} />
      ) : (
        <ul className="plan-report-list" aria-label={t('reports.mine')}>
          {mine.map((report) => (
            <li key={report.reportId} className="plan-report">
              <div className="plan-report-head">
                <Tag color="purple">{t('reports.marker')}</Tag>
                <strong>
                  {t(`kind.${report.kind}`)} {report.code}
                </strong>
                <span>{formatQuarter(report.period)}</span>
                <Tag color={report.status === 'approved' ? 'green' : report.status === 'rejected' ? 'red' : 'gold'}>
                  {t(`reports.state.${report.status}`)}
                </Tag>
              </div>
              <ReportProgress report={report} />
              {report.status === 'rejected' && report.reason ? (
                <div className="plan-rejected">{t('reports.rejectedWith', { reason: report.reason })}</div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Readers other than submitters and reviewers: the pending plan reports are the reviewers' work. */
function PendingReadOnly() {
  const { t } = useTranslation('plan');
  const reports = useReports(PLAN_ID, 'pending', true);
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />;
  return (
    <section aria-label={t('reports.heading')}>
      <h2 className="plan-h2">{t('reports.heading')}</h2>
      {reports.data.length === 0 ? (
        <Empty description={t('reports.none')} />
      ) : (
        <ul className="plan-report-list" aria-label={t('reports.heading')}>
          {reports.data.map((report) => (
            <li key={report.reportId} className="plan-report">
              <Tag color="purple">{t('reports.marker')}</Tag>
              <strong>
                {t(`kind.${report.kind}`)} {report.code}
              </strong>{' '}
              {formatQuarter(report.period)} · <ReportProgress report={report} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EvaluationPanel() {
  const evaluation = useEvaluation(PLAN_ID, true);
  if (evaluation.isPending) return <Loading />;
  if (evaluation.isError) return <ErrorResult error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  return <Evaluation data={evaluation.data} />;
}

function Evaluation({ data }: { data: PlanEvaluation }) {
  const { t } = useTranslation('plan');
  const targetsTotal = data.targets.list.length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <h2 className="plan-h2">{t('evaluation.heading', { period: formatQuarter(data.asOf) })}</h2>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('tabs.targets')}
              value={t('evaluation.targetsMet', { met: data.targets.met, total: targetsTotal })}
            />
            <div className="plan-muted">
              {t('evaluation.targetsNotMet', { count: data.targets.notMet })} ·{' '}
              {t('evaluation.targetsNoData', { count: data.targets.noData })}
            </div>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('tabs.tasks')}
              value={t('evaluation.tasksDone', { done: data.tasks.done, total: data.tasks.total })}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('tabs.projects')}
              value={t('evaluation.projectsDone', { done: data.projects.completed, total: data.projects.total })}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('evaluation.targets')}>
        <div className="plan-scroll">
          <table className="plan-table" aria-label={t('evaluation.targets')}>
            <thead>
              <tr>
                <th scope="col">{t('col.code')}</th>
                <th scope="col">{t('col.content')}</th>
                <th scope="col" className="num">
                  {t('col.latest')}
                </th>
                <th scope="col" className="num">
                  2025
                </th>
                <th scope="col">{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.targets.list.map((target) => (
                <tr key={target.code}>
                  <td>{target.code}</td>
                  <td>{inLanguage(target.content, target.contentEn)}</td>
                  <td className="num">{target.latest ? formatPercent(String(target.latest.percent.value)) : '—'}</td>
                  <td className="num">{formatPercent(String(target.targetPercent.value))}</td>
                  <td>
                    <Tag color={STATUS_COLOR[target.status] ?? 'default'}>{t(`status.${target.status}`)}</Tag>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card size="small" title={t('evaluation.budget')}>
        <div className="plan-scroll">
          <table className="plan-table" aria-label={t('evaluation.budget')}>
            <thead>
              <tr>
                <th scope="col">{t('budget.source')}</th>
                <th scope="col" className="num">
                  {t('budget.planned')} ({t('budget.dong')})
                </th>
                <th scope="col" className="num">
                  {t('budget.disbursed')} ({t('budget.dong')})
                </th>
              </tr>
            </thead>
            <tbody>
              {(['provincial', 'other', 'total'] as const).map((source) => (
                <tr key={source}>
                  <th scope="row">{t(`budget.${source}`)}</th>
                  <td className="num">{formatDecimal(data.budget.planned[source])}</td>
                  <td className="num">{formatDecimal(data.budget.disbursed[source])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${t('evaluation.notDoneTasks')} (${data.tasks.notDone.length})`}>
            <ul className="plan-plain-list">
              {data.tasks.notDone.map((row) => (
                <li key={row.code}>
                  <strong>{row.code}</strong> {inLanguage(row.task ?? '', row.taskEn)}{' '}
                  <span className="plan-muted">— {row.lead.name}</span>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${t('evaluation.notDoneProjects')} (${data.projects.notCompleted.length})`}>
            <ul className="plan-plain-list">
              {data.projects.notCompleted.map((row) => (
                <li key={row.code}>
                  <strong>{row.code}</strong> {inLanguage(row.title ?? '', row.titleEn)}{' '}
                  <span className="plan-muted">
                    — {row.lead.name}
                    {row.phase ? ` · ${t(`phase.${row.phase}`)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
