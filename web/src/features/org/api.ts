// Units, people and leaders (GET open to every staff account; changes for the system admin).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const UNITS_KEY = ['units'] as const;
export const PEOPLE_KEY = ['people'] as const;
export const LEADERS_KEY = ['leaders'] as const;

export function useUnits(options: { includeInactive?: boolean } = {}) {
  return useQuery({
    queryKey: [...UNITS_KEY, options],
    queryFn: async () =>
      (await api.get('/api/units', { includeInactive: options.includeInactive || undefined })).items,
    staleTime: 5 * 60_000,
  });
}

export function useLeaders() {
  return useQuery({
    queryKey: LEADERS_KEY,
    queryFn: async () => (await api.get('/api/leaders')).items,
  });
}

/** A name lookup for unit ids, empty until the list has loaded. */
export function useUnitNames(): (id: string | null | undefined) => string {
  const units = useUnits();
  const byId = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (id) => (id ? (byId.get(id) ?? '—') : '—');
}
