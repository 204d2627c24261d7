import { FilePdfOutlined, LeftOutlined, LinkOutlined, PaperClipOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, List, Space, Statistic, Tag, Typography } from 'antd';
import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDateTime, formatDecimal, formatQuarter } from '../common/format';
import { currentQuarter, FIRST_QUARTER, isQuarter, shiftQuarter } from '../common/periods';
import { currentLanguage, registerStrings } from '../i18n';
import { useCurrentSession } from '../session/session';
import { en, vi } from './scorecard.strings';
import './scorecard.css';

registerStrings('scorecard', { vi, en });

type Scorecard = Schemas['ScorecardResponse'];
type Group = Schemas['ScorecardGroupResponse'];
type Criterion = Schemas['ScorecardCriterionResponse'];
type Evidence = Schemas['EvidenceResponse'];

const two = (value: number): string => formatDecimal(value.toFixed(2));
const percentText = (value: number | null): string => (value === null ? '—' : `${two(value)}%`);

const STATUS_COLOR: Record<string, string> = {
  scored: 'green',
  'not-applicable': 'blue',
  'not-reported': 'default',
  error: 'red',
};
const REPORT_COLOR: Record<string, string> = {
  not_opened: 'default',
  open: 'processing',
  finalized: 'green',
  reopened: 'orange',
};

/** `/app/scorecards/{unit}/{period}`: a unit's scores for a quarter, group by group, with the report's versions. */
export function ScorecardPage() {
  const params = useParams();
  const unit = (params.unit ?? '').toUpperCase();
  const period = isQuarter(params.period) ? params.period : shiftQuarter(currentQuarter(), -1);
  return <ScorecardView key={`${unit}/${period}`} unit={unit} period={period} />;
}

function ScorecardView({ unit, period }: { unit: string; period: string }) {
  const { t } = useTranslation('scorecard');
  const session = useCurrentSession();
  const language = currentLanguage();
  const navigate = useNavigate();
  const scorecard = useQuery({
    queryKey: ['scorecard', unit, period],
    queryFn: async () => unwrap(await api.GET('/scorecards/{unit}/{period}', { params: { path: { unit, period } } })),
  });
  const reports = useQuery({
    queryKey: ['reports', unit, period],
    queryFn: async () => unwrap(await api.GET('/reports/{unit}/{period}', { params: { path: { unit, period } } })),
  });
  // The evidence cited by the official values lives in the assessment's view.
  const assessment = useQuery({
    queryKey: ['assessment', unit, period],
    enabled: scorecard.isSuccess,
    queryFn: async () => unwrap(await api.GET('/assessments/{unit}/{period}', { params: { path: { unit, period } } })),
  });
  const evidence = useMemo(() => {
    const byCode = new Map<string, Evidence[]>();
    for (const criterion of assessment.data?.criteria ?? []) {
      if (criterion.official && criterion.official.evidence.length > 0)
        byCode.set(criterion.code, criterion.official.evidence);
    }
    return byCode;
  }, [assessment.data]);

  if (scorecard.error) return <ErrorResult error={scorecard.error} onRetry={() => void scorecard.refetch()} />;
  if (scorecard.data === undefined) return <Loading />;
  const card = scorecard.data;
  const counts = card.total.counts;

  return (
    <div className="scorecard">
      <Space wrap align="center" size="middle" className="scorecard-heading">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('title')}: {card.unitName} ({card.unit})
        </Typography.Title>
        <Space.Compact>
          <Button
            icon={<LeftOutlined aria-hidden />}
            disabled={period <= FIRST_QUARTER}
            onClick={() => void navigate(`/scorecards/${unit}/${shiftQuarter(period, -1)}`)}
          >
            {t('previous')}
          </Button>
          <Button
            icon={<RightOutlined aria-hidden />}
            iconPlacement="end"
            disabled={period >= currentQuarter()}
            onClick={() => void navigate(`/scorecards/${unit}/${shiftQuarter(period, 1)}`)}
          >
            {t('next')}
          </Button>
        </Space.Compact>
        {session.role !== 'submitter' ? (
          <Link to={`/dashboard?period=${period}&block=${card.block}`}>{t('backToDashboard')}</Link>
        ) : null}
      </Space>

      <Card size="small" className="scorecard-summary">
        <Space size="large" wrap align="start">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'period', label: t('period'), children: formatQuarter(period, language) },
              { key: 'block', label: t('block'), children: t(`blocks.${card.block}`) },
              { key: 'catalogue', label: t('catalogue'), children: card.catalogue },
              {
                key: 'report',
                label: t('report'),
                children: (
                  <Space size={4} wrap>
                    <Tag color={REPORT_COLOR[card.report.status]}>{t(`reportStatus.${card.report.status}`)}</Tag>
                    {card.report.version > 0 ? <Tag>{t('version', { version: card.report.version })}</Tag> : null}
                    {card.report.pendingCount > 0 ? (
                      <Tag color="gold">{t('pendingCount', { count: card.report.pendingCount })}</Tag>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
          <Statistic title={t('total')} value={`${two(card.total.points)} / ${two(card.total.applicableMax)}`} />
          <Statistic title={t('percent')} value={percentText(card.total.percent)} />
          <Typography.Text type="secondary">
            {t('counts', {
              scored: counts.scored,
              notApplicable: counts['not-applicable'],
              notReported: counts['not-reported'],
            })}
          </Typography.Text>
        </Space>
      </Card>

      <Card size="small" className="scorecard-card">
        <ScoreTree card={card} evidence={evidence} />
      </Card>

      <Card size="small" className="scorecard-card" title={<h2 className="scorecard-h2">{t('versions')}</h2>}>
        {reports.error ? (
          <ErrorResult error={reports.error} />
        ) : reports.data === undefined ? (
          <Loading />
        ) : reports.data.versions.length === 0 ? (
          <Typography.Paragraph>{t('noVersions')}</Typography.Paragraph>
        ) : (
          <List
            size="small"
            dataSource={[...reports.data.versions].reverse()}
            renderItem={(version) => (
              <List.Item
                key={version.version}
                actions={[
                  <a
                    key="pdf"
                    href={`/reports/${encodeURIComponent(unit)}/${period}.pdf?version=${version.version}`}
                    aria-label={t('downloadPdf', { version: version.version })}
                  >
                    <FilePdfOutlined aria-hidden /> PDF
                  </a>,
                ]}
              >
                <Space wrap>
                  <strong>{t('version', { version: version.version })}</strong>
                  <span>
                    {t('finalizedBy', { actor: version.finalizedBy, at: formatDateTime(version.finalizedAt) })}
                  </span>
                  <span>
                    {t('total')}: {two(version.total.points)} / {two(version.total.applicableMax)} ·{' '}
                    {percentText(version.total.percent)}
                  </span>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}

/** Groups, sub-groups and criteria in catalogue order, as rows of one table. */
function ScoreTree({ card, evidence }: { card: Scorecard; evidence: Map<string, Evidence[]> }) {
  const { t } = useTranslation('scorecard');
  const children = useMemo(() => {
    const groups = new Map<string, Group[]>();
    for (const group of card.groups) {
      const key = group.depth === 1 ? '' : (group.parent ?? '');
      groups.set(key, [...(groups.get(key) ?? []), group]);
    }
    const criteria = new Map<string, Criterion[]>();
    for (const criterion of card.criteria)
      criteria.set(criterion.group, [...(criteria.get(criterion.group) ?? []), criterion]);
    return { groups, criteria };
  }, [card]);

  const rows = (parent: string): ReactNode[] =>
    (children.groups.get(parent) ?? []).map((group) => (
      <Fragment key={group.code}>
        <tr className={`scorecard-group scorecard-depth-${group.depth}`}>
          <th scope="row">{group.code}</th>
          <td>{group.title}</td>
          <td className="num">{two(group.points)}</td>
          <td className="num">{two(group.applicableMax)}</td>
          <td className="num">{percentText(group.percent)}</td>
          <td colSpan={2} />
        </tr>
        {(children.criteria.get(group.code) ?? []).map((criterion) => (
          <CriterionRow key={criterion.code} criterion={criterion} evidence={evidence.get(criterion.code) ?? []} />
        ))}
        {rows(group.code)}
      </Fragment>
    ));

  return (
    <div className="scorecard-scroll">
      <table className="scorecard-table" aria-label={t('tableName')}>
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('criterion')}</th>
            <th scope="col" className="num">
              {t('points')}
            </th>
            <th scope="col" className="num">
              {t('max')}
            </th>
            <th scope="col" className="num">
              {t('percent')}
            </th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('explanation')}</th>
          </tr>
        </thead>
        <tbody>{rows('')}</tbody>
      </table>
    </div>
  );
}

function CriterionRow({ criterion, evidence }: { criterion: Criterion; evidence: Evidence[] }) {
  const { t } = useTranslation('scorecard');
  const language = currentLanguage();
  const percent = criterion.applicableMax > 0 ? (criterion.points / criterion.applicableMax) * 100 : null;
  return (
    <tr className="scorecard-criterion">
      <th scope="row">{criterion.code}</th>
      <td>{criterion.title}</td>
      <td className="num">{two(criterion.points)}</td>
      <td className="num">{two(criterion.max)}</td>
      <td className="num">{percent === null ? t('noData') : percentText(Math.round(percent * 100) / 100)}</td>
      <td>
        <Tag color={STATUS_COLOR[criterion.status]}>{t(`criterionStatus.${criterion.status}`)}</Tag>
        {criterion.pending ? <Tag color="gold">{t('pending')}</Tag> : null}
      </td>
      <td className="scorecard-explanation">
        {criterion.explanation ? (
          <div>{language === 'vi' ? criterion.explanation.vi : criterion.explanation.en}</div>
        ) : null}
        {criterion.status === 'not-applicable' && criterion.notApplicableReason ? (
          <div>{t('notApplicableReason', { reason: criterion.notApplicableReason })}</div>
        ) : null}
        {criterion.error ? <div className="scorecard-error">{criterion.error.message}</div> : null}
        {criterion.official?.approvedBy && criterion.official.approvedAt ? (
          <div className="scorecard-muted">
            {t('approvedBy', {
              actor: criterion.official.approvedBy,
              at: formatDateTime(criterion.official.approvedAt),
            })}
          </div>
        ) : null}
        {evidence.length > 0 ? (
          <ul className="scorecard-evidence" aria-label={`${t('evidence')} ${criterion.code}`}>
            {evidence.map((item, index) => (
              <li key={index}>
                {item.sha256 ? (
                  <a href={`/evidence/${item.sha256}`} target="_blank" rel="noreferrer">
                    <PaperClipOutlined aria-hidden /> {item.documentNumber}
                  </a>
                ) : item.url ? (
                  <a href={item.url} target="_blank" rel="noreferrer noopener">
                    <LinkOutlined aria-hidden /> {item.documentNumber}
                  </a>
                ) : (
                  item.documentNumber
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
