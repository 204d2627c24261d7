import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDate, formatDateTime } from '../common/format';

/**
 * The review page's namespace (review.strings.ts, registered by the page), named here rather than imported: this
 * module is shared by the criteria row (the page's chunk) and the plan report row (a lazy chunk of its own).
 */
const REVIEW_NS = 'review';

type Evidence = Schemas['EvidenceResponse'];

/** What a row offers, whichever kind of entry it is (a criterion's submission or a plan report). */
export interface ReviewRowActions<Item> {
  canReview: boolean;
  busy: boolean;
  note: string;
  onNote(id: string, note: string): void;
  onApprove(item: Item): void;
  onReject(item: Item): void;
  onToggle(id: string): void;
  onFocusRow(index: number): void;
}

/** The evidence cell of a queue row: the documents (links only in the active row's tab order) and who submitted. */
export function EvidenceCell({
  evidence,
  submittedBy,
  submittedAt,
  active,
}: {
  evidence: readonly Evidence[];
  submittedBy: string;
  submittedAt: string;
  active: boolean;
}) {
  const { t } = useTranslation(REVIEW_NS);
  return (
    <div role="gridcell" className="rq-cell rq-evidence">
      <span className="rq-label">{t('evidence')}</span>
      {evidence.length === 0 ? (
        <span className="rq-muted">{t('noEvidence')}</span>
      ) : (
        <ul className="rq-links">
          {evidence.map((document, n) => {
            const href = document.sha256 ? `/evidence/${document.sha256}` : document.url;
            const text = t('evidenceLink', {
              number: document.documentNumber,
              date: formatDate(document.documentDate),
              signer: document.signer,
            });
            return (
              <li key={`${document.sha256 ?? document.url ?? ''}-${n}`}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer" tabIndex={active ? 0 : -1}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
      <span className="rq-label">{t('submitted')}</span>
      <span>{t('submittedBy', { user: submittedBy, time: formatDateTime(submittedAt) })}</span>
    </div>
  );
}

/**
 * The actions cell (contract: the buttons "Duyệt" and "Từ chối"): the note, approve and reject for a reviewer
 * (not on their own submission), and the history toggle for everyone.
 */
export function ActionsCell<Item>({
  item,
  id,
  reviewable,
  index,
  active,
  expanded,
  historyId,
  actions,
}: {
  item: Item;
  /** The entry's id: the submission's or the report's. */
  id: string;
  reviewable: boolean;
  index: number;
  active: boolean;
  expanded: boolean;
  historyId: string;
  actions: ReviewRowActions<Item>;
}) {
  const { t } = useTranslation(REVIEW_NS);
  return (
    <div role="gridcell" className="rq-cell rq-actions">
      {!reviewable ? (
        <span className="rq-own">{t('ownSubmission')}</span>
      ) : actions.canReview ? (
        <>
          <Input
            size="small"
            aria-label={t('note')}
            placeholder={t('note')}
            value={actions.note}
            maxLength={2000}
            tabIndex={active ? 0 : -1}
            onChange={(event) => actions.onNote(id, event.target.value)}
            onFocus={() => actions.onFocusRow(index)}
          />
          <span className="rq-buttons">
            <Button
              type="primary"
              size="small"
              disabled={actions.busy}
              tabIndex={active ? 0 : -1}
              onClick={() => actions.onApprove(item)}
            >
              {t('approve')}
            </Button>
            <Button
              danger
              size="small"
              disabled={actions.busy}
              tabIndex={active ? 0 : -1}
              onClick={() => actions.onReject(item)}
            >
              {t('reject')}
            </Button>
          </span>
        </>
      ) : null}
      <Button
        type="link"
        size="small"
        aria-expanded={expanded}
        aria-controls={expanded ? historyId : undefined}
        tabIndex={active ? 0 : -1}
        onClick={() => actions.onToggle(id)}
      >
        {t('history')}
      </Button>
    </div>
  );
}
