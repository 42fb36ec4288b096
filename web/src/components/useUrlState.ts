// Table filters and paging kept in the URL query, so a filtered list can be bookmarked, shared
// and returned to with the back button (Ant Design Pro convention).
import type { TablePaginationConfig } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

type Patch = Record<string, string | number | null | undefined>;

export interface UrlState {
  get(key: string): string | undefined;
  page: number;
  pageSize: number;
  /** Changes some keys; any change other than paging goes back to page 1. */
  set(patch: Patch): void;
  reset(): void;
  /** A table's paging kept in the URL: `pagination={url.pagination(total, '条')}` → “共 N 条”. */
  pagination(total: number, unit?: string): TablePaginationConfig;
}

export function useUrlState(defaultPageSize = 20): UrlState {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));
  const set = useCallback(
    (patch: Patch) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      }),
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return useMemo(
    () => ({
      get: (k: string) => params.get(k) ?? undefined,
      page,
      pageSize,
      set,
      reset,
      pagination: (total: number, unit?: string): TablePaginationConfig => ({
        current: page,
        pageSize,
        total,
        showTotal: unit ? (n: number) => `共 ${n} ${unit}` : undefined,
        onChange: (nextPage: number, nextSize: number) => set({ page: nextPage, pageSize: nextSize }),
      }),
    }),
    [params, page, pageSize, set, reset],
  );
}
