import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Modal, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiProblem, localizedMessage, unwrap } from '../api/problem';
import { formatDateTime, formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { useCurrentSession } from '../session/session';
import { REVIEW_NS } from './review.strings';

export const assessmentKey = (unit: string, period: string) => ['review', 'assessment', unit, period] as const;

/** The unit-quarter as the API has it (report status, pending submissions, each criterion's history). */
export function useAssessment(unit: string, period: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKey(unit, period),
    queryFn: async () => unwrap(await api.GET('/assessments/{unit}/{period}', { params: { path: { unit, period } } })),
    enabled,
  });
}

/**
 * "Chốt báo cáo quý" and "Mở lại báo cáo" for one unit-quarter. Finalizing is refused while a criterion's
 * figures await review, so the button is disabled and says why; reopening is for lead reviewers, with a reason.
 * Self-contained (its own query and mutations) so the quarter page can show it too:
 * `<ReportControls unit="STTTT" period="2025-Q2" />`. The review page also passes the plan reports its queue
 * shows for the unit-quarter (`planPending`), counted apart: they do not hold finalizing up.
 */
export function ReportControls({
  unit,
  period,
  planPending,
  onChanged,
}: {
  unit: string;
  period: string;
  planPending?: number;
  onChanged?: () => void;
}) {
  const { t } = useTranslation(REVIEW_NS);
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const assessment = useAssessment(unit, period);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const headingId = useId();
  const pendingReasonId = useId();
  const reasonId = useId();
  const reasonErrorId = useId();

  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: ['review'] });
    onChanged?.();
  };
  const finalize = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/assessments/{unit}/{period}/finalize', { params: { path: { unit, period } } })),
    onMutate: () => {
      setFailure(null);
      setDone(null);
    },
    onSuccess: () => setDone(t('report.finalizedDone', { unit, period: formatQuarter(period) })),
    onError: setFailure,
    onSettled: settle,
  });
  const reopen = useMutation({
    mutationFn: async (why: string) =>
      unwrap(
        await api.POST('/assessments/{unit}/{period}/reopen', {
          params: { path: { unit, period } },
          body: { reason: why },
        }),
      ),
    onMutate: () => {
      setFailure(null);
      setDone(null);
    },
    onSuccess: () => {
      setReopening(false);
      setReason('');
      setDone(t('report.reopenedDone', { unit, period: formatQuarter(period) }));
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 400) {
        setReasonError(
          localizedMessage(error.fieldErrors().get('reason')?.[0]?.message ?? error.message, currentLanguage()),
        );
      } else {
        setReopening(false);
        setFailure(error);
      }
    },
    onSettled: settle,
  });

  const data = assessment.data;
  const status = data?.report.status ?? 'not_opened';
  const pending = data?.criteria.filter((criterion) => criterion.pending !== null).length ?? 0;
  const mayFinalize = session.role === 'reviewer' || session.role === 'lead_reviewer';
  const mayReopen = session.role === 'lead_reviewer';
  const finalized = status === 'finalized';
  const lastReopen = data?.report.reopenings.at(-1);

  const confirmReopen = () => {
    if (reason.trim() === '') {
      setReasonError(t('reasonRequired'));
      return;
    }
    setReasonError(null);
    reopen.mutate(reason.trim());
  };

  return (
    <section className="review-report" aria-labelledby={headingId}>
      <h2 id={headingId} className="review-report-title">
        {t('report.title', { unit, period: formatQuarter(period) })}
      </h2>
      {assessment.isError ? (
        <Alert type="error" showIcon title={problemText(assessment.error)} />
      ) : (
        <div className="review-report-body">
          <span>
            {t('report.status')}:{' '}
            <Tag color={finalized ? '#2e6b12' : status === 'reopened' ? '#874d00' : undefined}>
              {assessment.isPending
                ? '…'
                : finalized
                  ? t('report.finalized', { version: data?.report.version ?? 1 })
                  : t(`report.${status}`)}
            </Tag>
          </span>
          <span>{t('report.pending', { count: pending })}</span>
          {planPending !== undefined && planPending > 0 ? (
            <span>{t('report.planPending', { count: planPending })}</span>
          ) : null}
          {mayFinalize && !finalized ? (
            <span className="review-report-action">
              <Button
                type="primary"
                disabled={assessment.isPending || pending > 0 || status === 'not_opened'}
                aria-describedby={pending > 0 ? pendingReasonId : undefined}
                loading={finalize.isPending}
                onClick={() => finalize.mutate()}
              >
                {t('report.finalize')}
              </Button>
              {pending > 0 ? (
                <span id={pendingReasonId} className="review-report-reason">
                  {t('report.pendingRemain')}
                </span>
              ) : null}
            </span>
          ) : null}
          {finalized && mayReopen ? <Button onClick={() => setReopening(true)}>{t('report.reopen')}</Button> : null}
          {finalized && mayFinalize && !mayReopen ? (
            <span className="review-report-reason">{t('report.leadOnly')}</span>
          ) : null}
          {lastReopen ? (
            <span className="review-report-note">
              {t('report.lastReopen', {
                who: lastReopen.by,
                time: formatDateTime(lastReopen.at),
                reason: lastReopen.reason ?? '',
              })}
            </span>
          ) : null}
        </div>
      )}
      <div role="status" aria-live="polite" className="review-report-status">
        {done}
      </div>
      {failure ? <Alert type="error" showIcon role="alert" title={problemText(failure)} /> : null}
      <Modal
        open={reopening}
        title={t('report.reopenTitle', { unit, period: formatQuarter(period) })}
        onCancel={() => setReopening(false)}
        footer={[
          <Button key="cancel" onClick={() => setReopening(false)}>
            {t('cancel')}
          </Button>,
          <Button key="confirm" type="primary" loading={reopen.isPending} onClick={confirmReopen}>
            {t('confirm')}
          </Button>,
        ]}
        destroyOnHidden
      >
        <label htmlFor={reasonId} className="review-field-label">
          {t('reason')}
        </label>
        <Input.TextArea
          id={reasonId}
          value={reason}
          required
          aria-required
          aria-invalid={reasonError !== null}
          aria-describedby={reasonError !== null ? reasonErrorId : undefined}
          autoSize={{ minRows: 3 }}
          maxLength={2000}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonError !== null ? (
          <div id={reasonErrorId} className="review-field-error" role="alert">
            {reasonError}
          </div>
        ) : null}
      </Modal>
    </section>
  );
}

/** The server's words for a refusal, in the reader's language, with the correlation id to quote. */
export function problemText(error: unknown): string {
  if (error instanceof ApiProblem) {
    const message = localizedMessage(error.problem.detail ?? error.message, currentLanguage());
    return error.problem.correlationId ? `${message} (${error.problem.correlationId})` : message;
  }
  return error instanceof Error ? error.message : String(error);
}
