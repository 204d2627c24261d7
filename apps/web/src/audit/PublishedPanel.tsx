import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Select, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDateTime } from '../common/format';
import { defaultVersion, points, type Change } from './audit-model';
import { AUDIT_NS } from './audit.strings';

/** Published vs current: a published version of the report beside the scores now, with the reopening's reason. */
export function PublishedPanel({
  unit,
  period,
  version,
  changes,
  onVersion,
}: {
  unit: string;
  period: string;
  version: number | null;
  /** The quarter's changes, oldest first (for the reopenings' reasons). */
  changes: Change[];
  onVersion(version: number): void;
}) {
  const { t } = useTranslation(AUDIT_NS);
  const reports = useQuery({
    queryKey: ['audit', 'reports', unit, period],
    queryFn: async () => unwrap(await api.GET('/reports/{unit}/{period}', { params: { path: { unit, period } } })),
  });
  const versions = reports.data?.versions ?? [];
  const chosen = version ?? defaultVersion(versions, reports.data?.current.status ?? 'open');
  const comparison = useQuery({
    queryKey: ['audit', 'compare', unit, period, chosen],
    enabled: chosen !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/reports/{unit}/{period}/compare', {
          params: { path: { unit, period }, query: { version: chosen ?? undefined } },
        }),
      ),
  });
  const reopenings = changes.filter((change) => change.eventType === 'ReportReopened');

  const title = <h2 className="audit-card-title">{`${t('published')} · ${t('current')}`}</h2>;
  if (reports.error)
    return (
      <Card title={title}>
        <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />
      </Card>
    );
  if (reports.isPending)
    return (
      <Card title={title}>
        <Loading />
      </Card>
    );
  if (versions.length === 0 || chosen === null)
    return (
      <Card title={title} className="audit-card">
        <Alert type="info" showIcon message={t('neverPublished')} />
      </Card>
    );
  const data = comparison.data;
  return (
    <Card title={title} className="audit-card">
      <Space wrap align="center">
        <label className="audit-label" htmlFor="audit-version">
          {t('versionPick')}
        </label>
        <Select
          id="audit-version"
          aria-label={t('versionPick')}
          value={chosen}
          style={{ minWidth: 360 }}
          onChange={(value) => onVersion(value)}
          options={versions.map((entry) => ({
            value: entry.version,
            label: t('versionOption', {
              version: entry.version,
              time: formatDateTime(entry.finalizedAt),
              by: entry.finalizedBy,
            }),
          }))}
        />
        <Tag>{t(`reportStatus.${reports.data.current.status}`)}</Tag>
      </Space>
      {reopenings.length > 0 ? (
        <Descriptions
          className="audit-reopenings"
          size="small"
          column={1}
          bordered
          items={reopenings.map((change) => ({
            key: change.eventId,
            label: `${t('reopenReason')} (${t('version', { version: change.reportVersion ?? '' })})`,
            children: (
              <>
                <div>{change.reason ?? '—'}</div>
                <div className="audit-muted">
                  {t('reopenedBy', { actor: change.actor, time: formatDateTime(change.occurredAt) })}
                </div>
              </>
            ),
          }))}
        />
      ) : null}
      {comparison.error ? (
        <ErrorResult error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.isPending || !data ? (
        <Loading />
      ) : (
        <>
          <div className="audit-side-by-side">
            <Statistic
              title={`${t('published')} (${t('version', { version: chosen })})`}
              value={data.published ? points(data.published.total.points) : '—'}
            />
            <Statistic title={t('current')} value={data.current ? points(data.current.total.points) : '—'} />
            <Statistic
              title={t('difference')}
              value={
                data.published && data.current ? signed(data.current.total.points - data.published.total.points) : '—'
              }
            />
          </div>
          {!data.changed ? (
            <Alert type="success" showIcon message={t('unchanged')} />
          ) : (
            <div className="audit-replay-scroll" tabIndex={0} role="region" aria-label={t('compareTable')}>
              <table className="audit-plain" aria-label={t('compareTable')}>
                <thead>
                  <tr>
                    <th scope="col">{t('colCode')}</th>
                    <th scope="col">{t('published')}</th>
                    <th scope="col">{t('current')}</th>
                    <th scope="col">{t('difference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.differences.map((difference) => (
                    <tr key={`${difference.kind}-${difference.code}`} className="audit-differs">
                      <th scope="row">
                        <strong>
                          {difference.kind === 'node' && difference.code === '' ? t('total') : difference.code}
                        </strong>{' '}
                        <span className="audit-muted">{difference.title}</span>
                      </th>
                      <td>
                        {difference.published ? points(difference.published.points) : '—'}{' '}
                        <span className="audit-muted">
                          {difference.published?.status ? t(`statuses.${difference.published.status}`) : ''}
                        </span>
                      </td>
                      <td>
                        {difference.current ? points(difference.current.points) : '—'}{' '}
                        <span className="audit-muted">
                          {difference.current?.status ? t(`statuses.${difference.current.status}`) : ''}
                        </span>
                      </td>
                      <td>{signed(difference.difference)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Card>
  );
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${points(Math.abs(value))}`;
}

/** The check: the projection against a replay of the quarter's events ("Khớp" or "Lệch" with the differences). */
export function CheckPanel({ unit, period }: { unit: string; period: string }) {
  const { t } = useTranslation(AUDIT_NS);
  const check = useMutation({
    mutationFn: async () =>
      unwrap(await api.GET('/scorecards/{unit}/{period}/check', { params: { path: { unit, period } } })),
  });
  const data = check.data;
  return (
    <Card title={<h2 className="audit-card-title">{t('check')}</h2>} className="audit-card">
      <p className="audit-muted">{t('checkHint')}</p>
      <Button type="primary" loading={check.isPending} onClick={() => check.mutate()}>
        {t('check')}
      </Button>
      <div aria-live="polite" className="audit-check-result">
        {check.error ? <ErrorResult error={check.error} /> : null}
        {data ? (
          <>
            <Result
              status={data.match ? 'success' : 'warning'}
              title={
                data.outcome === 'no-stream'
                  ? t('noStream')
                  : data.outcome === 'missing'
                    ? t('missing')
                    : data.match
                      ? t('match')
                      : t('mismatch')
              }
              subTitle={t('checkDetail', { position: data.projectedPosition ?? '—', count: data.eventsBehind })}
            />
            {data.differences.length > 0 ? (
              <div className="audit-replay-scroll" tabIndex={0} role="region" aria-label={t('checkTable')}>
                <table className="audit-plain" aria-label={t('checkTable')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('colTable')}</th>
                      <th scope="col">{t('colRow')}</th>
                      <th scope="col">{t('colColumn')}</th>
                      <th scope="col">{t('colProjected')}</th>
                      <th scope="col">{t('colReplayed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.differences.map((difference) => (
                      <tr key={`${difference.table}-${difference.row}-${difference.column}`} className="audit-differs">
                        <td>{difference.table}</td>
                        <td>{difference.row}</td>
                        <td>{difference.column}</td>
                        <td className="audit-mono">{difference.projected ?? '—'}</td>
                        <td className="audit-mono">{difference.replayed ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </Card>
  );
}
