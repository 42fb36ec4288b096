// The signed-in account (GET /api/me), shared with every page through context, and the guard
// that sends people to the login page, the TOTP step or the forced password change.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, isApiError, setCsrfToken } from '../api/client.ts';
import type { Me } from '../api/types.ts';

export const ME_KEY = ['me'] as const;

export async function fetchMe(): Promise<Me> {
  const me = await api.get('/api/me');
  setCsrfToken(me.csrfToken);
  return me;
}

const SessionContext = createContext<Me | null>(null);

/** The signed-in account; only inside <RequireSession>. */
export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe() outside <RequireSession>');
  return me;
}

export function loginPath(reason?: string, next?: string): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  const s = params.toString();
  return s ? `/login?${s}` : '/login';
}

/** Signs out on the server (best effort) and forgets everything cached. */
export function useLogout(): (reason?: string) => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (reason?: string) => {
      try {
        await api.post('/api/auth/logout');
      } catch {
        // Already signed out on the server: nothing more to do.
      }
      setCsrfToken(null);
      queryClient.clear();
      navigate(loginPath(reason), { replace: true });
    },
    [queryClient, navigate],
  );
}

function FullPageSpin() {
  return (
    <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description="正在载入…">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
  const here = `${location.pathname}${location.search}`;

  if (query.isPending) return <FullPageSpin />;
  if (query.isError) {
    const e = query.error;
    if (isApiError(e) && (e.status === 401 || e.code === 'SESSION_EXPIRED'))
      return <Navigate to={loginPath(e.code === 'SESSION_EXPIRED' ? 'expired' : undefined, here)} replace />;
    return (
      <Result
        status="error"
        title="无法载入工作台"
        subTitle={isApiError(e) ? e.detail : '请稍后再试'}
        extra={
          <Button type="primary" onClick={() => query.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  const me = query.data;
  // An administrator whose second factor is not bound yet holds a half-open session; the
  // enrolment secret is only shown at sign-in, so sign in again.
  if (me.adminKind && !me.totpEnabled) return <Navigate to={loginPath('totp', here)} replace />;
  if (me.mustChangePassword) return <Navigate to="/password" replace />;
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}
