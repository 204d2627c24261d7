import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Collapse, Progress, Select, Space, Tag, Typography } from 'antd';
import type { Catalogue, CatalogueNode } from '@dti/catalogue';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { formatDecimal, formatPercent, formatQuarter } from '../common/format';
import { currentQuarter, FIRST_QUARTER, isQuarter, quartersBetween, shiftQuarter } from '../common/periods';
import { currentLanguage, registerStrings } from '../i18n';
import { useCurrentSession } from '../session/session';
import { CriterionPanel } from './CriterionPanel';
import {
  catalogueFromView,
  criterionStatus,
  sectionPath,
  sectionsFor,
  type CatalogueDto,
  type CriterionStatusKey,
  type Section,
} from './quarter-model';
import { en, vi } from './quarter.strings';
import './quarter.css';

registerStrings('quarter', { vi, en });

type Assessment = Schemas['AssessmentViewResponse'];
type CriterionView = Schemas['CriterionViewResponse'];

const STATUS_COLOR: Record<CriterionStatusKey, string> = {
  notSubmitted: 'default',
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  notApplicable: 'blue',
  withdrawn: 'default',
};

function useAssessment(unit: string, period: string) {
  return useQuery({
    queryKey: ['assessment', unit, period],
    queryFn: async () => unwrap(await api.GET('/assessments/{unit}/{period}', { params: { path: { unit, period } } })),
  });
}

function useCatalogue(id: string | undefined) {
  return useQuery({
    queryKey: ['catalogue', id],
    enabled: id !== undefined,
    staleTime: Infinity,
    queryFn: async () => {
      const view = unwrap(await api.GET('/catalogues/{id}', { params: { path: { id: id ?? '' } } }));
      return catalogueFromView(view as unknown as CatalogueDto);
    },
  });
}

/** `/app/units/{unit}/{period}`: a unit's quarterly report, every criterion of its block, and the forms. */
export function QuarterPage() {
  const params = useParams();
  const unit = (params.unit ?? '').toUpperCase();
  const period = isQuarter(params.period) ? params.period : currentQuarter();
  return (
    <AntApp component={false}>
      <QuarterView key={`${unit}/${period}`} unit={unit} period={period} />
    </AntApp>
  );
}

function QuarterView({ unit, period }: { unit: string; period: string }) {
  const { t } = useTranslation('quarter');
  const session = useCurrentSession();
  const navigate = useNavigate();
  const assessment = useAssessment(unit, period);
  const catalogue = useCatalogue(assessment.data?.catalogueId);
  const language = currentLanguage();

  useEffect(() => {
    document.title = `${formatQuarter(period)} · ${unit}`;
  }, [period, unit]);

  const header = (
    <PeriodSwitcher period={period} onChange={(next) => navigate(`/units/${encodeURIComponent(unit)}/${next}`)} />
  );

  if (assessment.isError) {
    const forbidden = assessment.error instanceof ApiProblem && assessment.error.status === 403;
    return (
      <>
        <Typography.Title level={1}>
          {t('title')} · {unit} · {formatQuarter(period)}
        </Typography.Title>
        {header}
        {forbidden && session.role === 'submitter' ? (
          <Alert type="warning" showIcon title={t('forbiddenOther')} style={{ margin: '16px 0' }} />
        ) : null}
        <ErrorResult error={assessment.error} onRetry={() => void assessment.refetch()} />
      </>
    );
  }
  if (catalogue.isError) return <ErrorResult error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (!assessment.data || !catalogue.data) return <Loading />;

  const data = assessment.data;
  const canSubmit =
    session.role === 'submitter' &&
    session.unit === data.unit.code &&
    data.unit.activeInPeriod &&
    data.report.status !== 'finalized';
  const unitName = language === 'en' ? (data.unit.nameEn ?? data.unit.name) : data.unit.name;

  return (
    <div className="quarter-page">
      <Typography.Title level={1} style={{ marginBottom: 4 }}>
        {t('title')} {formatQuarter(period)} · {unitName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {data.unit.code} · {t(`unitBlock.${data.unit.block}`)} · {data.catalogueId}
      </Typography.Paragraph>
      {header}
      <Assessment
        data={data}
        catalogue={catalogue.data}
        canSubmit={canSubmit}
        username={session.username}
        readOnlyNote={session.role !== 'submitter'}
      />
    </div>
  );
}

function PeriodSwitcher({ period, onChange }: { period: string; onChange(period: string): void }) {
  const { t } = useTranslation('quarter');
  const last = currentQuarter();
  const options = useMemo(
    () =>
      quartersBetween(FIRST_QUARTER, last)
        .reverse()
        .map((value) => ({ value, label: formatQuarter(value) })),
    // formatQuarter depends on the language, read when rendering
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [last, currentLanguage()],
  );
  return (
    <Space wrap className="quarter-period" aria-label={t('period')} role="group">
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={t('previous')}
        disabled={period <= FIRST_QUARTER}
        onClick={() => onChange(shiftQuarter(period, -1))}
      />
      <label htmlFor="quarter-period-select" className="quarter-visually-hidden">
        {t('period')}
      </label>
      <Select
        id="quarter-period-select"
        value={period}
        options={options}
        onChange={onChange}
        style={{ width: 160 }}
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('period')}
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={t('next')}
        disabled={period >= last}
        onClick={() => onChange(shiftQuarter(period, 1))}
      />
    </Space>
  );
}

function Assessment({
  data,
  catalogue,
  canSubmit,
  username,
  readOnlyNote,
}: {
  data: Assessment;
  catalogue: Catalogue;
  canSubmit: boolean;
  username: string;
  readOnlyNote: boolean;
}) {
  const { t } = useTranslation('quarter');
  const [search] = useSearchParams();
  const target = search.get('criterion');
  const byCode = useMemo(() => new Map(data.criteria.map((c) => [c.code, c])), [data.criteria]);
  const sections = useMemo(() => sectionsFor(catalogue, new Set(byCode.keys())), [catalogue, byCode]);
  const targetPath = useMemo(
    () => (target && byCode.has(target) ? sectionPath(sections, target) : []),
    [target, byCode, sections],
  );
  const [openGroups, setOpenGroups] = useState<string[]>(() => targetPath.slice(0, 1));
  const [openCriteria, setOpenCriteria] = useState<string[]>(() => (target && byCode.has(target) ? [target] : []));

  // `?criterion=7.1.1`: that criterion's form in view, once it is rendered.
  const scrolled = useRef<string | null>(null);
  useEffect(() => {
    if (!target || scrolled.current === target || !byCode.has(target)) return;
    const id = `criterion-${target.replace(/\./g, '-')}`;
    const timer = window.setInterval(() => {
      const element = document.getElementById(id);
      if (!element) return;
      window.clearInterval(timer);
      scrolled.current = target;
      element.scrollIntoView({ block: 'start' });
    }, 50);
    return () => window.clearInterval(timer);
  }, [target, byCode]);

  const counts = useMemo(() => {
    const result: Record<CriterionStatusKey, number> = {
      notSubmitted: 0,
      pending: 0,
      approved: 0,
      rejected: 0,
      notApplicable: 0,
      withdrawn: 0,
    };
    for (const criterion of data.criteria) result[criterionStatus(criterion).key] += 1;
    return result;
  }, [data.criteria]);
  // Done: an approved value; not applicable (approved) leaves the count of what applies.
  const done = data.criteria.filter((c) => c.official && !c.official.notApplicable).length;
  const applicable = data.criteria.length - data.criteria.filter((c) => c.official?.notApplicable).length;
  const percent = applicable === 0 ? 0 : Math.round((done / applicable) * 1000) / 10;

  const criterionItems = (nodes: CatalogueNode[]) =>
    nodes.map((node) => {
      const criterion = byCode.get(node.code) as CriterionView;
      return {
        key: node.code,
        label: <CriterionHeader criterion={criterion} node={node} />,
        children: (
          <CriterionPanel
            criterion={criterion}
            node={node}
            catalogue={catalogue}
            unit={data.unit.code}
            period={data.period}
            canSubmit={canSubmit}
            username={username}
          />
        ),
      };
    });

  const renderSection = (section: Section, level: 2 | 3 | 4): ReactNode => (
    <div key={section.node.code} className="quarter-section">
      {level > 2 || section.criteria.length > 0 ? (
        <Typography.Title level={level} className="quarter-section-title">
          {section.node.code}. {nodeTitle(section.node)}
        </Typography.Title>
      ) : null}
      {section.criteria.length > 0 ? (
        <Collapse
          activeKey={openCriteria}
          onChange={(keys) => setOpenCriteria(keys)}
          expandIcon={expandIcon}
          items={criterionItems(section.criteria)}
        />
      ) : null}
      {section.sections.map((child) => renderSection(child, level === 2 ? 3 : 4))}
    </div>
  );

  const groupTotals = useMemo(() => {
    const map = new Map<string, Schemas['TotalsNodeResponse']>();
    const walk = (node: Schemas['TotalsNodeResponse']) => {
      map.set(node.code, node);
      node.groups.forEach(walk);
    };
    walk(data.totals);
    return map;
  }, [data.totals]);

  return (
    <>
      {readOnlyNote ? <Alert type="info" showIcon title={t('readOnly')} style={{ marginBottom: 12 }} /> : null}
      {data.report.status === 'finalized' ? (
        <Alert type="warning" showIcon title={t('finalized')} style={{ marginBottom: 12 }} />
      ) : null}
      {!data.unit.activeInPeriod ? (
        <Alert type="warning" showIcon title={t('notActive')} style={{ marginBottom: 12 }} />
      ) : null}

      <section className="quarter-summary" aria-label={t('progressLabel')}>
        <Typography.Text strong>{t('progress', { done, total: applicable })}</Typography.Text>
        <Progress percent={percent} aria-label={t('progress', { done, total: applicable })} />
        <Space wrap size="small">
          {(Object.keys(counts) as CriterionStatusKey[])
            .filter((key) => counts[key] > 0)
            .map((key) => (
              <Tag key={key} color={STATUS_COLOR[key]}>
                {t(`status.${key}`)}: {counts[key]}
              </Tag>
            ))}
          <Typography.Text>
            {t('total')}: {formatDecimal(data.totals.points.display)} /{' '}
            {formatDecimal(data.totals.applicableMax.display)}
            {data.totals.percent ? ` (${formatPercent(data.totals.percent.display)})` : ''}
          </Typography.Text>
        </Space>
      </section>

      {sections.length === 0 ? <Alert type="info" title={t('noCriteria')} /> : null}
      <Collapse
        className="quarter-groups"
        activeKey={openGroups}
        onChange={(keys) => setOpenGroups(keys)}
        expandIcon={expandIcon}
        items={sections.map((section) => {
          const totals = groupTotals.get(section.node.code);
          return {
            key: section.node.code,
            label: (
              <span className="quarter-group-label">
                <span>
                  {section.node.code}. {nodeTitle(section.node)}
                </span>
                <span className="quarter-group-meta">
                  {totals
                    ? `${formatDecimal(totals.points.display)} / ${formatDecimal(totals.applicableMax.display)} · `
                    : ''}
                  {t('criteriaCount', { count: section.allCodes.length })}
                </span>
              </span>
            ),
            children: renderSection(section, 2),
          };
        })}
      />
    </>
  );
}

/** antd's arrow would add "right" to every header's accessible name. */
const expandIcon = ({ isActive }: { isActive?: boolean }) => <RightOutlined aria-hidden rotate={isActive ? 90 : 0} />;

function nodeTitle(node: CatalogueNode): string {
  return currentLanguage() === 'en' ? (node.titleEn ?? node.title) : node.title;
}

function CriterionHeader({ criterion, node }: { criterion: CriterionView; node: CatalogueNode }) {
  const { t } = useTranslation('quarter');
  const { key } = criterionStatus(criterion);
  const official = criterion.official && !criterion.official.notApplicable;
  return (
    <span className="quarter-criterion-header" id={`criterion-${criterion.code.replace(/\./g, '-')}`}>
      <span className="quarter-code">{criterion.code}</span>{' '}
      <span className="quarter-criterion-title">{nodeTitle(node)}</span>{' '}
      <span className="quarter-criterion-points">
        {official ? (
          <>
            <span className="quarter-visually-hidden">{t('officialShort')}: </span>
            <span className="quarter-official">{formatDecimal(criterion.points.display)}</span>
            {' / '}
          </>
        ) : null}
        <span>{t('maxShort', { max: formatDecimal(criterion.max.display) })}</span>
      </span>{' '}
      <Tag color={STATUS_COLOR[key]} className="quarter-status">
        {t(`status.${key}`)}
      </Tag>
    </span>
  );
}
