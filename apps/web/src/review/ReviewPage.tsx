import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Button, ConfigProvider, Input, Modal, type InputRef } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, apiBeforeSession } from '../api/client';
import { ApiProblem, localizedMessage, unwrap } from '../api/problem';
import { queryClient as appQueryClient } from '../api/query-client';
import { Loading } from '../common/Loading';
import { formatDecimal, formatQuarter } from '../common/format';
import { currentQuarter, FIRST_QUARTER, isQuarter, quartersBetween } from '../common/periods';
import { currentLanguage } from '../i18n';
import { useCurrentSession } from '../session/session';
import type { PlanQueueItem, PlanRowActions } from './PlanQueueRow';
import { QueueRow, type QueueItem, type RowActions } from './QueueRow';
import { ReportControls, problemText } from './ReportControls';
import { REVIEW_NS } from './review.strings';
import './review.css';

export { ReportControls } from './ReportControls';

/** The API answers up to 5000 items; the list is virtualised, so the whole queue is one answer. */
const QUEUE_LIMIT = 5000;
/** Quiet time after the last review before the whole queue is read again (see `settle`). */
const QUEUE_REFETCH_PAUSE_MS = 4000;
const queueKey = (filter: QueueFilter) => ['review', 'queue', filter] as const;
const planQueueKey = (filter: QueueFilter) => ['review', 'plan-queue', filter] as const;

// Plan reports are a minority of the queue: their row is its own chunk, fetched when one is shown.
const PlanQueueRow = lazy(() => import('./PlanQueueRow'));

interface QueueFilter {
  unit?: string;
  period?: string;
  block?: 'department' | 'district';
}

/** "Loại": the criteria's figures, the plans' progress reports, or both. */
type EntryType = 'criterion' | 'plan';

/** One row of the queue: a criterion's submission or a plan's progress report, each with its own review routes. */
type Entry =
  | { type: 'criterion'; id: string; at: string; unit: string; item: QueueItem }
  | { type: 'plan'; id: string; at: string; unit: string; item: PlanQueueItem };

type Notice = { kind: 'success' | 'stale' | 'error'; title: string; detail?: string };

/**
 * Danh sách chờ duyệt: every pending submission, oldest first, in a virtualised ARIA grid (thousands of
 * rows keep only a window in the DOM). Roving focus: one row is in the tab order; j/k or the arrows move,
 * a approves, r opens the reject dialog, Enter opens the criterion's history. No antd Table/Form here:
 * the page's chunk has a size budget (test/browser/bundle-size.e2e.spec.ts).
 */
export function ReviewPage() {
  const { t } = useTranslation(REVIEW_NS);
  const session = useCurrentSession();
  const canReview = session.role === 'reviewer' || session.role === 'lead_reviewer';
  const [search, setSearch] = useSearchParams();
  const unit = search.get('unit') ?? undefined;
  const periodParam = search.get('period');
  const period = isQuarter(periodParam) ? periodParam : undefined;
  const blockParam = search.get('block');
  const block = blockParam === 'department' || blockParam === 'district' ? blockParam : undefined;
  const group = search.get('group') ?? undefined;
  const typeParam = search.get('type');
  const type: EntryType | undefined = typeParam === 'criterion' || typeParam === 'plan' ? typeParam : undefined;
  const filter = useMemo<QueueFilter>(() => ({ unit, period, block }), [unit, period, block]);

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    setSearch(next, { replace: true });
  };

  const headingId = useId();
  // The plan reports the queue shows for the chosen unit-quarter (the same query as the queue's: one request).
  const showsPlans = type !== 'criterion' && group === undefined;
  const planQueue = usePlanQueue(filter, canReview && showsPlans && unit !== undefined && period !== undefined);
  const planPending = showsPlans ? planQueue.data?.length : undefined;

  return (
    <ConfigProvider theme={REVIEW_THEME}>
      <div className="review-page">
        <h1 id={headingId} className="review-title">
          {t('title')}
        </h1>
        {!canReview ? (
          <Alert type="info" showIcon title={t('readOnly')} />
        ) : (
          <>
            <Filters
              unit={unit}
              period={period}
              block={block}
              group={group}
              type={type}
              onChange={setFilter}
              filter={filter}
            />
            {unit !== undefined && period !== undefined ? (
              <div className="review-report-wrap">
                <ReportControls unit={unit} period={period} planPending={planPending} />
                <Link to={`/units/${unit}/${period}`}>{t('report.openQuarter')}</Link>
              </div>
            ) : (
              <p className="rq-muted review-hint">{t('report.hint')}</p>
            )}
            <Queue filter={filter} group={group} type={type} headingId={headingId} />
          </>
        )}
      </div>
    </ConfigProvider>
  );
}

/**
 * antd's default error red (#ff4d4f) and link blue fall short of WCAG AA contrast on this page's light
 * rows (axe): darker shades here, scoped to the review page and its dialogs.
 */
const REVIEW_THEME = {
  token: { colorError: '#b3261e', colorErrorHover: '#8c1d18', colorLink: '#6b2a7a', colorLinkHover: '#4f1f5a' },
};

function queueQuery(filter: QueueFilter, client: typeof api = api) {
  return {
    queryKey: queueKey(filter),
    queryFn: async () =>
      unwrap(await client.GET('/review-queue', { params: { query: { ...filter, limit: QUEUE_LIMIT } } })),
  };
}

function useQueue(filter: QueueFilter, enabled = true) {
  return useQuery({ ...queueQuery(filter), enabled });
}

/**
 * On a cold start at /app/review this chunk loads with the app (App.tsx): the queue — the page's one large
 * answer — is asked for now, in parallel with the session check, not once the page has rendered. Through
 * `apiBeforeSession` (a 401 here only means nobody is logged in yet; the page asks again).
 */
function prefetchQueue(location: Pick<Location, 'pathname' | 'search'>): void {
  if (location.pathname !== '/app/review' && location.pathname !== '/app/review/') return;
  const search = new URLSearchParams(location.search);
  const type = search.get('type');
  if (type === 'plan') return;
  const period = search.get('period');
  const block = search.get('block');
  const filter: QueueFilter = {
    unit: search.get('unit') ?? undefined,
    period: isQuarter(period) ? period : undefined,
    block: block === 'department' || block === 'district' ? block : undefined,
  };
  void appQueryClient.prefetchQuery(queueQuery(filter, apiBeforeSession));
}
prefetchQueue(window.location);

/** The plans' progress reports awaiting review, every plan's, with the criteria queue's filters. */
function usePlanQueue(filter: QueueFilter, enabled: boolean) {
  return useQuery({
    queryKey: planQueueKey(filter),
    queryFn: async () => {
      const plans = unwrap(await api.GET('/plans', {}));
      const queues = await Promise.all(
        plans.map(async (plan) =>
          unwrap(await api.GET('/plans/{plan}/review-queue', { params: { path: { plan: plan.id }, query: filter } })),
        ),
      );
      return queues.flatMap((queue) => queue.items);
    },
    enabled,
  });
}

function Filters({
  unit,
  period,
  block,
  group,
  type,
  filter,
  onChange,
}: {
  unit?: string;
  period?: string;
  block?: string;
  group?: string;
  type?: EntryType;
  filter: QueueFilter;
  onChange(name: string, value: string | undefined): void;
}) {
  const { t } = useTranslation(REVIEW_NS);
  const language = currentLanguage();
  const units = useQuery({
    queryKey: ['review', 'units'],
    queryFn: async () => unwrap(await api.GET('/units', {})),
    staleTime: 5 * 60_000,
  });
  // Group choices come from the queue itself (the catalogue is not loaded on this page).
  const queue = useQueue(filter, type !== 'plan');
  const groups = useMemo(() => {
    const byCode = new Map<string, QueueItem['group']>();
    for (const item of queue.data?.items ?? []) byCode.set(item.group.code, item.group);
    if (group !== undefined && !byCode.has(group)) byCode.set(group, { code: group, title: '', titleEn: null });
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  }, [queue.data, group]);
  const periods = useMemo(() => quartersBetween(FIRST_QUARTER, currentQuarter()).reverse(), []);

  return (
    <div role="search" aria-label={t('filters')} className="review-filters">
      <NativeSelect
        label={t('unit')}
        all={t('allUnits')}
        value={unit}
        onChange={(value) => onChange('unit', value)}
        options={(units.data ?? []).map((entry) => ({
          value: entry.code,
          label: `${entry.code} — ${language === 'en' && entry.nameEn ? entry.nameEn : entry.name}`,
        }))}
      />
      <NativeSelect
        label={t('block')}
        all={t('allBlocks')}
        value={block}
        onChange={(value) => onChange('block', value)}
        options={[
          { value: 'department', label: t('department') },
          { value: 'district', label: t('district') },
        ]}
      />
      <NativeSelect
        label={t('type')}
        all={t('allTypes')}
        value={type}
        onChange={(value) => onChange('type', value)}
        options={[
          { value: 'criterion', label: t('typeCriterion') },
          { value: 'plan', label: t('typePlan') },
        ]}
      />
      <NativeSelect
        label={t('group')}
        all={t('allGroups')}
        value={group}
        onChange={(value) => onChange('group', value)}
        options={groups.map((entry) => ({
          value: entry.code,
          label: t('groupOption', {
            code: entry.code,
            title: language === 'en' && entry.titleEn ? entry.titleEn : entry.title,
          }),
        }))}
      />
      <NativeSelect
        label={t('period')}
        all={t('allPeriods')}
        value={period}
        onChange={(value) => onChange('period', value)}
        options={periods.map((value) => ({ value, label: formatQuarter(value) }))}
      />
    </div>
  );
}

/**
 * A labelled native select: antd's Select (with its virtual list and popup machinery) would cost the
 * page ~30 KB gzipped of its budget for four short lists; the browser's own is accessible as it is.
 */
function NativeSelect({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value?: string;
  options: Array<{ value: string; label: string }>;
  onChange(value: string | undefined): void;
}) {
  const id = useId();
  return (
    <span className="review-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

function Queue({
  filter,
  group,
  type,
  headingId,
}: {
  filter: QueueFilter;
  group?: string;
  type?: EntryType;
  headingId: string;
}) {
  const { t } = useTranslation(REVIEW_NS);
  const queryClient = useQueryClient();
  // A criteria group narrows to criteria: plan reports belong to no group.
  const wantsPlans = type !== 'criterion' && group === undefined;
  const queue = useQueue(filter, type !== 'plan');
  const planQueue = usePlanQueue(filter, wantsPlans);
  const entries = useMemo<Entry[]>(() => {
    const criteria: Entry[] =
      type === 'plan'
        ? []
        : (queue.data?.items ?? [])
            .filter((item) => group === undefined || item.group.code === group)
            .map((item) => ({
              type: 'criterion',
              id: item.submission.submissionId,
              at: item.submission.submittedAt,
              unit: item.unit,
              item,
            }));
    const plans: Entry[] = wantsPlans
      ? (planQueue.data ?? []).map((item) => ({
          type: 'plan',
          id: item.reportId,
          at: item.submittedAt,
          unit: item.unit,
          item,
        }))
      : [];
    // One queue, oldest first, whichever kind (a stable sort keeps each list's own order among equals).
    return [...criteria, ...plans].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1));
  }, [queue.data, planQueue.data, group, type, wantsPlans]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [rejecting, setRejecting] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 132,
    overscan: 4,
    getItemKey: (index) => entries[index]?.id ?? index,
  });

  const active = Math.min(activeIndex, Math.max(entries.length - 1, 0));

  // After a move (or a reviewed row leaving), put focus on the active row once it is rendered.
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      if (document.activeElement !== row) row.focus({ preventScroll: true });
      // Wanted until the scroll has settled: while the virtualizer still measures and corrects (End over
      // thousands of rows), the row can leave the window and come back as a new element, without focus.
      if (!virtualizer.isScrolling) focusWanted.current = false;
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      if (entries.length === 0) return;
      const next = Math.max(0, Math.min(entries.length - 1, index));
      setActiveIndex(next);
      focusWanted.current = true;
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [entries.length, virtualizer],
  );

  /** How notices name an entry: "7.1.1" of "SGTVT", or "báo cáo Chỉ tiêu 2" of "STTTT". */
  const subjectOf = (entry: Entry) => ({
    criterion:
      entry.type === 'criterion'
        ? entry.item.criterion
        : t('plan.subject', { kind: t(`plan.kind.${entry.item.kind}`), code: entry.item.code }),
    unit: entry.unit,
  });

  const reviewed = (entry: Entry) => {
    // The reviewed entry leaves at once; the refetch brings anything that changed meanwhile.
    if (entry.type === 'criterion') {
      queryClient.setQueryData(queueKey(filter), (old: typeof queue.data) =>
        old === undefined
          ? old
          : {
              total: old.total - 1,
              items: old.items.filter((item) => item.submission.submissionId !== entry.id),
            },
      );
    } else {
      queryClient.setQueryData(planQueueKey(filter), (old: PlanQueueItem[] | undefined) =>
        old?.filter((item) => item.reportId !== entry.id),
      );
    }
    focusWanted.current = scrollRef.current?.contains(document.activeElement) ?? false;
  };

  const failed = (entry: Entry, error: unknown) => {
    const subject = subjectOf(entry);
    if (error instanceof ApiProblem && error.status === 409) {
      setNotice({
        kind: 'stale',
        title:
          error.code === 'STALE_SUBMISSION' ? t('stale') : localizedMessage(error.problem.detail, currentLanguage()),
        detail: t('staleDetail', subject),
      });
    } else {
      setNotice({ kind: 'error', title: t('refused'), detail: problemText(error) });
    }
  };

  // After a review that went through, its row has already left (reviewed()). Re-reading the whole queue —
  // thousands of items in one answer, a long JSON parse — after every approval would make a fast reviewer
  // wait: the queue is re-read once the reviewer pauses. Everything else under ['review'] (a report's
  // state, plan rows) at once; and after a refusal the queue too (the row may be stale).
  const queueRefetch = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(queueRefetch.current);
      void queryClient.invalidateQueries({ queryKey: ['review', 'queue'], refetchType: 'none' });
    },
    [queryClient],
  );
  const settle = (error: unknown) => {
    window.clearTimeout(queueRefetch.current);
    const refetchQueue = () => void queryClient.invalidateQueries({ queryKey: ['review', 'queue'] });
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'review' && query.queryKey[1] !== 'queue',
    });
    if (error) refetchQueue();
    else queueRefetch.current = window.setTimeout(refetchQueue, QUEUE_REFETCH_PAUSE_MS);
  };

  const approve = useMutation({
    mutationFn: async (entry: Entry) => {
      const note = notes[entry.id]?.trim() ? { note: notes[entry.id].trim() } : {};
      if (entry.type === 'plan') {
        return unwrap(
          await api.POST('/plans/{plan}/reports/{reportId}/approve', {
            params: { path: { plan: entry.item.plan, reportId: entry.item.reportId } },
            body: note,
          }),
        );
      }
      const { item } = entry;
      return unwrap(
        await api.POST('/assessments/{unit}/{period}/submissions/{submissionId}/approve', {
          params: { path: { unit: item.unit, period: item.period, submissionId: item.submission.submissionId } },
          body: note,
        }),
      );
    },
    onMutate: (entry) => {
      setBusyId(entry.id);
      setNotice(null);
    },
    onSuccess: (_data, entry) => {
      reviewed(entry);
      setNotice({ kind: 'success', title: t('approved', subjectOf(entry)) });
    },
    onError: (error, entry) => failed(entry, error),
    onSettled: (_data, error) => {
      setBusyId(null);
      settle(error);
    },
  });

  const reject = useMutation({
    mutationFn: async ({ entry, reason }: { entry: Entry; reason: string }) => {
      if (entry.type === 'plan') {
        return unwrap(
          await api.POST('/plans/{plan}/reports/{reportId}/reject', {
            params: { path: { plan: entry.item.plan, reportId: entry.item.reportId } },
            body: { reason },
          }),
        );
      }
      const { item } = entry;
      return unwrap(
        await api.POST('/assessments/{unit}/{period}/submissions/{submissionId}/reject', {
          params: { path: { unit: item.unit, period: item.period, submissionId: item.submission.submissionId } },
          body: { reason },
        }),
      );
    },
    onMutate: ({ entry }) => {
      setBusyId(entry.id);
      setNotice(null);
    },
    onSuccess: (_data, { entry }) => {
      setRejecting(null);
      reviewed(entry);
      setNotice({ kind: 'success', title: t('rejected', subjectOf(entry)) });
    },
    onError: (error, { entry }) => {
      // A refused reason stays in the dialog; anything else closes it and says why above the list.
      if (error instanceof ApiProblem && (error.status === 400 || error.fieldErrors().has('reason'))) return;
      setRejecting(null);
      failed(entry, error);
    },
    onSettled: (_data, error) => {
      setBusyId(null);
      settle(error);
    },
  });

  const entryOf = useRef(new Map<string, Entry>());
  entryOf.current = new Map(entries.map((entry) => [entry.id, entry]));

  const shared = useMemo(
    () => ({
      canReview: true,
      busy: false,
      onNote: (id: string, note: string) => setNotes((old) => ({ ...old, [id]: note })),
      onToggle: (id: string) =>
        setExpanded((old) => {
          const next = new Set(old);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      onFocusRow: (index: number) => setActiveIndex(index),
      onApproveEntry: (id: string) => {
        const entry = entryOf.current.get(id);
        if (entry) approve.mutate(entry);
      },
      onRejectEntry: (id: string) => {
        const entry = entryOf.current.get(id);
        if (!entry) return;
        reject.reset();
        setRejecting(entry);
      },
    }),
    // The mutations' `mutate` are stable; rows re-render only when their own props change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const actions = useMemo<Omit<RowActions, 'note'>>(
    () => ({
      ...shared,
      onApprove: (item) => shared.onApproveEntry(item.submission.submissionId),
      onReject: (item) => shared.onRejectEntry(item.submission.submissionId),
    }),
    [shared],
  );
  const planActions = useMemo<Omit<PlanRowActions, 'note'>>(
    () => ({
      ...shared,
      onApprove: (item) => shared.onApproveEntry(item.reportId),
      onReject: (item) => shared.onRejectEntry(item.reportId),
    }),
    [shared],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, [role="combobox"]')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const entry = entries[active];
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'k':
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(entries.length - 1);
        break;
      case 'PageDown':
        moveTo(active + 5);
        break;
      case 'PageUp':
        moveTo(active - 5);
        break;
      case 'a':
        if (entry?.item.reviewable && busyId === null) approve.mutate(entry);
        break;
      case 'r':
        if (entry?.item.reviewable && busyId === null) shared.onRejectEntry(entry.id);
        break;
      case 'Enter':
        if (target.getAttribute('role') !== 'row' || !entry) return;
        shared.onToggle(entry.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const loading = (type !== 'plan' && queue.isPending) || (wantsPlans && planQueue.isPending);
  const error = type !== 'plan' && queue.isError ? queue : wantsPlans && planQueue.isError ? planQueue : null;
  if (loading) return <Loading />;
  if (error !== null) {
    // antd's Result (common/ErrorResult) brings ~10 KB of illustrations: an alert says the same here.
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={problemText(error.error)}
        action={<Button onClick={() => void error.refetch()}>{t('retry')}</Button>}
      />
    );
  }

  const shownCount = entries.length;
  const criteriaLoaded = type === 'plan' ? 0 : (queue.data?.items.length ?? 0);
  const total = shownCount + (type === 'plan' ? 0 : (queue.data?.total ?? 0) - criteriaLoaded);

  return (
    <section aria-labelledby={headingId}>
      <div className="review-bar">
        <p className="review-count" role="status" aria-live="polite">
          {total > shownCount
            ? t('countOfTotal', { shown: formatDecimal(shownCount), total: formatDecimal(total) })
            : t('count', { count: shownCount, n: formatDecimal(shownCount) })}
        </p>
        <p className="review-shortcuts" id={`${headingId}-keys`}>
          {t('shortcuts')}
        </p>
      </div>
      {notice ? (
        <Alert
          className="review-notice"
          type={notice.kind === 'success' ? 'success' : notice.kind === 'stale' ? 'warning' : 'error'}
          showIcon
          role={notice.kind === 'success' ? 'status' : 'alert'}
          title={notice.title}
          description={notice.detail}
          closable={{ 'aria-label': t('cancel') }}
          onClose={() => setNotice(null)}
        />
      ) : null}
      {shownCount === 0 ? (
        <p className="review-empty">{t('empty')}</p>
      ) : (
        <div
          ref={scrollRef}
          role="grid"
          aria-labelledby={headingId}
          aria-describedby={`${headingId}-keys`}
          aria-rowcount={shownCount}
          className="rq-scroll"
          onKeyDown={onKeyDown}
        >
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const entry = entries[virtual.index];
              const id = entry.id;
              const isActive = virtual.index === active;
              const rowProps = {
                index: virtual.index,
                active: isActive,
                expanded: expanded.has(id),
              };
              return (
                <div
                  key={virtual.key}
                  role="row"
                  aria-rowindex={virtual.index + 1}
                  aria-selected={isActive}
                  data-index={virtual.index}
                  data-submission={id}
                  ref={virtualizer.measureElement}
                  tabIndex={isActive ? 0 : -1}
                  className={`rq-row${isActive ? ' rq-active' : ''}`}
                  style={{ transform: `translateY(${virtual.start}px)` }}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) setActiveIndex(virtual.index);
                  }}
                  onClick={() => setActiveIndex(virtual.index)}
                >
                  {entry.type === 'criterion' ? (
                    <QueueRow
                      item={entry.item}
                      {...rowProps}
                      actions={{ ...actions, busy: busyId !== null, note: notes[id] ?? '' }}
                    />
                  ) : (
                    <Suspense
                      fallback={
                        <div role="gridcell" className="rq-cell">
                          <strong>{entry.unit}</strong>
                        </div>
                      }
                    >
                      <PlanQueueRow
                        item={entry.item}
                        {...rowProps}
                        actions={{ ...planActions, busy: busyId !== null, note: notes[id] ?? '' }}
                      />
                    </Suspense>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      <RejectDialog
        title={
          rejecting === null
            ? ''
            : rejecting.type === 'plan'
              ? t('plan.rejectTitle', {
                  kind: t(`plan.kind.${rejecting.item.kind}`),
                  code: rejecting.item.code,
                  unit: rejecting.unit,
                })
              : t('rejectTitle', subjectOf(rejecting))
        }
        open={rejecting !== null}
        pending={reject.isPending}
        error={reject.error}
        onCancel={() => setRejecting(null)}
        onConfirm={(reason) => rejecting && reject.mutate({ entry: rejecting, reason })}
      />
    </section>
  );
}

function RejectDialog({
  title,
  open,
  pending,
  error,
  onCancel,
  onConfirm,
}: {
  title: string;
  open: boolean;
  pending: boolean;
  error: unknown;
  onCancel(): void;
  onConfirm(reason: string): void;
}) {
  const { t } = useTranslation(REVIEW_NS);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonId = useId();
  const errorId = useId();
  const textArea = useRef<InputRef>(null);
  useEffect(() => {
    setReason('');
    setMissing(false);
  }, [open, title]);

  const serverError =
    error instanceof ApiProblem && (error.status === 400 || error.fieldErrors().has('reason'))
      ? localizedMessage(error.fieldErrors().get('reason')?.[0]?.message ?? error.message, currentLanguage())
      : null;
  const message = missing ? t('reasonRequired') : serverError;

  const confirm = () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      // The dialog takes focus when it opens; the reason is what the reviewer types next.
      afterOpenChange={(isOpen) => isOpen && textArea.current?.focus()}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('cancel')}
        </Button>,
        <Button key="confirm" type="primary" danger loading={pending} onClick={confirm}>
          {t('confirm')}
        </Button>,
      ]}
    >
      <label htmlFor={reasonId} className="review-field-label">
        {t('reason')}
      </label>
      <Input.TextArea
        id={reasonId}
        ref={textArea}
        autoFocus
        value={reason}
        required
        aria-required
        aria-invalid={message !== null}
        aria-describedby={message !== null ? errorId : undefined}
        autoSize={{ minRows: 3 }}
        maxLength={2000}
        onChange={(event) => {
          setReason(event.target.value);
          if (event.target.value.trim() !== '') setMissing(false);
        }}
        onKeyDown={(event) => {
          // Ctrl+Enter confirms without leaving the keyboard.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) confirm();
        }}
      />
      {message !== null ? (
        <div id={errorId} className="review-field-error" role="alert">
          {message}
        </div>
      ) : null}
    </Modal>
  );
}
