// The working-day calendar (工作日历) and the due-date calculator.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CalendarStatus, CalendarYear, DueResult } from '../../api/types.ts';

export const CALENDAR_KEY = ['calendar'] as const;

export function useCalendarStatus() {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'status'],
    queryFn: () => api.get<CalendarStatus>('/api/calendar/status'),
    staleTime: 10 * 60_000,
  });
}

export function useCalendarYear(year: number | undefined) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, 'year', year],
    queryFn: () => api.get<CalendarYear>(`/api/calendar/years/${year}`),
    enabled: year !== undefined,
    staleTime: 10 * 60_000,
  });
}

export function fetchDue(from: string, workdays: number): Promise<DueResult> {
  return api.get<DueResult>('/api/calendar/due', { from, workdays });
}
