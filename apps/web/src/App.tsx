import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { queryClient } from './api/query-client';
import { prefetchDashboard } from './dashboard/dashboard-queries';
import { Loading } from './common/Loading';
import i18n, { currentLanguage } from './i18n';
import { LoginPage } from './session/LoginPage';
import { RequireSession, SessionProvider, startSessionCheck } from './session/session';
import { HomeRedirect } from './shell/HomeRedirect';

// Each feature is its own chunk: the login page carries neither the menu nor any page, none carries the charts.
const loadLayout = () => import('./shell/AppLayout');
const loadReview = () => import('./review/ReviewPage');
const loadDashboard = () => import('./dashboard/DashboardPage');
const AppLayout = lazy(() => loadLayout().then((m) => ({ default: m.AppLayout })));
const QuarterPage = lazy(() => import('./quarter/QuarterPage').then((m) => ({ default: m.QuarterPage })));
const ReviewPage = lazy(() => loadReview().then((m) => ({ default: m.ReviewPage })));
const DashboardPage = lazy(() => loadDashboard().then((m) => ({ default: m.DashboardPage })));
const ScorecardPage = lazy(() => import('./scorecard/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const AdminPage = lazy(() => import('./admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const NotFound = lazy(() => import('./shell/NotFound').then((m) => ({ default: m.NotFound })));
const PlanPage = lazy(() => import('./plan/PlanPage').then((m) => ({ default: m.PlanPage })));

/**
 * The page a link or a reload opens starts loading with the app, in parallel with the session check,
 * rather than after it and after the layout's chunk (a waterfall of three round trips and parses). The
 * dashboard's data is asked for right here (prefetchDashboard) and the review page's chunk asks for the
 * queue when it loads (prefetchQueue): on a cold start the data is on its way before React renders.
 */
function preloadRoute(pathname: string): void {
  // Every route asks who is logged in first: the question goes out now, not after React's first render.
  startSessionCheck();
  if (pathname === '/app/login' || pathname.startsWith('/app/login/')) return;
  void loadLayout();
  if (pathname === '/app/dashboard' || pathname.startsWith('/app/dashboard/')) {
    void loadDashboard();
    // ECharts (its largest chunk) too: the trend chart is part of the first render, and waiting for the
    // dashboard's chunk to ask for it starts its fetch and compile a round trip later.
    void import('./dashboard/echarts-setup');
    // Its data too, from this (the first) chunk: not after the page's chunk and its imports have loaded.
    prefetchDashboard(window.location);
  }
  if (pathname === '/app/review' || pathname.startsWith('/app/review/')) void loadReview();
}
preloadRoute(window.location.pathname);

/** Huế's purple; secondary text darkened from antd's 45% to pass WCAG AA contrast (axe). */
const THEME = {
  token: {
    colorPrimary: '#6b2a7a',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

const router = createBrowserRouter(
  [
    {
      element: <Root />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          element: (
            <RequireSession>
              <Suspense fallback={<Loading />}>
                <AppLayout />
              </Suspense>
            </RequireSession>
          ),
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: 'units/:unit/:period', element: <QuarterPage /> },
            { path: 'review', element: <ReviewPage /> },
            { path: 'dashboard', element: <DashboardPage /> },
            { path: 'scorecards/:unit/:period', element: <ScorecardPage /> },
            { path: 'audit', element: <AuditPage /> },
            { path: 'audit/:unit', element: <AuditPage /> },
            { path: 'admin', element: <AdminPage /> },
            { path: 'plan', element: <PlanPage /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: '/app' },
);

export function App() {
  const [language, setLanguageState] = useState(currentLanguage());
  useEffect(() => {
    const onChange = () => setLanguageState(currentLanguage());
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  useEffect(() => {
    dayjs.locale(language === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
