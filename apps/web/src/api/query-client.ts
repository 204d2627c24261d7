import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './problem';

/**
 * The app's one query cache, a module of its own so a page's chunk can start its first requests as soon
 * as it is loaded (see `preloadRoute` in App.tsx), before React has rendered the page.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal will not change by asking again; a network blip might.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
