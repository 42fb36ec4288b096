// The department's name (the server's SITE_NAME, GET /api/site): the workbench says it where the
// sign-in page and the header name the department, so a deployment changes it in one setting.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

export const SITE_KEY = ['site'] as const;

/** The department's name, or '' while it loads (the pages show the product name alone then). */
export function useSiteName(): string {
  const query = useQuery({
    queryKey: SITE_KEY,
    queryFn: () => api.get('/api/public/site'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
  return query.data?.name ?? '';
}
