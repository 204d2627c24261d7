import { Button, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDecimal, formatQuarter } from '../common/format';
import { inLanguage, type ProjectView, type TaskView } from './plan-queries';
import type { ReportTarget } from './ReportForm';

/** The lead agencies (Chủ trì) as the plan prints them, for the filter. */
function leadOptions(rows: Array<{ lead: { name: string } }>, all: string) {
  const names = [...new Set(rows.map((row) => row.lead.name))].sort((a, b) => a.localeCompare(b, 'vi'));
  return [{ value: '', label: all }, ...names.map((name) => ({ value: name, label: name }))];
}

function Filters(props: {
  lead: string;
  status: string;
  leads: Array<{ value: string; label: string }>;
  statuses: Array<{ value: string; label: string }>;
  onLead: (value: string) => void;
  onStatus: (value: string) => void;
}) {
  const { t } = useTranslation('plan');
  return (
    <Space wrap className="plan-filters">
      <Select
        aria-label={t('filterLead')}
        value={props.lead}
        options={props.leads}
        onChange={props.onLead}
        style={{ minWidth: 280 }}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <Select
        aria-label={t('filterStatus')}
        value={props.status}
        options={props.statuses}
        onChange={props.onStatus}
        style={{ minWidth: 200 }}
      />
    </Space>
  );
}

export function taskState(task: TaskView): string {
  return task.latest?.progress.status ?? 'not_reported';
}

const TASK_STATES = ['not_reported', 'not_started', 'drafting', 'issued', 'done', 'overdue'] as const;

/** Nhiệm vụ (Appendix 2), filterable by Chủ trì and status; a lead's submitter reports a row from here. */
export function TasksTable({
  tasks,
  canReport,
  onReport,
}: {
  tasks: TaskView[];
  canReport: (row: TaskView) => boolean;
  onReport: (item: ReportTarget) => void;
}) {
  const { t } = useTranslation('plan');
  const [lead, setLead] = useState('');
  const [status, setStatus] = useState('');
  const rows = useMemo(
    () =>
      tasks.filter(
        (task) =>
          (lead === '' || task.lead.name === lead) &&
          (status === '' ||
            (status === 'done' ? task.done : status === 'overdue' ? task.overdue : taskState(task) === status)),
      ),
    [tasks, lead, status],
  );
  const columns: TableColumnsType<TaskView> = [
    { title: t('col.code'), dataIndex: 'code', width: 70 },
    {
      title: t('col.content'),
      dataIndex: 'task',
      render: (_, task) => (
        <>
          <div>{inLanguage(task.task, task.taskEn)}</div>
          {task.type ? <div className="plan-muted">{task.type}</div> : null}
          {task.required !== null ? <div className="plan-muted">{t('required', { count: task.required })}</div> : null}
        </>
      ),
    },
    {
      title: t('col.lead'),
      render: (_, task) => (
        <>
          <div>{task.lead.name}</div>
          <div className="plan-muted">
            {t('col.coordinating')}: {task.coordinating}
          </div>
        </>
      ),
    },
    {
      title: t('col.status'),
      render: (_, task) => {
        const latest = task.latest;
        return (
          <Space orientation="vertical" size={2}>
            <span>
              <Tag color={task.done ? 'green' : task.overdue ? 'red' : latest ? 'blue' : 'default'}>
                {t(`taskStatus.${taskState(task)}`)}
              </Tag>
              {task.overdue ? <Tag color="red">{t('taskStatus.overdue')}</Tag> : null}
            </span>
            {latest?.progress.documentNumber ? (
              <span className="plan-muted">
                {t('document', {
                  number: latest.progress.documentNumber,
                  date: formatDate(latest.progress.issuedOn ?? ''),
                })}
              </span>
            ) : null}
            {latest?.progress.issuedCount !== null && latest?.progress.issuedCount !== undefined ? (
              <span className="plan-muted">{t('issuedCount', { count: latest.progress.issuedCount })}</span>
            ) : null}
            {latest ? <span className="plan-muted">{formatQuarter(latest.period)}</span> : null}
          </Space>
        );
      },
    },
    {
      title: t('col.actions'),
      width: 130,
      render: (_, task) =>
        canReport(task) ? (
          <Button
            aria-label={t('reportRow', { kind: t('kind.task'), code: task.code })}
            onClick={() =>
              onReport({
                kind: 'task',
                code: task.code,
                label: inLanguage(task.task, task.taskEn),
                recurring: task.quantity !== null,
              })
            }
          >
            {t('report')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Filters
        lead={lead}
        status={status}
        leads={leadOptions(tasks, t('allLeads'))}
        statuses={[
          { value: '', label: t('allStatuses') },
          ...TASK_STATES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) })),
        ]}
        onLead={setLead}
        onStatus={setStatus}
      />
      <Table<TaskView>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        aria-label={t('tabs.tasks')}
      />
    </>
  );
}

const PHASES = ['not_reported', 'preparation', 'in_progress', 'completed', 'stopped'] as const;

/** Dự án (Appendix 3) with their Kinh phí (Appendix 5), filterable by Chủ trì and phase. */
export function ProjectsTable({
  projects,
  canReport,
  onReport,
}: {
  projects: ProjectView[];
  canReport: (row: ProjectView) => boolean;
  onReport: (item: ReportTarget) => void;
}) {
  const { t } = useTranslation('plan');
  const [lead, setLead] = useState('');
  const [status, setStatus] = useState('');
  const rows = useMemo(
    () =>
      projects.filter(
        (project) =>
          (lead === '' || project.lead.name === lead) &&
          (status === '' || (status === 'overdue' ? project.overdue : project.phase === status)),
      ),
    [projects, lead, status],
  );
  const columns: TableColumnsType<ProjectView> = [
    { title: t('col.code'), dataIndex: 'code', width: 80 },
    { title: t('col.content'), dataIndex: 'title', render: (_, project) => inLanguage(project.title, project.titleEn) },
    { title: t('col.lead'), render: (_, project) => project.lead.name },
    { title: t('col.years'), width: 110, render: (_, project) => `${project.years.from}–${project.years.to}` },
    {
      title: t('col.budget'),
      className: 'num',
      render: (_, project) =>
        project.budget === null ? (
          <span className="plan-muted">{t('businessFunded')}</span>
        ) : (
          formatDecimal(project.budget.total)
        ),
    },
    {
      title: t('col.phase'),
      render: (_, project) => (
        <Space orientation="vertical" size={2}>
          <span>
            <Tag color={project.completed ? 'green' : project.latest ? 'blue' : 'default'}>
              {t(`phase.${project.phase}`)}
            </Tag>
            {project.overdue ? <Tag color="red">{t('taskStatus.overdue')}</Tag> : null}
          </span>
          {project.latest ? (
            <span className="plan-muted">
              {t('progress.physical', { value: formatDecimal(project.latest.progress.physicalPercent) })}
            </span>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('col.disbursed'),
      className: 'num',
      render: (_, project) =>
        project.latest
          ? formatDecimal(
              (
                BigInt(project.latest.progress.disbursed.provincial) + BigInt(project.latest.progress.disbursed.other)
              ).toString(),
            )
          : '—',
    },
    {
      title: t('col.actions'),
      width: 130,
      render: (_, project) =>
        canReport(project) ? (
          <Button
            aria-label={t('reportRow', { kind: t('kind.project'), code: project.code })}
            onClick={() =>
              onReport({ kind: 'project', code: project.code, label: inLanguage(project.title, project.titleEn) })
            }
          >
            {t('report')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Filters
        lead={lead}
        status={status}
        leads={leadOptions(projects, t('allLeads'))}
        statuses={[
          { value: '', label: t('allStatuses') },
          ...PHASES.map((s) => ({ value: s, label: t(`phase.${s}`) })),
          { value: 'overdue', label: t('taskStatus.overdue') },
        ]}
        onLead={setLead}
        onStatus={setStatus}
      />
      <Table<ProjectView>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        aria-label={t('tabs.projects')}
      />
    </>
  );
}
