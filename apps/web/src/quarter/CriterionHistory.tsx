import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { registerStrings } from '../i18n';

// The button's words, registered with it: it is on the quarter page and the review page (each a lazy chunk).
const HISTORY_NS = 'criterionHistory';
registerStrings(HISTORY_NS, {
  vi: {
    olderHistory: 'Tải thêm lịch sử cũ hơn (còn {{count}})',
    olderHistoryFailed: 'Không tải được lịch sử cũ hơn, vui lòng thử lại.',
  },
  en: {
    olderHistory: 'Load older history ({{count}} more)',
    olderHistoryFailed: 'The older history could not be loaded; please try again.',
  },
});

type CriterionView = Schemas['CriterionViewResponse'];
type HistoryEntry = Schemas['HistoryEntryResponse'];

/** Older entries per request: the API's default page, a screenful. */
export const OLDER_HISTORY_PAGE = 20;

export interface CriterionHistory {
  /** The entries shown, in the order they happened: the pages loaded (oldest on top), then the view's latest. */
  entries: readonly HistoryEntry[];
  /** How many in all, and how many older ones are not shown yet. */
  total: number;
  remaining: number;
  /** The place of the first entry shown in the whole history (an `<ol start>`). */
  firstNumber: number;
  loadOlder: () => void;
  loading: boolean;
  failed: boolean;
}

/**
 * A criterion's history as GET /assessments gives it (its latest entries, issue #12) and the older ones a page
 * at a time from GET …/criteria/{criterion}/history, asked for only when the reader wants them. The pages
 * start from the view's `historyCursor`: when a new entry shifts the view's window, the cursor changes and
 * the pages are read again from it, so no entry is shown twice or missed.
 */
export function useCriterionHistory(
  unit: string,
  period: string,
  criterion: Pick<CriterionView, 'code' | 'history' | 'historyTotal' | 'historyCursor'> | undefined,
): CriterionHistory {
  const [wanted, setWanted] = useState(false);
  const code = criterion?.code ?? '';
  const start = criterion?.historyCursor ?? null;
  const older = useInfiniteQuery({
    queryKey: ['assessment-history', unit, period, code, start],
    enabled: wanted && start !== null,
    initialPageParam: start ?? '0',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/assessments/{unit}/{period}/criteria/{criterion}/history', {
          params: { path: { unit, period, criterion: code }, query: { before: pageParam, limit: OLDER_HISTORY_PAGE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pages = wanted && start !== null ? (older.data?.pages ?? []) : [];
  const entries = [...pages].reverse().flatMap((page) => page.history);
  entries.push(...(criterion?.history ?? []));
  const total = criterion?.historyTotal ?? 0;
  const more = !wanted || older.data === undefined || older.hasNextPage;
  return {
    entries,
    total,
    remaining: start === null || !more ? 0 : Math.max(0, total - entries.length),
    firstNumber: Math.max(1, total - entries.length + 1),
    loadOlder: () => {
      if (!wanted) setWanted(true);
      else if (older.hasNextPage && !older.isFetchingNextPage) void older.fetchNextPage();
    },
    loading: older.isFetching,
    failed: older.isError,
  };
}

/**
 * "Load older entries (N more)" above a history list. When the last older page is in, the button goes and
 * the focus moves to the list (`list`, focusable with tabIndex -1), so a keyboard user is not left on nothing.
 */
export function OlderHistoryButton({
  history,
  list,
}: {
  history: CriterionHistory;
  list: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation(HISTORY_NS);
  const pressed = useRef(false);
  const { remaining } = history;
  useEffect(() => {
    if (pressed.current && remaining === 0) {
      pressed.current = false;
      list.current?.focus();
    }
  }, [remaining, list]);
  if (remaining === 0) return null;
  return (
    <div className="older-history">
      <Button
        size="small"
        loading={history.loading}
        onClick={() => {
          pressed.current = true;
          history.loadOlder();
        }}
      >
        {t('olderHistory', { count: remaining })}
      </Button>
      {history.failed ? (
        <span role="alert" className="older-history-failed">
          {' '}
          {t('olderHistoryFailed')}
        </span>
      ) : null}
    </div>
  );
}
