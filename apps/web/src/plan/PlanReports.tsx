import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Input, Modal, Space, Tag, message } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiProblem, localizedMessage, unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDateTime, formatDecimal, formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { PLAN_ID, refreshPlan, useReports, type PlanReport } from './plan-queries';

/** What a report says, in words: the value of a target, the status of a task, the phase of a project. */
export function ReportProgress({ report }: { report: Pick<PlanReport, 'kind' | 'progress'> }) {
  const { t } = useTranslation('plan');
  const p = report.progress as Record<string, unknown>;
  if (report.kind === 'target') {
    return (
      <span>
        {formatDecimal(String(p.numerator))}/{formatDecimal(String(p.denominator))}
      </span>
    );
  }
  if (report.kind === 'task') {
    const parts = [t(`taskStatus.${String(p.status)}`)];
    if (typeof p.documentNumber === 'string') parts.push(String(p.documentNumber));
    if (typeof p.issuedCount === 'number') parts.push(t('issuedCount', { count: p.issuedCount }));
    return <span>{parts.join(' · ')}</span>;
  }
  const disbursed = (p.disbursed ?? {}) as Record<string, string>;
  return (
    <span>
      {t(`phase.${String(p.phase)}`)} · {t('progress.physical', { value: formatDecimal(String(p.physicalPercent)) })} ·{' '}
      {t('budget.disbursed')}: {formatDecimal(disbursed.provincial ?? '0')} + {formatDecimal(disbursed.other ?? '0')}
    </span>
  );
}

/**
 * Plan progress reports awaiting review, marked as plan reports (not criteria submissions): a reviewer approves,
 * or rejects with a reason (the dialog asks "Lý do", then "Xác nhận"). Their own reports they cannot review.
 */
export function PendingPlanReports({ username }: { username: string }) {
  const { t } = useTranslation('plan');
  const reports = useReports(PLAN_ID, 'pending', true);
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<PlanReport | null>(null);
  const headingId = useId();

  const approve = useMutation({
    mutationFn: async (report: PlanReport) =>
      unwrap(
        await api.POST('/plans/{plan}/reports/{reportId}/approve', {
          params: { path: { plan: PLAN_ID, reportId: report.reportId } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      void message.success(t('reports.approved'));
      await refreshPlan(queryClient);
    },
    onError: (error) => void message.error(localizedMessage(error.message, currentLanguage())),
  });

  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="plan-h2">
        {t('reports.heading')}
      </h2>
      {reports.data.length === 0 ? (
        <Empty description={t('reports.none')} />
      ) : (
        <ul className="plan-report-list" aria-labelledby={headingId}>
          {reports.data.map((report) => {
            const own = report.submittedBy === username;
            const name = `${t(`kind.${report.kind}`)} ${report.code}`;
            return (
              <li key={report.reportId} className="plan-report" aria-label={`${t('reports.marker')}: ${name}`}>
                <div className="plan-report-head">
                  <Tag color="purple">{t('reports.marker')}</Tag>
                  <strong>{name}</strong>
                  <span>{formatQuarter(report.period)}</span>
                  <Tag color="gold">{t('reports.state.pending')}</Tag>
                </div>
                <div>
                  <ReportProgress report={report} />
                </div>
                <div className="plan-muted">
                  {t('reports.by', {
                    user: report.submittedBy,
                    unit: report.unit,
                    time: formatDateTime(report.submittedAt),
                  })}
                </div>
                {own ? (
                  <div className="plan-muted">{t('reports.own')}</div>
                ) : (
                  <Space style={{ marginTop: 8 }}>
                    <Button
                      type="primary"
                      aria-label={`${t('reports.approve')} ${name}`}
                      loading={approve.isPending && approve.variables?.reportId === report.reportId}
                      onClick={() => approve.mutate(report)}
                    >
                      {t('reports.approve')}
                    </Button>
                    <Button danger aria-label={`${t('reports.reject')} ${name}`} onClick={() => setRejecting(report)}>
                      {t('reports.reject')}
                    </Button>
                  </Space>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {rejecting ? <RejectDialog report={rejecting} onClose={() => setRejecting(null)} /> : null}
    </section>
  );
}

function RejectDialog({ report, onClose }: { report: PlanReport; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const errorId = useId();

  const reject = useMutation({
    mutationFn: async (why: string) =>
      unwrap(
        await api.POST('/plans/{plan}/reports/{reportId}/reject', {
          params: { path: { plan: PLAN_ID, reportId: report.reportId } },
          body: { reason: why },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('reports.rejected'));
      await refreshPlan(queryClient);
      onClose();
    },
    onError: (failure) => {
      const language = currentLanguage();
      setError(
        failure instanceof ApiProblem
          ? localizedMessage(failure.fieldErrors().get('reason')?.[0]?.message ?? failure.message, language)
          : failure.message,
      );
    },
  });

  const confirm = () => {
    if (reason.trim() === '') {
      setError(t('reports.reasonRequired'));
      return;
    }
    reject.mutate(reason.trim());
  };

  return (
    <Modal
      open
      title={t('reports.rejectTitle', { kind: t(`kind.${report.kind}`), code: report.code })}
      okText={t('reports.confirm')}
      cancelText={t('reports.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={reject.isPending}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <label htmlFor={reasonId} className="plan-field-label">
        {t('reports.reason')}
      </label>
      <Input.TextArea
        id={reasonId}
        value={reason}
        autoFocus
        rows={3}
        maxLength={2000}
        status={error ? 'error' : undefined}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setError(null);
        }}
      />
      {error ? (
        <div id={errorId} role="alert" className="plan-field-error">
          {error}
        </div>
      ) : null}
    </Modal>
  );
}
