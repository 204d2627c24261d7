import { Tag } from 'antd';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDate, formatDateTime, formatDecimal, formatPercent, formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { ActionsCell, EvidenceCell, type ReviewRowActions } from './RowCells';

/**
 * The review page's namespace (review.strings.ts, registered by the page before this chunk loads), named here rather
 * than imported: an import from the page's modules would fold the page's chunk into a shared one.
 */
const REVIEW_NS = 'review';

export type PlanQueueItem = Schemas['PlanQueueItemResponse'];

export type PlanRowActions = ReviewRowActions<PlanQueueItem>;

/**
 * A plan progress report in the review queue, marked as such (not a criterion's figures): the same `row` contract as
 * a criteria row (the unit code, the row's code, the buttons "Duyệt" and "Từ chối"), with the figures of its kind —
 * a target's value against its 2025 value, a task's status and document, a project's phase, progress and money
 * disbursed against its budget. Loaded only when the queue holds plan reports (the page's first JS has a budget).
 */
export const PlanQueueRow = memo(function PlanQueueRow({
  item,
  index,
  active,
  expanded,
  actions,
}: {
  item: PlanQueueItem;
  index: number;
  active: boolean;
  expanded: boolean;
  actions: PlanRowActions;
}) {
  const { t } = useTranslation(REVIEW_NS);
  const english = currentLanguage() === 'en';
  const id = item.reportId;
  const historyId = useId();
  const kind = t(`plan.kind.${item.kind}`);
  const unitName = english && item.unitNameEn ? item.unitNameEn : item.unitName;

  return (
    <>
      <div role="gridcell" className="rq-cell rq-unit">
        <strong>{item.unit}</strong>
        {unitName ? <span className="rq-muted">{unitName}</span> : null}
        <span className="rq-muted">{formatQuarter(item.period)}</span>
      </div>
      <div role="gridcell" className="rq-cell rq-criterion">
        <Tag color="#6b2a7a">{t('plan.marker')}</Tag>
        <strong>
          {kind} {item.code}
        </strong>{' '}
        {english && item.titleEn ? item.titleEn : item.title}
        <span className="rq-muted">{t('plan.lead', { name: item.lead.outside ?? item.lead.name })}</span>
      </div>
      <div role="gridcell" className="rq-cell rq-figures">
        <Figures item={item} progress={item.progress} />
      </div>
      <div role="gridcell" className="rq-cell rq-official">
        <span className="rq-label">{t('official')}</span>
        {item.official === null ? (
          <span>{t('noOfficial')}</span>
        ) : (
          <span>
            <Figures item={item} progress={item.official.progress} brief /> ({formatQuarter(item.official.period)})
          </span>
        )}
      </div>
      <EvidenceCell
        evidence={item.evidence}
        submittedBy={item.submittedBy}
        submittedAt={item.submittedAt}
        active={active}
      />
      <ActionsCell
        item={item}
        id={id}
        reviewable={item.reviewable}
        index={index}
        active={active}
        expanded={expanded}
        historyId={historyId}
        actions={actions}
      />
      {expanded ? (
        <div role="gridcell" className="rq-cell rq-history" id={historyId}>
          <strong>{t('plan.historyOf', { kind, code: item.code, period: formatQuarter(item.period) })}</strong>
          {item.earlier.length === 0 ? <span className="rq-muted"> {t('historyEmpty')}</span> : null}
          <ol className="rq-history-list">
            {item.earlier.map((earlier) => (
              <li key={earlier.reportId}>
                <Tag color={earlier.status === 'rejected' ? '#a8071a' : '#2e6b12'}>
                  {t(`historyAction.${earlier.status}`)}
                </Tag>
                {earlier.reviewedBy}, {formatDateTime(earlier.reviewedAt)}
                {earlier.reason ? (
                  <>
                    {' — '}
                    {t('reason')}: <q>{earlier.reason}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
});

export default PlanQueueRow;

type Progress = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '0');

/** What a report says, by kind, against what the plan asks; `brief` for the official value beside it. */
function Figures({ item, progress, brief = false }: { item: PlanQueueItem; progress: Progress; brief?: boolean }) {
  const { t } = useTranslation(REVIEW_NS);
  if (item.kind === 'target') {
    const value = t('plan.targetValue', {
      numerator: formatDecimal(text(progress.numerator)),
      denominator: formatDecimal(text(progress.denominator)),
    });
    if (brief) return <>{value}</>;
    return (
      <>
        <span className="rq-inputs">{value}</span>
        {item.percent ? <strong className="rq-points">{formatPercent(String(item.percent.value))}</strong> : null}
        {item.targetPercent ? (
          <span className="rq-muted">{t('plan.goal', { goal: formatPercent(String(item.targetPercent.value)) })}</span>
        ) : null}
      </>
    );
  }
  if (item.kind === 'task') {
    const parts = [t(`plan.taskStatus.${text(progress.status)}`)];
    if (typeof progress.documentNumber === 'string') {
      parts.push(
        typeof progress.issuedOn === 'string'
          ? t('plan.document', { number: progress.documentNumber, date: formatDate(progress.issuedOn) })
          : progress.documentNumber,
      );
    }
    if (typeof progress.issuedCount === 'number') {
      parts.push(
        item.required === null
          ? t('plan.issued', { count: progress.issuedCount })
          : t('plan.issuedOf', { count: progress.issuedCount, required: item.required }),
      );
    }
    if (brief) return <>{parts.join(' · ')}</>;
    return (
      <>
        <span>{parts.join(' · ')}</span>
        {item.taskType ? <span className="rq-muted">{t('plan.type', { type: item.taskType })}</span> : null}
      </>
    );
  }
  const disbursed = (progress.disbursed ?? {}) as Progress;
  const phase = `${t(`plan.phase.${text(progress.phase)}`)} · ${t('plan.physical', {
    value: formatPercent(text(progress.physicalPercent)),
  })}`;
  if (brief) return <>{phase}</>;
  return (
    <>
      <span>{phase}</span>
      <span className="rq-inputs">
        {t('plan.disbursed', {
          provincial: formatDecimal(text(disbursed.provincial)),
          other: formatDecimal(text(disbursed.other)),
        })}
      </span>
      <span className="rq-muted">
        {item.budget === null
          ? t('plan.businessFunded')
          : t('plan.planned', {
              provincial: formatDecimal(item.budget.provincial),
              other: formatDecimal(item.budget.other),
            })}
      </span>
    </>
  );
}
