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

export function fetchDue(from: string, workdays: number): Promise<DueResult> {
  return api.get('/api/calendar/due', { from, workdays });
}
