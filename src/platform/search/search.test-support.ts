// The site search as the tests call it: an anonymous reader's search, the query as a page sends it.
import type { TestApp } from '../../../test/app.ts';
import { ANONYMOUS } from '../context.ts';
import { type SearchResult, searchSite } from './search.service.ts';

/** searchSite for a visitor who is not signed in; `page` and `pageSize` as the query string has them. */
export function publicSearch(t: TestApp, query: Record<string, string>): Promise<SearchResult> {
  const { q = '', page = '1', pageSize = '10', ...rest } = query;
  return searchSite(
    { ...t.ctx(), actor: ANONYMOUS },
    { ...rest, q, page: Number(page), pageSize: Number(pageSize) },
  );
}
