// The public search API as the tests call it.
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';

export interface PublicSearchReply {
  total: number;
  totalExact: boolean;
  terms: string[];
  items: Array<{ url: string; day: string | null }>;
}

/** GET /api/portal/public/search with these parameters; fails the test unless it answers 200. */
export async function publicSearch(t: TestApp, query: Record<string, string>): Promise<PublicSearchReply> {
  const qs = new URLSearchParams(query).toString();
  const res = await t.app.inject({ method: 'GET', url: `/api/portal/public/search?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PublicSearchReply;
}
