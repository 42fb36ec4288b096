// The portal's per-day view count per article (浏览次数), fed by the site's page-view announcements
// (cache hits included): counted in memory and added to portal_article_views every few seconds, so
// a busy article page never waits on a write.
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Database } from '../../../platform/db/client.ts';
import { onPublicPageView } from '../../../site/index.ts';
import { addViews } from '../articles.repository.ts';

/** Article views counted since the last flush, per database (tests run several apps in a process). */
const pending = new WeakMap<Database, Map<string, number>>();

// The China day of the last view and the span of instants it covers (a view is counted per day;
// formatting a date for every view of a busy page costs more than the counting).
let dayText = '';
let dayFrom = 0;
let dayTo = 0;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

function dayOf(at: Date): string {
  const t = at.getTime();
  if (t < dayFrom || t >= dayTo) {
    dayText = chinaDay(at);
    dayFrom = Math.floor((t + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
    dayTo = dayFrom + DAY_MS;
  }
  return dayText;
}

/** Counts the views of article pages the site announces (a 404 is no view of it; a 304 is). */
export function registerArticleViewCounter(): void {
  onPublicPageView('portal.article-views', (view) => {
    if (view.kind === 'article' && view.articleId && (view.status === 200 || view.status === 304))
      countArticleView(view.database, view.articleId, view.at);
  });
}

export function countArticleView(database: Database, articleId: string, at: Date): void {
  let counts = pending.get(database);
  if (!counts) {
    counts = new Map();
    pending.set(database, counts);
  }
  const key = `${articleId} ${dayOf(at)}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Adds the counted views to the table; returns how many views were written. */
export async function flushArticleViews(database: Database): Promise<number> {
  const counts = pending.get(database);
  if (!counts?.size) return 0;
  pending.set(database, new Map());
  const rows = [...counts].map(([key, views]) => {
    const [articleId, day] = key.split(' ');
    return { articleId, day, views };
  });
  try {
    await addViews(database.db, rows);
  } catch {
    // An article deleted meanwhile fails the whole batch: write the others one by one.
    for (const r of rows) await addViews(database.db, [r]).catch(() => undefined);
  }
  return rows.reduce((n, r) => n + r.views, 0);
}
