import { CopyOutlined, HistoryOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { App as AntApp, Button, Tooltip } from 'antd';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatQuarter } from '../common/format';
import { describeChange, describeValue, type Change } from './audit-model';
import { AUDIT_NS } from './audit.strings';

/** Copies a value and says so; the button is named after what it copies. */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const { t } = useTranslation(AUDIT_NS);
  const { message } = AntApp.useApp();
  return (
    <Tooltip title={t('copy', { what })}>
      <Button
        size="small"
        type="text"
        aria-label={`${t('copy', { what })}: ${value}`}
        icon={<CopyOutlined aria-hidden />}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => message.success(t('copied')));
        }}
      />
    </Tooltip>
  );
}

const ChangeRow = memo(function ChangeRow({
  change,
  onReplayBefore,
}: {
  change: Change;
  onReplayBefore(change: Change): void;
}) {
  const { t } = useTranslation(AUDIT_NS);
  const why = [change.reason, change.note].filter((text): text is string => Boolean(text));
  return (
    <>
      <div role="cell" className="audit-cell">
        <div>{formatDateTime(change.occurredAt)}</div>
        <div className="audit-muted">{t('recordedAt', { time: formatDateTime(change.recordedAt) })}</div>
      </div>
      <div role="cell" className="audit-cell">
        <strong>{change.actor}</strong>
        <div className="audit-muted">{t(`roles.${change.role}`, { defaultValue: change.role })}</div>
      </div>
      <div role="cell" className="audit-cell">
        <div>
          {describeChange(change, t)}
          {change.reportVersion !== null && change.kind === 'report_status' && change.reportVersion > 0
            ? ` (${t('version', { version: change.reportVersion })})`
            : ''}
        </div>
        <div className="audit-muted">
          {formatQuarter(change.period)}
          {change.criterion ? (
            <>
              {' · '}
              {t('criterion')} <strong>{change.criterion}</strong>
            </>
          ) : null}
        </div>
      </div>
      <div role="cell" className="audit-cell audit-why">
        {why.length === 0 ? <span className="audit-muted">—</span> : why.map((text) => <div key={text}>{text}</div>)}
      </div>
      <div role="cell" className="audit-cell audit-before-after">
        <span>{describeValue(change.before, change.kind, t)}</span>
        {' → '}
        <strong>{describeValue(change.after, change.kind, t)}</strong>
      </div>
      <div role="cell" className="audit-cell audit-event">
        <div>
          {t('position', { position: change.position })}
          <CopyButton value={change.position} what={t('colEvent')} />
        </div>
        <div className="audit-muted audit-mono" title={change.eventId}>
          {change.eventId.slice(0, 8)}…
          <CopyButton value={change.eventId} what={t('eventId')} />
        </div>
        <div className="audit-muted audit-mono">
          {change.streamId}@{change.revision}
        </div>
        <div className="audit-muted audit-mono" title={change.correlationId ?? undefined}>
          {t('correlationLabel')}:{' '}
          {change.correlationId === null ? (
            '—'
          ) : (
            <>
              {change.correlationId.length > 12 ? `${change.correlationId.slice(0, 12)}…` : change.correlationId}
              <CopyButton value={change.correlationId} what={t('correlationId')} />
            </>
          )}
        </div>
      </div>
      <div role="cell" className="audit-cell">
        <Tooltip title={t('replayBefore')}>
          <Button
            size="small"
            icon={<HistoryOutlined aria-hidden />}
            aria-label={`${t('replayBefore')} (${t('position', { position: change.position })})`}
            onClick={() => onReplayBefore(change)}
          />
        </Tooltip>
      </div>
    </>
  );
});

/**
 * The change history as an ARIA table (contract: "Lịch sử thay đổi"), newest first. Only the rows in
 * view are in the DOM, so a unit with thousands of changes scrolls as lightly as one with ten.
 */
export function TimelineTable({
  changes,
  onReplayBefore,
}: {
  changes: Change[];
  onReplayBefore(change: Change): void;
}) {
  const { t } = useTranslation(AUDIT_NS);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: changes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 8,
    getItemKey: (index) => changes[index].eventId,
  });
  const headers = ['colTime', 'colActor', 'colWhat', 'colWhy', 'colBeforeAfter', 'colEvent'];

  return (
    <div role="table" aria-label={t('history')} aria-rowcount={changes.length + 1} className="audit-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="audit-row audit-head">
          {headers.map((key) => (
            <div role="columnheader" key={key} className="audit-cell">
              {t(key)}
            </div>
          ))}
          <div role="columnheader" className="audit-cell">
            <span className="audit-sr-only">{t('replay')}</span>
          </div>
        </div>
      </div>
      <div
        ref={scroller}
        className="audit-scroller"
        // A short history takes the room it needs; a long one scrolls in a window of 480 px.
        style={{ height: changes.length === 0 ? undefined : Math.min(480, virtualizer.getTotalSize() + 2) }}
      >
        {changes.length === 0 ? (
          <div className="audit-empty">{t('empty')}</div>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const change = changes[item.index];
              const correction = change.kind === 'official_score' && Boolean(change.reason);
              const reopening = change.eventType === 'ReportReopened';
              return (
                <div
                  role="row"
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  className={`audit-row${correction || reopening ? ' audit-row-marked' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <ChangeRow change={change} onReplayBefore={onReplayBefore} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
