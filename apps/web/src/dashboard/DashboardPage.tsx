import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Result, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatQuarter } from '../common/format';
import { currentQuarter, FIRST_QUARTER, isQuarter, quartersBetween, shiftQuarter } from '../common/periods';
import { currentLanguage, registerStrings } from '../i18n';
import { useCurrentSession } from '../session/session';
import { homePathFor } from '../shell/navigation';
import { histogram, type ChartData } from './chart-data';
import { ChartPanel } from './ChartPanel';
import {
  dashboardParams,
  useGroupSeries,
  useRankings,
  useRollup,
  useTrendSeries,
  windowOf,
  type Block,
  type Rollup,
  type Series,
} from './dashboard-queries';
import { en, vi } from './dashboard.strings';
import { RankingTable, two } from './RankingTable';
import './dashboard.css';

registerStrings('dashboard', { vi, en });

const BLOCKS: Block[] = ['department', 'district'];

/** `/app/dashboard?period=2025-Q4&block=department&units=STTTT,SKHDT`: leadership's view of a quarter. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const session = useCurrentSession();
  const navigate = useNavigate();
  if (session.role === 'submitter') {
    // Rankings are public, but this page is leadership's working view: a submitter has no entry to it.
    return (
      <Result
        status="403"
        title={<h1 className="dashboard-refusal-title">{t('forbiddenTitle')}</h1>}
        subTitle={t('forbidden')}
        extra={<Button onClick={() => void navigate(homePathFor(session))}>{t('goHome')}</Button>}
      />
    );
  }
  return <Dashboard />;
}

function Dashboard() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('period');
  const latest = useLatestReportedQuarter(!isQuarter(requested));

  useEffect(() => {
    if (!isQuarter(requested) && latest.data !== undefined) {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('period', latest.data);
          return next;
        },
        { replace: true },
      );
    }
  }, [requested, latest.data, setParams]);

  if (!isQuarter(requested)) return latest.error ? <ErrorResult error={latest.error} /> : <Loading />;
  const { block, units } = dashboardParams(params);
  return <DashboardView period={requested} block={block} units={units} />;
}

/** Where leadership lands: the latest quarter anything was reported for (the previous one when none). */
function useLatestReportedQuarter(enabled: boolean) {
  return useQuery({
    queryKey: ['latest-reported-quarter'],
    enabled,
    queryFn: async () => {
      const series = unwrap(
        await api.GET('/series', {
          params: { query: { scope: 'province', from: FIRST_QUARTER, to: currentQuarter() } },
        }),
      );
      const reported = series.points.filter((point) => point.unitCount > 0);
      return reported.length > 0 ? reported[reported.length - 1].period : shiftQuarter(currentQuarter(), -1);
    },
  });
}

function DashboardView({ period, block, units }: { period: string; block: Block; units: string[] }) {
  const { t } = useTranslation('dashboard');
  const language = currentLanguage();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const rankings = useRankings(period);
  const rollup = useRollup(period);
  const windowQuarters = useMemo(() => windowOf(period), [period]);
  // The trend's series do not depend on the rankings: asked for with them, not once they have rendered.
  const trend = useTrendSeries(block, windowQuarters[0], windowQuarters[windowQuarters.length - 1], units);
  // The charts below the trend are drawn once the table and the trend are on screen (the first render's
  // contract), not in the same frames.
  const [trendDrawn, setTrendDrawn] = useState(false);
  const onTrendDrawn = useCallback(() => setTrendDrawn(true), []);

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );

  const quarters = useMemo(() => quartersBetween(FIRST_QUARTER, currentQuarter()).reverse(), []);
  const blockUnits = useMemo(
    () => (rankings.data?.units ?? []).filter((unit) => unit.block === block),
    [rankings.data, block],
  );
  const scorecardOf = (unit: string, quarter: string) => void navigate(`/scorecards/${unit}/${quarter}`);
  const rankingTitle = t('rankingOf', { block: t(`blocks.${block}`), quarter: formatQuarter(period, language) });
  const unitOptions = useMemo(
    () => blockUnits.map((unit) => ({ value: unit.unit, label: `${unit.unit} – ${unit.unitName}` })),
    [blockUnits],
  );
  const percents = useMemo(() => blockUnits.map((unit) => (unit.reported ? unit.percent : null)), [blockUnits]);

  return (
    <div className="dashboard">
      <Space wrap align="center" className="dashboard-controls" size="middle">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space.Compact>
          <Button
            icon={<LeftOutlined aria-hidden />}
            aria-label={t('previous')}
            disabled={period <= FIRST_QUARTER}
            onClick={() => update({ period: shiftQuarter(period, -1) })}
          />
          <Select
            aria-label={t('period')}
            value={period}
            style={{ width: 150 }}
            options={quarters.map((quarter) => ({ value: quarter, label: formatQuarter(quarter, language) }))}
            onChange={(value: string) => update({ period: value })}
          />
          <Button
            icon={<RightOutlined aria-hidden />}
            aria-label={t('next')}
            disabled={period >= currentQuarter()}
            onClick={() => update({ period: shiftQuarter(period, 1) })}
          />
        </Space.Compact>
        <Segmented
          aria-label={t('block')}
          value={block}
          options={BLOCKS.map((value) => ({ value, label: t(`blocks.${value}`) }))}
          onChange={(value) => update({ block: value, units: null })}
        />
      </Space>

      {/* The page's frame is drawn at once: the trend chart needs only its series, not the rankings, so its
          ECharts instance is made and drawn while the rankings are still on their way (the main thread is idle
          then), instead of after the table in the same frames. */}
      <RollupCards rollup={rollup.data} units={rankings.data?.units} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" className="dashboard-card" title={rankingTitle}>
            {rankings.error ? (
              <ErrorResult error={rankings.error} onRetry={() => void rankings.refetch()} />
            ) : rankings.data === undefined ? (
              <Loading />
            ) : blockUnits.length === 0 ? (
              <Typography.Paragraph>{t('empty')}</Typography.Paragraph>
            ) : (
              <RankingTable
                units={blockUnits}
                period={period}
                previousPeriod={rankings.data.previousPeriod}
                caption={rankingTitle}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <TrendChart
              results={trend}
              period={period}
              block={block}
              units={units}
              quarters={windowQuarters}
              options={unitOptions}
              onUnits={(codes) => update({ units: codes.join(',') })}
              onQuarter={(quarter) => update({ period: quarter })}
              onUnitPoint={scorecardOf}
              onDrawn={onTrendDrawn}
            />
            <DistributionChart
              // Drawn after the trend, from the rankings' percentages.
              deferred={!trendDrawn || rankings.data === undefined}
              percents={percents}
            />
          </Space>
        </Col>
        <Col span={24}>
          <GroupChart
            // Below the fold: its seven series wait for the trend's, which the first render shows.
            deferred={!trendDrawn}
            block={block}
            quarters={windowQuarters}
            rollup={rollup.data}
            onQuarter={(quarter) => update({ period: quarter })}
          />
        </Col>
      </Row>
    </div>
  );
}

const RollupCards = memo(function RollupCards({
  rollup,
  units,
}: {
  rollup: Rollup | undefined;
  /** The rankings' units (undefined until they answer): who reported. */
  units: readonly { block: string; reported: boolean }[] | undefined;
}) {
  const { t } = useTranslation('dashboard');
  const scopes: { scope: 'province' | Block; label: string }[] = [
    { scope: 'province', label: t('province') },
    ...BLOCKS.map((block) => ({ scope: block, label: t(`blocks.${block}`) })),
  ];
  return (
    <Row gutter={[16, 16]} className="dashboard-rollup">
      {scopes.map(({ scope, label }) => {
        const inScope = (units ?? []).filter((unit) => scope === 'province' || unit.block === scope);
        const total = rollup?.scores.find((scores) => scores.scope === scope)?.total ?? null;
        return (
          <Col xs={24} md={8} key={scope}>
            <Card size="small" className="dashboard-card" title={<h2 className="dashboard-card-title">{label}</h2>}>
              <Space size="large" wrap>
                <Statistic
                  loading={rollup === undefined}
                  title={t('average')}
                  value={total?.mean === null || total?.mean === undefined ? t('noData') : `${two(total.mean)}%`}
                />
                <Statistic
                  loading={units === undefined}
                  title={t('reported')}
                  value={t('reportedOf', {
                    reported: inScope.filter((unit) => unit.reported).length,
                    total: inScope.length,
                  })}
                />
                {total?.min !== null && total?.min !== undefined && total.max !== null ? (
                  <Statistic title={t('range')} value={`${two(total.min)}% – ${two(total.max)}%`} />
                ) : null}
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
});

const percentText = (value: number): string => `${two(value)}%`;

function seriesValues(series: Series | undefined, quarters: readonly string[]): (number | null)[] {
  const byPeriod = new Map((series?.points ?? []).map((point) => [point.period, point]));
  return quarters.map((quarter) => {
    const point = byPeriod.get(quarter);
    // A quarter with no unit behind it is a gap, not a zero.
    return point === undefined || point.unitCount === 0 ? null : point.percent;
  });
}

function TrendChart(props: {
  /** useTrendSeries(block, first, last quarter, units), asked for by the page. */
  results: ReturnType<typeof useTrendSeries>;
  period: string;
  block: Block;
  units: string[];
  quarters: string[];
  options: { value: string; label: string }[];
  onUnits: (units: string[]) => void;
  onQuarter: (quarter: string) => void;
  onUnitPoint: (unit: string, quarter: string) => void;
  onDrawn: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const language = currentLanguage();
  const { block, units, quarters, results } = props;
  // The picker shows a choice at once: the URL (the page's state) follows in a router transition, and a
  // second pick made before that render lands must add to the first, not replace it.
  const [chosen, setChosen] = useState(units);
  const unitsKey = units.join(',');
  useEffect(() => setChosen(unitsKey === '' ? [] : unitsKey.split(',')), [unitsKey]);
  const settled = results.every((result) => !result.isPending);
  const data = useMemo<ChartData>(
    () => ({
      categories: quarters.map((quarter) => formatQuarter(quarter, language)),
      series: [
        { id: 'province', name: t('province'), values: seriesValues(results[0]?.data, quarters) },
        {
          id: 'block',
          name: t('blockAverage', { block: t(`blocks.${block}`) }),
          values: seriesValues(results[1]?.data, quarters),
        },
        ...units.map((unit, index) => ({
          id: `unit:${unit}`,
          name: unit,
          values: seriesValues(results[index + 2]?.data, quarters),
        })),
      ],
    }),
    // Rebuilt when every series has answered, not on each one's arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settled, quarters, units.join(','), block, language, t],
  );
  return (
    <ChartPanel
      title={t('trend')}
      kind="line"
      data={data}
      format={percentText}
      valueLabel="%"
      categoryLabel={t('quarter')}
      percentAxis
      pending={!settled}
      onDrawn={props.onDrawn}
      onPointClick={(seriesId, index) => {
        const quarter = quarters[index];
        if (seriesId.startsWith('unit:')) props.onUnitPoint(seriesId.slice(5), quarter);
        else props.onQuarter(quarter);
      }}
      extra={
        <Select
          mode="multiple"
          allowClear
          aria-label={t('compareUnits')}
          placeholder={t('compareUnitsPlaceholder')}
          value={chosen}
          maxCount={8}
          style={{ width: '100%' }}
          options={props.options}
          optionFilterProp="label"
          onChange={(codes: string[]) => {
            setChosen(codes);
            props.onUnits(codes);
          }}
        />
      }
    />
  );
}

function DistributionChart({ percents, deferred }: { percents: (number | null)[]; deferred: boolean }) {
  const { t } = useTranslation('dashboard');
  const data = useMemo<ChartData>(() => {
    const { labels, counts } = histogram(percents);
    return {
      categories: labels.map((label) => `${label}%`),
      series: [{ id: 'count', name: t('unitCount'), values: counts }],
    };
  }, [percents, t]);
  return (
    <ChartPanel
      title={t('distribution')}
      kind="bar"
      data={data}
      format={(value) => String(value)}
      valueLabel={t('unitCount')}
      categoryLabel={t('percent')}
      height={240}
      deferred={deferred}
    />
  );
}

function GroupChart({
  deferred,
  block,
  quarters,
  rollup,
  onQuarter,
}: {
  deferred: boolean;
  block: Block;
  quarters: string[];
  rollup: Rollup | undefined;
  onQuarter: (quarter: string) => void;
}) {
  const { t } = useTranslation('dashboard');
  const language = currentLanguage();
  const groups = useMemo(
    () => (rollup?.scores.find((scores) => scores.scope === block)?.groups ?? []).filter((group) => group.depth === 1),
    [rollup, block],
  );
  const results = useGroupSeries(
    block,
    quarters[0],
    quarters[quarters.length - 1],
    groups.map((group) => group.code),
    !deferred,
  );
  const settled = results.every((result) => !result.isPending);
  const data = useMemo<ChartData>(
    () => ({
      categories: quarters.map((quarter) => formatQuarter(quarter, language)),
      series: groups.map((group, index) => ({
        id: group.code,
        name: `${t('group', { code: group.code })}. ${group.title}`,
        values: seriesValues(results[index]?.data, quarters),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settled, groups, quarters, language, t],
  );
  if (groups.length === 0) return null;
  return (
    <ChartPanel
      title={t('byGroup')}
      kind="bar"
      data={data}
      format={percentText}
      valueLabel="%"
      categoryLabel={t('quarter')}
      percentAxis
      height={360}
      pending={!settled}
      deferred={deferred}
      onPointClick={(_, index) => onQuarter(quarters[index])}
    />
  );
}
