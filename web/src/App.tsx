// Providers (antd in Chinese, TanStack Query) and the routes under /admin.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { isApiError, onAuthProblem, setCsrfToken } from './api/client.ts';
import { allows } from './auth/access.ts';
import { ForcedPasswordPage } from './auth/ForcedPasswordPage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { loginPath, RequireSession, useMe } from './auth/session.tsx';
import { PageSpin } from './components/PageSpin.tsx';
import { ForbiddenPage, NotFoundPage, RouteErrorPage } from './components/StatusPages.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { type AppPage, PAGES } from './pages.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (403, 404, 422...) will not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

function Guarded({ page }: { page: AppPage }) {
  const me = useMe();
  if (!allows(me, page)) return <ForbiddenPage />;
  const Component = page.component;
  return (
    <Suspense fallback={<PageSpin />}>
      <Component />
    </Suspense>
  );
}

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
    { path: '/password', element: <ForcedPasswordPage />, errorElement: <RouteErrorPage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        ...PAGES.map((page) =>
          page.path === '/'
            ? { index: true, element: <Guarded page={page} />, errorElement: <RouteErrorPage /> }
            : {
                path: `${page.path.slice(1)}/*`,
                element: <Guarded page={page} />,
                errorElement: <RouteErrorPage />,
              },
        ),
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/admin' },
);

/** Any request that finds the session gone sends the person back to sign in, saying why. */
function useAuthProblemRedirect() {
  useEffect(
    () =>
      onAuthProblem((error) => {
        const { search } = router.state.location;
        // The router's own state may carry the basename; routes here are relative to it.
        const pathname = router.state.location.pathname.replace(/^\/admin(?=\/|$)/, '') || '/';
        if (pathname === '/login') return;
        if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
          queryClient.invalidateQueries({ queryKey: ['me'] });
          if (pathname !== '/password') void router.navigate('/password', { replace: true });
          return;
        }
        setCsrfToken(null);
        queryClient.clear();
        const reason =
          error.code === 'SESSION_EXPIRED' ? 'expired' : error.code === 'TOTP_REQUIRED' ? 'totp' : undefined;
        void router.navigate(loginPath(reason, `${pathname}${search}`), { replace: true });
      }),
    [],
  );
}

export function App() {
  useAuthProblemRedirect();
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
