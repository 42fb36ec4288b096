// Notifications (站内消息): queries and actions shared by the bell, the home card and the inbox.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client.ts';
import type { Notification } from '../../api/types.ts';
import { recentlyActive } from '../../components/activity.ts';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const POLL_MS = 60_000;
// Stop polling after 10 minutes without a key press or click (see components/activity.ts).
const ACTIVE_WINDOW_MS = 10 * 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: () => api.get('/api/notifications/unread-count'),
    refetchInterval: () => (recentlyActive(ACTIVE_WINDOW_MS) ? POLL_MS : false),
    refetchIntervalInBackground: false,
    staleTime: 15_000,
  });
}

export function useNotifications(
  query: { unread?: boolean; page?: number; pageSize?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', query],
    queryFn: () =>
      api.get('/api/notifications', {
        unread: query.unread || undefined,
        page: query.page ?? 1,
        pageSize: query.pageSize ?? 20,
      }),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(apiUrl('/api/notifications/{id}/read', { id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/**
 * Where a notification's link leads inside the workbench ('/admin/x' or '/x' → '/x'), or null
 * when it points elsewhere (the public site, another host).
 */
export function internalLink(n: Pick<Notification, 'link'>): string | null {
  const link = n.link?.trim();
  if (!link) return null;
  if (link.startsWith('/admin/')) return link.slice('/admin'.length);
  if (link === '/admin') return '/';
  if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/api/')) return link;
  return null;
}

export const CATEGORY_LABELS: Record<string, string> = {
  system: '系统',
  security: '安全',
  calendar: '日历',
  reminder: '催办提醒',
  deadline: '期限提醒',
  task: '待办',
  info: '政务信息',
  supervision: '督查督办',
  openness: '政务公开',
  interaction: '互动交流',
  services: '网上办事',
  portal: '门户网站',
};
