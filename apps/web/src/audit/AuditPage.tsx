import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Col, DatePicker, Input, Row, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatQuarter } from '../common/format';
import { currentQuarter, FIRST_QUARTER, isQuarter, quartersBetween } from '../common/periods';
import { currentLanguage, registerStrings } from '../i18n';
import { comparePositions, occurredWindow, parseAsOf, TIMELINE_PAGE, type Change } from './audit-model';
import { AUDIT_NS, en, vi } from './audit.strings';
import { CheckPanel, PublishedPanel } from './PublishedPanel';
import { ReplayPanel } from './ReplayPanel';
import { TimelineTable } from './TimelineTable';
import './audit.css';

registerStrings(AUDIT_NS, { vi, en });

const CRITERION = /^\d+(\.\d+){0,4}$/;
/** A username or a system actor, as the API reads `actor`. */
const ACTOR = /^[a-z][a-z0-9._:-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function useUnits() {
  return useQuery({
    queryKey: ['audit', 'units'],
    queryFn: async () => unwrap(await api.GET('/units')),
    staleTime: 5 * 60_000,
  });
}

/** `/app/audit` (a unit picker) and `/app/audit/{unit}?period=2025-Q4`: an inspector's view of a unit. */
export function AuditPage() {
  const { unit } = useParams();
  return <AntApp component={false}>{unit ? <UnitAudit unit={unit.toUpperCase()} /> : <UnitPicker />}</AntApp>;
}

function UnitPicker() {
  const { t } = useTranslation(AUDIT_NS);
  const units = useUnits();
  const language = currentLanguage();
  if (units.error) return <ErrorResult error={units.error} onRetry={() => void units.refetch()} />;
  if (units.isPending) return <Loading />;
  const blocks = ['department', 'district'] as const;
  return (
    <div className="audit-page">
      <Typography.Title level={1} className="audit-title">
        {t('pickTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('pickHint')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {blocks.map((block) => (
          <Col xs={24} md={12} key={block}>
            <Card title={<h2 className="audit-card-title">{t(`block.${block}`)}</h2>}>
              <ul className="audit-unit-list">
                {units.data
                  .filter((unit) => unit.block === block)
                  .map((unit) => (
                    <li key={unit.code}>
                      <Link to={`/audit/${unit.code}`}>
                        <strong>{unit.code}</strong> — {language === 'en' && unit.nameEn ? unit.nameEn : unit.name}
                      </Link>
                    </li>
                  ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}

function UnitAudit({ unit }: { unit: string }) {
  const { t } = useTranslation(AUDIT_NS);
  const navigate = useNavigate();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const period = isQuarter(params.get('period')) ? params.get('period') : null;
  const rawCriterion = params.get('criterion')?.trim() ?? '';
  const criterion = CRITERION.test(rawCriterion) ? rawCriterion : null;
  const rawActor = params.get('actor')?.trim().toLowerCase() ?? '';
  const actor = ACTOR.test(rawActor) ? rawActor : null;
  const fromDay = DAY.test(params.get('from') ?? '') ? params.get('from') : null;
  const toDay = DAY.test(params.get('to') ?? '') ? params.get('to') : null;
  const asOf = parseAsOf(params.get('asOf'));
  const versionParam = Number(params.get('version'));
  const version = Number.isInteger(versionParam) && versionParam > 0 ? versionParam : null;

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );

  const units = useUnits();
  // The history a page at a time, newest first; every filter is the API's, so "load more" continues the
  // same filtered list from its cursor.
  const timeline = useInfiniteQuery({
    queryKey: ['audit', 'timeline', unit, period, criterion, actor, fromDay, toDay],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/timeline/{unit}', {
          params: {
            path: { unit },
            query: {
              period: period ?? undefined,
              criterion: criterion ?? undefined,
              actor: actor ?? undefined,
              ...occurredWindow(fromDay, toDay),
              limit: TIMELINE_PAGE,
              cursor: pageParam,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // The quarter's whole history (no other filter) drives replay stepping and the reopenings' reasons:
  // one unit-quarter's changes, read page after page.
  const quarterTimeline = useQuery({
    queryKey: ['audit', 'quarter-timeline', unit, period],
    enabled: period !== null,
    queryFn: async () => {
      const changes: Change[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/timeline/{unit}', {
            params: { path: { unit }, query: { period: period ?? undefined, limit: TIMELINE_PAGE, cursor } },
          }),
        );
        changes.push(...page.changes);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return changes;
    },
  });

  const shown = useMemo(() => timeline.data?.pages.flatMap((page) => page.changes) ?? [], [timeline.data]);
  const quarterChanges = useMemo(
    () => [...(quarterTimeline.data ?? [])].sort((a, b) => comparePositions(a.position, b.position)),
    [quarterTimeline.data],
  );

  const onReplayBefore = useCallback(
    (change: Change) => {
      update({ period: change.period, asOf: String(BigInt(change.position) - 1n), version: null });
      document.getElementById('audit-replay')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [update],
  );

  const info = units.data?.find((entry) => entry.code === unit);
  const name = info ? (language === 'en' && info.nameEn ? info.nameEn : info.name) : '';
  const quarters = quartersBetween(FIRST_QUARTER, currentQuarter()).reverse();

  return (
    <div className="audit-page">
      <Typography.Title level={1} className="audit-title">
        {t('title')}: {unit}
        {name ? ` — ${name}` : ''}
        {period ? ` · ${formatQuarter(period)}` : ''}
      </Typography.Title>
      <div className="audit-filters">
        <div className="audit-filter">
          <label htmlFor="audit-unit">{t('unit')}</label>
          <Select
            id="audit-unit"
            showSearch
            optionFilterProp="label"
            value={unit}
            style={{ width: 260 }}
            onChange={(code: string) => void navigate(`/audit/${code}${period ? `?period=${period}` : ''}`)}
            options={(units.data ?? []).map((entry) => ({
              value: entry.code,
              label: `${entry.code} — ${language === 'en' && entry.nameEn ? entry.nameEn : entry.name}`,
            }))}
          />
        </div>
        <div className="audit-filter">
          <label htmlFor="audit-period">{t('period')}</label>
          <Select
            id="audit-period"
            value={period ?? ''}
            style={{ width: 150 }}
            onChange={(value: string) => update({ period: value || null, asOf: null, version: null })}
            options={[
              { value: '', label: t('allPeriods') },
              ...quarters.map((quarter) => ({ value: quarter, label: formatQuarter(quarter) })),
            ]}
          />
        </div>
        <div className="audit-filter">
          <label htmlFor="audit-criterion">{t('criterion')}</label>
          <Input.Search
            id="audit-criterion"
            key={criterion ?? ''}
            defaultValue={criterion ?? ''}
            placeholder={t('criterionPlaceholder')}
            allowClear
            style={{ width: 200 }}
            status={rawCriterion !== '' && criterion === null ? 'error' : undefined}
            onSearch={(value) => update({ criterion: value.trim() || null })}
          />
        </div>
        <div className="audit-filter">
          <label htmlFor="audit-actor">{t('actor')}</label>
          <Input.Search
            id="audit-actor"
            key={actor ?? ''}
            defaultValue={actor ?? ''}
            placeholder={t('actorPlaceholder')}
            allowClear
            style={{ width: 180 }}
            status={rawActor !== '' && actor === null ? 'error' : undefined}
            onSearch={(value) => update({ actor: value.trim().toLowerCase() || null })}
          />
        </div>
        <div className="audit-filter">
          <label htmlFor="audit-from">{t('dateFrom')}</label>
          <DatePicker
            id="audit-from"
            format="DD/MM/YYYY"
            value={fromDay ? dayjs(fromDay) : null}
            onChange={(value) => update({ from: value ? value.format('YYYY-MM-DD') : null })}
          />
        </div>
        <div className="audit-filter">
          <label htmlFor="audit-to">{t('dateTo')}</label>
          <DatePicker
            id="audit-to"
            format="DD/MM/YYYY"
            value={toDay ? dayjs(toDay) : null}
            onChange={(value) => update({ to: value ? value.format('YYYY-MM-DD') : null })}
          />
        </div>
        <Button
          onClick={() => update({ criterion: null, actor: null, from: null, to: null })}
          disabled={!criterion && !actor && !fromDay && !toDay}
        >
          {t('clearFilters')}
        </Button>
      </div>

      {timeline.error && timeline.data === undefined ? (
        <ErrorResult error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data === undefined ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="audit-history-title" className="audit-section">
            <h2 id="audit-history-title" className="audit-card-title">
              {t('history')}{' '}
              <span className="audit-count">
                {timeline.hasNextPage
                  ? t('historyLoaded', { count: shown.length })
                  : t('historyCount', { count: shown.length })}
              </span>
            </h2>
            <TimelineTable changes={shown} onReplayBefore={onReplayBefore} />
            {timeline.hasNextPage ? (
              <div className="audit-more">
                <Button
                  onClick={() => void timeline.fetchNextPage()}
                  loading={timeline.isFetchingNextPage}
                  disabled={timeline.isFetchingNextPage}
                >
                  {t('loadMore')}
                </Button>
              </div>
            ) : null}
            {timeline.isFetchNextPageError ? (
              <ErrorResult error={timeline.error} onRetry={() => void timeline.fetchNextPage()} />
            ) : null}
          </section>

          {period === null ? (
            <Alert type="info" showIcon message={t('needPeriod')} className="audit-alert" />
          ) : quarterTimeline.error ? (
            <ErrorResult error={quarterTimeline.error} onRetry={() => void quarterTimeline.refetch()} />
          ) : quarterTimeline.isPending ? (
            <Loading />
          ) : (
            <Space orientation="vertical" size={16} className="audit-panels">
              <div id="audit-replay">
                <ReplayPanel
                  unit={unit}
                  period={period}
                  asOf={asOf}
                  changes={quarterChanges}
                  onAsOf={(value) => update({ asOf: value })}
                />
              </div>
              <PublishedPanel
                unit={unit}
                period={period}
                version={version}
                changes={quarterChanges}
                onVersion={(value) => update({ version: String(value) })}
              />
              <CheckPanel key={`${unit}-${period}`} unit={unit} period={period} />
            </Space>
          )}
        </>
      )}
    </div>
  );
}
