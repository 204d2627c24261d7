import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDecimal, formatQuarter } from '../common/format';
import type { RankedUnit } from './dashboard-queries';

export const two = (value: number): string => formatDecimal(value.toFixed(2));

/**
 * A block's ranking: rank (ties marked), change since the previous quarter, unit, points, max, %. Memoised:
 * the roll-up's and the series' answers re-render the page after the table is up, not the table.
 */
export const RankingTable = memo(function RankingTable({
  units,
  period,
  previousPeriod,
  caption,
}: {
  units: readonly RankedUnit[];
  period: string;
  previousPeriod: string;
  caption: string;
}) {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const scorecard = (unit: string) => `/scorecards/${unit}/${period}`;
  return (
    <div className="dashboard-table-scroll">
      <table className="dashboard-table dashboard-ranking" aria-label={t('ranking')}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('rank')}
            </th>
            <th scope="col">{t('change', { quarter: formatQuarter(previousPeriod) })}</th>
            <th scope="col">{t('unit')}</th>
            <th scope="col" className="num">
              {t('points')}
            </th>
            <th scope="col" className="num">
              {t('applicableMax')}
            </th>
            <th scope="col" className="num">
              {t('percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr
              key={unit.unit}
              className="dashboard-row-link"
              // The unit's link is the keyboard path; a click anywhere on the row is the mouse shortcut.
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a') === null) void navigate(scorecard(unit.unit));
              }}
            >
              <td className="num">
                {unit.rank ?? t('noData')}
                {unit.tied ? (
                  <Tag className="dashboard-tag" color="purple">
                    {t('tied')}
                  </Tag>
                ) : null}
              </td>
              <td>
                <RankChange change={unit.rankChange} />
              </td>
              <td>
                <Link
                  to={scorecard(unit.unit)}
                  aria-label={t('openScorecard', { unit: `${unit.unit} – ${unit.unitName}` })}
                >
                  <strong>{unit.unit}</strong>
                </Link>{' '}
                <span className="dashboard-unit-name">{unit.unitName}</span>
                {unit.reported ? null : (
                  <Tag className="dashboard-tag" color="default">
                    {t('notReported')}
                  </Tag>
                )}
              </td>
              <td className="num">{two(unit.points)}</td>
              <td className="num">{two(unit.applicableMax)}</td>
              <td className="num">{unit.percent === null ? t('noData') : `${two(unit.percent)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

function RankChange({ change }: { change: number | null }) {
  const { t } = useTranslation('dashboard');
  if (change === null) return <span className="dashboard-muted">{t('noData')}</span>;
  if (change > 0) {
    return (
      <span className="dashboard-up">
        <ArrowUpOutlined aria-hidden /> {t('up', { count: change })}
      </span>
    );
  }
  if (change < 0) {
    return (
      <span className="dashboard-down">
        <ArrowDownOutlined aria-hidden /> {t('down', { count: -change })}
      </span>
    );
  }
  return (
    <span className="dashboard-muted">
      <MinusOutlined aria-hidden /> {t('same')}
    </span>
  );
}
