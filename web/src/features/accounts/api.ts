// Accounts (账号): one list for both administrators; what each may do is shown by permission.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type Query } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';

export const ACCOUNTS_KEY = ['accounts'] as const;

export const KIND_LABELS: Record<Account['kind'], string> = {
  staff: '工作人员',
  citizen: '个人用户',
  org: '法人用户',
};

export interface AccountFilters {
  kind?: Query<'/api/accounts'>['kind'];
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useAccounts(filters: AccountFilters) {
  return useQuery({
    queryKey: [...ACCOUNTS_KEY, 'list', filters],
    queryFn: () => api.get('/api/accounts', { ...filters }),
    placeholderData: (prev) => prev,
  });
}

export function useAccount(id: string | undefined) {
  return useQuery({
    queryKey: [...ACCOUNTS_KEY, 'one', id],
    queryFn: () => api.get(apiUrl('/api/accounts/{id}', { id: id! })),
    enabled: Boolean(id),
  });
}

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: ['roles'],
    queryFn: async () => (await api.get('/api/roles')).items,
    enabled,
  });
}

/** A mutation that refreshes the account list and detail afterwards. */
export function useAccountMutation<TVars, TResult = unknown>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY }),
  });
}
