import { TableOutlined } from '@ant-design/icons';
import { Button, Card, Spin } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatPercent } from '../common/format';
import { currentLanguage } from '../i18n';
import { billions, type PlanProgress } from './plan-queries';

type EChartsModule = typeof import('./echarts-setup');
let echartsModule: Promise<EChartsModule> | null = null;
function loadECharts(): Promise<EChartsModule> {
  echartsModule ??= import('./echarts-setup');
  return echartsModule;
}

/** The chart's axis: the funding sources (Nguồn vốn). Their total is not a source: it is in the table and the cards. */
const SOURCES = ['provincial', 'other'] as const;
/** The table's rows: each source, then the total. */
const ROWS = [...SOURCES, 'total'] as const;

/** Disbursed as a share of planned, 2 decimals, from exact integers (BigInt: no float on đồng). */
function rate(disbursed: string, planned: string): string {
  const d = BigInt(disbursed);
  const p = BigInt(planned);
  if (p === 0n) return '—';
  const hundredths = (d * 10000n + p / 2n) / p;
  return formatPercent(`${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`);
}

/**
 * Kinh phí by Nguồn vốn: planned against Giải ngân, grouped by source, for the province. The chart has its accessible name
 * (role="img"); the exact figures, in đồng, are the table behind the toggle.
 */
export function BudgetChart({ budget }: { budget: PlanProgress['budget']['province'] }) {
  const { t } = useTranslation('plan');
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const title = t('budget.chart');
  const language = currentLanguage();

  useEffect(() => {
    let disposed = false;
    let chart: import('echarts/core').ECharts | undefined;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (disposed || container.current === null) return;
      chart = echarts.init(container.current, undefined, { renderer: 'canvas' });
      chart.setOption({
        color: ['#6b2a7a', '#389e0d'],
        animation: false,
        grid: { left: 24, right: 16, top: 40, bottom: 24, containLabel: true },
        legend: { top: 0 },
        tooltip: {
          trigger: 'axis',
          valueFormatter: (value: unknown) =>
            typeof value === 'number' ? `${formatDecimal(value.toFixed(1), language)} ${t('budget.billion')}` : '',
        },
        // Every source's name under its bars, wrapped rather than dropped when the card is narrow.
        xAxis: {
          type: 'category',
          data: SOURCES.map((s) => t(`budget.${s}`)),
          axisLabel: { interval: 0, width: 220, overflow: 'break' },
        },
        yAxis: { type: 'value', name: t('budget.billion') },
        series: [
          { name: t('budget.planned'), type: 'bar', data: SOURCES.map((s) => billions(budget.planned[s])) },
          { name: t('budget.disbursed'), type: 'bar', data: SOURCES.map((s) => billions(budget.disbursed[s])) },
        ],
      });
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(container.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [budget, t, language]);

  return (
    <Card
      title={title}
      size="small"
      extra={
        <Button
          size="small"
          icon={<TableOutlined aria-hidden />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('budget.hideTable') : t('budget.showTable')}
        </Button>
      }
    >
      <div style={{ position: 'relative' }}>
        <div ref={container} role="img" aria-label={title} aria-busy={!ready} style={{ height: 300 }} />
        {ready ? null : (
          <div className="plan-chart-loading">
            <Spin aria-label={t('budget.loading')} />
          </div>
        )}
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable ? (
          <table className="plan-table" aria-label={t('budget.tableOf', { chart: title })}>
            <thead>
              <tr>
                <th scope="col">{t('budget.source')}</th>
                <th scope="col" className="num">
                  {t('budget.planned')} ({t('budget.dong')})
                </th>
                <th scope="col" className="num">
                  {t('budget.disbursed')} ({t('budget.dong')})
                </th>
                <th scope="col" className="num">
                  {t('budget.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((source) => (
                <tr key={source}>
                  <th scope="row">{t(`budget.${source}`)}</th>
                  <td className="num">{formatDecimal(budget.planned[source])}</td>
                  <td className="num">{formatDecimal(budget.disbursed[source])}</td>
                  <td className="num">{rate(budget.disbursed[source], budget.planned[source])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </Card>
  );
}
