// The working-day calendar (工作日历) and the due-date calculator.
import { useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client.ts';
import type { DueResult } from '../../api/types.ts';

export const CALENDAR_KEY = ['calendar'] as const;

export function useCalendarStatus() {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'status'],
    queryFn: () => api.get('/api/calendar/status'),
    staleTime: 10 * 60_000,
  });
}

export function useCalendarYear(year: number | undefined) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'year', year],
    queryFn: () => api.get(apiUrl('/api/calendar/years/{year}', { year: year! })),
    enabled: year !== undefined,
    staleTime: 10 * 60_000,
  });
}

/** A year not entered yet, as due dates are computed meanwhile (暂定): the statutory holidays and 补假. */
export function useProvisionalYear(year: number | undefined) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'provisional', year],
    queryFn: () => api.get(apiUrl('/api/calendar/years/{year}/provisional', { year: year! })),
    enabled: year !== undefined && year >= 2025 && year <= 2100,
    staleTime: 60 * 60_000,
  });
}

/** One clock with the explanation of its due date ("why this date"), for any kind of item. */
export function useClock(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'clock', id],
    queryFn: () => api.get(apiUrl('/api/clocks/{id}', { id: id! })),
    enabled: Boolean(id) && enabled,
    staleTime: 30_000,
  });
}

export function fetchDue(from: string, workdays: number): Promise<DueResult> {
  return api.get('/api/calendar/due', { from, workdays });
}
