import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDateTime } from '../common/format';
import { asOfForIndex, describeChange, points, replayIndex, type AsOf, type Change } from './audit-model';
import { AUDIT_NS } from './audit.strings';

type Criterion = Schemas['ScorecardCriterionResponse'];

const FORMAT = 'DD/MM/YYYY HH:mm:ss';

function differs(then: Criterion | undefined, now: Criterion | undefined): boolean {
  return then?.pointsExact !== now?.pointsExact || then?.status !== now?.status;
}

/**
 * Replay: the quarter's scorecard as the store had recorded it at a point in time ("Thời điểm", contract),
 * beside the scorecard now, the criteria that differ highlighted; stepping moves from one change to the next.
 */
export function ReplayPanel({
  unit,
  period,
  asOf,
  changes,
  onAsOf,
}: {
  unit: string;
  period: string;
  asOf: AsOf;
  /** The quarter's changes, oldest first. */
  changes: Change[];
  onAsOf(value: string | null): void;
}) {
  const { t } = useTranslation(AUDIT_NS);
  const inputId = useId();
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const asOfParam = asOf === null ? null : 'position' in asOf ? asOf.position : asOf.instant;

  const now = useQuery({
    queryKey: ['audit', 'scorecard', unit, period],
    queryFn: async () => unwrap(await api.GET('/scorecards/{unit}/{period}', { params: { path: { unit, period } } })),
  });
  const then = useQuery({
    queryKey: ['audit', 'scorecard', unit, period, asOfParam],
    enabled: asOfParam !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/scorecards/{unit}/{period}', {
          params: { path: { unit, period }, query: { asOf: asOfParam ?? undefined } },
        }),
      ),
  });

  const index = replayIndex(changes, asOf);
  const shownChange = index >= 0 ? changes[index] : null;
  // The control shows the instant asked for, or the recording time of the change a position stops at.
  const pickerValue: Dayjs | null =
    asOf === null
      ? null
      : 'instant' in asOf
        ? dayjs(asOf.instant)
        : shownChange
          ? dayjs(shownChange.recordedAt)
          : changes.length > 0
            ? dayjs(changes[0].recordedAt).subtract(1, 'second')
            : null;

  const rows = useMemo(() => {
    const current = new Map((now.data?.criteria ?? []).map((criterion) => [criterion.code, criterion]));
    const past = new Map((then.data?.criteria ?? []).map((criterion) => [criterion.code, criterion]));
    return (now.data?.criteria ?? []).map((criterion) => ({
      code: criterion.code,
      title: criterion.title,
      then: past.get(criterion.code),
      now: current.get(criterion.code),
      differs: then.data !== undefined && differs(past.get(criterion.code), current.get(criterion.code)),
    }));
  }, [now.data, then.data]);
  const differing = rows.filter((row) => row.differs).length;
  const shown = onlyDiffering ? rows.filter((row) => row.differs) : rows;

  return (
    <Card title={<h2 className="audit-card-title">{t('replay')}</h2>} className="audit-card">
      <Typography.Paragraph type="secondary">{t('asOfHint')}</Typography.Paragraph>
      <Space wrap align="center" className="audit-replay-controls">
        <label htmlFor={inputId} className="audit-label">
          {t('asOf')}
        </label>
        <DatePicker
          id={inputId}
          aria-label={t('asOf')}
          showTime={{ format: 'HH:mm:ss' }}
          format={FORMAT}
          value={pickerValue}
          placeholder={t('asOfNow')}
          onChange={(value) => onAsOf(value ? value.format('YYYY-MM-DDTHH:mm:ss.SSSZ') : null)}
        />
        <Button
          icon={<LeftOutlined aria-hidden />}
          disabled={changes.length === 0 || index < 0}
          onClick={() => onAsOf(asOfForIndex(changes, index - 1))}
        >
          {t('previousChange')}
        </Button>
        <Button
          disabled={changes.length === 0 || asOf === null || index >= changes.length - 1}
          onClick={() => onAsOf(asOfForIndex(changes, index + 1))}
        >
          {t('nextChange')} <RightOutlined aria-hidden />
        </Button>
        <Button disabled={asOf === null} onClick={() => onAsOf(null)}>
          {t('asOfNow')}
        </Button>
      </Space>
      {asOf !== null ? (
        <p className="audit-replay-where" aria-live="polite">
          {asOf !== null && 'position' in asOf ? t('asOfPosition', { position: asOf.position }) : null}
          {shownChange
            ? ` · ${t('replayChange', { what: `${describeChange(shownChange, t)}${shownChange.criterion ? ` ${shownChange.criterion}` : ''}`, time: formatDateTime(shownChange.occurredAt) })}`
            : null}
        </p>
      ) : null}
      {now.error ? (
        <ErrorResult error={now.error} onRetry={() => void now.refetch()} />
      ) : then.error ? (
        <ErrorResult error={then.error} onRetry={() => void then.refetch()} />
      ) : now.isPending || (asOfParam !== null && then.isPending) ? (
        <Loading />
      ) : asOf === null ? null : (
        <>
          <Space wrap className="audit-replay-summary">
            <span>
              {t('total')}: {t('colThen')} <strong>{points(then.data?.total.points ?? 0)}</strong> · {t('colNow')}{' '}
              <strong>{points(now.data?.total.points ?? 0)}</strong>
            </span>
            {differing > 0 ? (
              <Tag className="audit-tag-differs">{t('differsCount', { count: differing })}</Tag>
            ) : (
              <Tag className="audit-tag-same">{t('noDiffers')}</Tag>
            )}
            <Segmented
              aria-label={t('replayDiffering')}
              value={onlyDiffering ? 'differing' : 'all'}
              onChange={(value) => setOnlyDiffering(value === 'differing')}
              options={[
                { value: 'all', label: t('replayAll') },
                { value: 'differing', label: t('replayDiffering') },
              ]}
            />
          </Space>
          <div className="audit-replay-scroll" tabIndex={0} role="region" aria-label={t('replayTable')}>
            <table className="audit-plain" aria-label={t('replayTable')}>
              <thead>
                <tr>
                  <th scope="col">{t('colCode')}</th>
                  <th scope="col">{t('colThen')}</th>
                  <th scope="col">{t('colNow')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.code} className={row.differs ? 'audit-differs' : undefined}>
                    <th scope="row">
                      <strong>{row.code}</strong> <span className="audit-muted">{row.title}</span>
                    </th>
                    <td>
                      {row.then ? points(row.then.points) : '—'}{' '}
                      <span className="audit-muted">{row.then ? t(`statuses.${row.then.status}`) : ''}</span>
                    </td>
                    <td>
                      {row.now ? points(row.now.points) : '—'}{' '}
                      <span className="audit-muted">{row.now ? t(`statuses.${row.now.status}`) : ''}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {asOf === null && changes.length === 0 ? <Alert type="info" showIcon message={t('empty')} /> : null}
    </Card>
  );
}
