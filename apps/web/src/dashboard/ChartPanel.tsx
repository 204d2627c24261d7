import { TableOutlined } from '@ant-design/icons';
import { Button, Card, Spin } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartData } from './chart-data';

type EChartsModule = typeof import('./echarts-setup');
let echartsModule: Promise<EChartsModule> | null = null;
function loadECharts(): Promise<EChartsModule> {
  echartsModule ??= import('./echarts-setup');
  return echartsModule;
}
// Fetched as soon as the dashboard's chunk runs, in parallel with its API calls, not after the first render.
void loadECharts();

const PALETTE = ['#6b2a7a', '#1677ff', '#d4380d', '#389e0d', '#d48806', '#08979c', '#c41d7f', '#531dab', '#595959'];

export interface ChartPanelProps {
  /** The accessible name of the chart (and the title above it). */
  title: string;
  kind: 'line' | 'bar';
  data: ChartData;
  /** How a value is written (in the tooltip and the table). */
  format: (value: number) => string;
  /** Axis label of the values. */
  valueLabel: string;
  /** Column heading of the categories in the table. */
  categoryLabel: string;
  /** Percent axis 0–100. */
  percentAxis?: boolean;
  onPointClick?: (seriesId: string, categoryIndex: number) => void;
  height?: number;
  /** Controls shown above the chart (e.g. the units compared). */
  extra?: React.ReactNode;
  /** Some of the figures are still on their way (aria-busy until they are drawn). */
  pending?: boolean;
  /**
   * Not drawn yet, even with its figures in: the chart waits for what the first render shows (its ECharts
   * instance is made only then), so it does not compete with it for the main thread.
   */
  deferred?: boolean;
  /** Called once, after the first drawing has been painted. */
  onDrawn?: () => void;
}

/**
 * One ECharts chart with its accessible name (role="img" + aria-label on the container) and its text
 * alternative: the same figures as a table behind a toggle. ECharts itself is loaded on first use.
 */
export function ChartPanel(props: ChartPanelProps) {
  const { t } = useTranslation('dashboard');
  const {
    title,
    kind,
    data,
    format,
    valueLabel,
    categoryLabel,
    percentAxis,
    onPointClick,
    height = 320,
    pending,
    deferred = false,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const clickRef = useRef(onPointClick);
  clickRef.current = onPointClick;
  const formatRef = useRef(format);
  formatRef.current = format;
  const drawnRef = useRef(props.onDrawn);
  drawnRef.current = props.onDrawn;

  // One ECharts instance for the panel's life: created once ECharts is loaded, its option replaced when
  // the figures change (a dispose and init per change cost a full redraw each time, on the first render's
  // critical path).
  const [chart, setChart] = useState<import('echarts/core').ECharts | null>(null);
  useEffect(() => {
    if (deferred) return undefined;
    let disposed = false;
    let instance: import('echarts/core').ECharts | undefined;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (disposed || container.current === null) return;
      instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
      instance.on('click', (event) => {
        const seriesId = (event as { seriesId?: string }).seriesId;
        if (seriesId !== undefined && typeof event.dataIndex === 'number') {
          clickRef.current?.(seriesId, event.dataIndex);
        }
      });
      if (clickRef.current !== undefined) instance.getZr().setCursorStyle('pointer');
      const drawn = instance;
      observer = new ResizeObserver(() => drawn.resize());
      observer.observe(container.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, [deferred]);

  useEffect(() => {
    // Nothing is drawn until every figure has arrived: one drawing, not one per answer.
    if (chart === null || pending === true) return;
    chart.setOption(
      {
        color: PALETTE,
        animation: false,
        grid: { left: 48, right: 16, top: 48, bottom: 32, containLabel: true },
        legend: { type: 'scroll', top: 0 },
        tooltip: {
          trigger: kind === 'line' ? 'axis' : 'item',
          valueFormatter: (value: unknown) => (typeof value === 'number' ? formatRef.current(value) : t('noData')),
        },
        xAxis: { type: 'category', data: data.categories },
        yAxis: {
          type: 'value',
          name: valueLabel,
          ...(percentAxis ? { min: 0, max: 100 } : { minInterval: 1 }),
        },
        series: data.series.map((series) => ({
          id: series.id,
          name: series.name,
          type: kind,
          data: series.values,
          // A quarter without a report is a gap in the line, not a fall to zero.
          connectNulls: false,
          showSymbol: true,
          symbolSize: 7,
          emphasis: { focus: 'series' },
        })),
      },
      // The new figures replace the old ones (a unit no longer compared disappears).
      { notMerge: true },
    );
    if (!ready) {
      setReady(true);
      // After the frame that paints it (setOption draws synchronously; the browser paints at the next frame).
      requestAnimationFrame(() => setTimeout(() => drawnRef.current?.(), 0));
    }
    // The chart is redrawn whenever its figures or words change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `ready` only tells the first drawing apart
  }, [chart, data, kind, valueLabel, percentAxis, pending, t]);

  return (
    <Card
      title={title}
      size="small"
      className="dashboard-card"
      extra={
        <Button
          size="small"
          icon={<TableOutlined aria-hidden />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('hideTable') : t('showTable')}
        </Button>
      }
    >
      {props.extra ? <div className="dashboard-chart-toolbar">{props.extra}</div> : null}
      <div style={{ position: 'relative' }}>
        <div
          ref={container}
          role="img"
          aria-label={title}
          aria-busy={!ready || pending === true}
          className="dashboard-chart"
          style={{ height }}
        />
        {ready ? null : (
          <div className="dashboard-chart-loading">
            <Spin aria-label={t('chartLoading')} />
          </div>
        )}
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable ? (
          <div className="dashboard-table-scroll">
            <table className="dashboard-table" aria-label={t('tableOf', { chart: title })}>
              <thead>
                <tr>
                  <th scope="col">{categoryLabel}</th>
                  {data.series.map((series) => (
                    <th scope="col" key={series.id} className="num">
                      {series.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.categories.map((category, index) => (
                  <tr key={category}>
                    <th scope="row">{category}</th>
                    {data.series.map((series) => {
                      const value = series.values[index];
                      return (
                        <td key={series.id} className="num">
                          {value === null || value === undefined ? t('noData') : format(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
