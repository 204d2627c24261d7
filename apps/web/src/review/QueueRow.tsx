import { Tag } from 'antd';
import { memo, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDateTime, formatDecimal, formatPoints, formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { OlderHistoryButton, useCriterionHistory } from '../quarter/CriterionHistory';
import { useAssessment } from './ReportControls';
import { ActionsCell, EvidenceCell, type ReviewRowActions } from './RowCells';
import { REVIEW_NS } from './review.strings';

export type QueueItem = Schemas['ReviewQueueItemResponse'];

export type RowActions = ReviewRowActions<QueueItem>;

/**
 * One pending submission: a `row` of the review grid (contract: it holds the unit code and the
 * criterion code, and the buttons "Duyệt" and "Từ chối"). The criterion's history is read only when the
 * row is opened, from the unit-quarter's assessment.
 */
interface QueueRowProps {
  item: QueueItem;
  index: number;
  active: boolean;
  expanded: boolean;
  actions: RowActions;
}

export const QueueRow = memo(function QueueRow({ item, index, active, expanded, actions }: QueueRowProps) {
  const { t } = useTranslation(REVIEW_NS);
  const language = currentLanguage();
  const submission = item.submission;
  const id = submission.submissionId;
  const historyId = useId();
  const title = language === 'en' && item.criterionTitleEn ? item.criterionTitleEn : item.criterionTitle;

  return (
    <>
      <div role="gridcell" className="rq-cell rq-unit">
        <strong>{item.unit}</strong>
        <span className="rq-muted">{item.unitName}</span>
        <span className="rq-muted">{formatQuarter(item.period)}</span>
      </div>
      <div role="gridcell" className="rq-cell rq-criterion">
        <strong>{item.criterion}</strong> {title}
        <span className="rq-muted">
          {t('groupOption', {
            code: item.group.code,
            title: language === 'en' && item.group.titleEn ? item.group.titleEn : item.group.title,
          })}
        </span>
        {submission.corrects !== null ? (
          <span className="rq-warn">{t('correction', { reason: submission.correctionReason ?? '' })}</span>
        ) : null}
      </div>
      <div role="gridcell" className="rq-cell rq-figures">
        {submission.kind === 'not_applicable' ? (
          <span>{t('notApplicableReason', { reason: submission.notApplicableReason ?? '' })}</span>
        ) : (
          <>
            <span className="rq-inputs">
              {Object.entries(submission.inputs ?? {}).map(([name, value]) => (
                <span key={name} className="rq-input">
                  {name} = {typeof value === 'boolean' ? (value ? t('yes') : t('no')) : formatDecimal(String(value))}
                </span>
              ))}
            </span>
            {submission.score ? (
              <>
                <strong className="rq-points">{formatPoints(submission.score.points.display)}</strong>
                <span className="rq-explanation">
                  {language === 'en' ? submission.score.explanation.en : submission.score.explanation.vi}
                </span>
              </>
            ) : null}
          </>
        )}
      </div>
      <div role="gridcell" className="rq-cell rq-official">
        <span className="rq-label">{t('official')}</span>
        <span>
          {item.official === null
            ? t('noOfficial')
            : item.official.points === null
              ? t('notApplicable')
              : formatPoints(item.official.points.display)}
        </span>
        <span className="rq-label">{t('difference')}</span>
        <span className={differenceClass(item.difference?.exact)}>
          {item.difference === null ? '—' : signed(formatPoints(item.difference.display))}
        </span>
      </div>
      <EvidenceCell
        evidence={submission.evidence}
        submittedBy={submission.submittedBy}
        submittedAt={submission.submittedAt}
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
          <History item={item} />
        </div>
      ) : null}
    </>
  );
}, sameRow);

/**
 * The page builds `actions` afresh on every render (with the row's busy flag and note), but its callbacks
 * are stable: comparing what a row shows keeps the visible rows from re-rendering on every scroll step.
 */
function sameRow(before: QueueRowProps, after: QueueRowProps): boolean {
  return (
    before.item === after.item &&
    before.index === after.index &&
    before.active === after.active &&
    before.expanded === after.expanded &&
    before.actions.busy === after.actions.busy &&
    before.actions.note === after.actions.note &&
    before.actions.canReview === after.actions.canReview
  );
}

function History({ item }: { item: QueueItem }) {
  const { t } = useTranslation(REVIEW_NS);
  const assessment = useAssessment(item.unit, item.period);
  const criterion = assessment.data?.criteria.find((entry) => entry.code === item.criterion);
  // The view's latest entries, and older pages when asked for (issue #12).
  const history = useCriterionHistory(item.unit, item.period, criterion);
  const list = useRef<HTMLOListElement>(null);
  const rejections = history.entries.filter((entry) => entry.action === 'rejected');
  return (
    <div>
      <strong>{t('historyOf', { criterion: item.criterion })}</strong>
      {assessment.isPending ? (
        <span> …</span>
      ) : assessment.isError ? (
        <span> —</span>
      ) : (
        <>
          {rejections.length === 0 && history.remaining === 0 ? (
            <span className="rq-muted"> {t('historyEmpty')}</span>
          ) : null}
          <OlderHistoryButton history={history} list={list} />
          <ol
            ref={list}
            tabIndex={-1}
            className="rq-history-list"
            aria-label={t('historyOf', { criterion: item.criterion })}
            start={history.firstNumber}
          >
            {history.entries.map((entry, n) => (
              <li key={`${entry.submissionId}-${entry.action}-${n}`}>
                <Tag color={TAG_COLOURS[entry.action]}>{t(`historyAction.${entry.action}`)}</Tag>
                {entry.actor}, {formatDateTime(entry.at)}
                {entry.reason ? (
                  <>
                    {' — '}
                    {t('reason')}: <q>{entry.reason}</q>
                  </>
                ) : null}
                {entry.note ? (
                  <>
                    {' — '}
                    {t('note')}: {entry.note}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** Solid dark tags (white text): antd's light presets fall short of AA contrast. */
const TAG_COLOURS: Partial<Record<string, string>> = { rejected: '#a8071a', approved: '#2e6b12' };

function signed(text: string): string {
  if (/^0([.,]0+)? /.test(text)) return text;
  return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
}

function differenceClass(exact: string | undefined): string {
  if (exact === undefined || exact === '0') return '';
  return exact.startsWith('-') ? 'rq-down' : 'rq-up';
}
