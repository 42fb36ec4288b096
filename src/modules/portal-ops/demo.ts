// Demo data of the portal operations: a month of visit statistics (the seed: 日平均点击率超过2000人次)
// so the charts have something to show, a few supply and demand posts (published, pending, one
// reported) and two feed subscriptions that are switched OFF — the demo machine may have no internet,
// and nothing is fetched until someone switches one on or presses 立即抓取.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import { portalArticles, portalColumns } from '../portal/index.ts';
import { addDays, chinaDayOf } from './freshness/freshness.rules.ts';
import {
  portalOpsBoardPosts,
  portalOpsBoardReports,
  portalOpsDailyStats,
  portalOpsFeeds,
} from './portal-ops.table.ts';

const DEMO_LOCK = 7_301_900;

/** A small deterministic generator (the demo is the same on every machine). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

async function seedStats(ctx: Ctx): Promise<void> {
  const live = await ctx.db
    .select({ id: portalArticles.id, columnId: portalArticles.columnId })
    .from(portalArticles)
    .where(isNotNull(portalArticles.liveEdition))
    .orderBy(asc(portalArticles.firstPublishedAt), asc(portalArticles.id))
    .limit(40);
  if (!live.length) return;
  const rnd = prng(2007);
  const today = chinaDayOf(ctx.now);
  const rows: Array<typeof portalOpsDailyStats.$inferInsert> = [];
  for (let back = 30; back >= 1; back--) {
    const day = addDays(today, -back);
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    const site = Math.round((weekend ? 1300 : 2300) * (0.85 + rnd() * 0.3));
    rows.push({ day, scope: 'site', targetId: '', views: site, visitors: Math.round(site * 0.42) });
    const byColumn = new Map<string, { views: number; visitors: number }>();
    live.forEach((a, i) => {
      const views = Math.round(((site * 0.5) / (i + 2) ** 1.1) * (0.7 + rnd() * 0.6));
      const visitors = Math.max(1, Math.round(views * 0.6));
      rows.push({ day, scope: 'article', targetId: a.id, views, visitors });
      const c = byColumn.get(a.columnId) ?? { views: 0, visitors: 0 };
      byColumn.set(a.columnId, { views: c.views + views, visitors: c.visitors + visitors });
    });
    for (const [columnId, c] of byColumn) rows.push({ day, scope: 'column', targetId: columnId, ...c });
  }
  for (let i = 0; i < rows.length; i += 500)
    await ctx.db
      .insert(portalOpsDailyStats)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
}

async function seedBoard(ctx: Ctx): Promise<void> {
  const people = await ctx.db
    .select({
      id: accounts.id,
      username: accounts.username,
      kind: accounts.kind,
      displayName: accounts.displayName,
    })
    .from(accounts)
    .where(inArray(accounts.username, ['zhangsan', 'hnmy', 'xinxi']));
  const who = (u: string) => people.find((p) => p.username === u);
  const citizen = who('zhangsan');
  const company = who('hnmy');
  const moderator = who('xinxi');
  if (!citizen || !company) return;
  const today = chinaDayOf(ctx.now);
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * 86_400_000);
  const phone = (p: string) => ctx.deps.cipher.encrypt(p);
  const published = (daysAgo: number) => ({
    status: 'published' as const,
    moderatedBy: moderator?.id ?? null,
    moderatedByName: moderator?.displayName ?? null,
    moderatedAt: at(daysAgo),
    publishedAt: at(daysAgo),
    createdAt: at(daysAgo + 1),
    updatedAt: at(daysAgo),
  });
  const by = (a: NonNullable<typeof citizen>) => ({
    authorId: a.id,
    authorKind: a.kind,
    authorName: a.displayName,
  });
  const rows = await ctx.db
    .insert(portalOpsBoardPosts)
    .values([
      {
        kind: 'supply',
        product: '侧柏容器苗',
        quantity: '50000',
        unit: '株',
        regionCode: '410122',
        contactName: '王经理',
        contactPhoneEnc: phone('13903710001'),
        validUntil: addDays(today, 60),
        description: '苗高 0.8–1.2 米，容器苗，成活率高，可送苗上山。',
        ...by(company),
        ...published(3),
      },
      {
        kind: 'demand',
        product: '杨树原木',
        quantity: '800',
        unit: '立方米',
        regionCode: '411622',
        contactName: '张先生',
        contactPhoneEnc: phone('13703940002'),
        validUntil: addDays(today, 30),
        description: '求购径级 20 厘米以上杨树原木，持有效采伐证、运输证，现款结算。',
        ...by(citizen),
        ...published(6),
      },
      {
        kind: 'supply',
        product: '薄皮核桃',
        quantity: '12.5',
        unit: '吨',
        regionCode: '411323',
        contactName: '李女士',
        contactPhoneEnc: phone('0377-69000003'),
        validUntil: addDays(today, 45),
        description: '西峡县合作社自产，2025 年新货。',
        ...by(citizen),
        ...published(10),
      },
      {
        kind: 'supply',
        product: '油茶苗',
        quantity: '20000',
        unit: '株',
        regionCode: '411525',
        contactName: '周经理',
        contactPhoneEnc: phone('13937600004'),
        validUntil: addDays(today, 90),
        description: '二年生嫁接苗，待审核。',
        status: 'pending',
        ...by(company),
        createdAt: at(0.2),
        updatedAt: at(0.2),
      },
      {
        kind: 'supply',
        product: '过期的苗木信息',
        quantity: '100',
        unit: '株',
        regionCode: '410305',
        contactName: '赵先生',
        contactPhoneEnc: phone('13803790005'),
        validUntil: addDays(today, -5),
        description: '已过有效期，不在公开列表中。',
        ...by(citizen),
        ...published(40),
      },
    ])
    .returning({ id: portalOpsBoardPosts.id, product: portalOpsBoardPosts.product });
  const reported = rows.find((r) => r.product === '薄皮核桃');
  if (reported)
    await ctx.db.insert(portalOpsBoardReports).values({
      postId: reported.id,
      reason: '联系方式错误',
      detail: '电话打不通。',
      reporterMark: 'demo',
      status: 'open',
      createdAt: at(1),
    });
}

async function seedFeeds(ctx: Ctx): Promise<void> {
  const cols = await ctx.db
    .select({ id: portalColumns.id, code: portalColumns.code })
    .from(portalColumns)
    .where(inArray(portalColumns.code, ['gnlydt', 'schq']));
  const col = (code: string) => cols.find((c) => c.code === code)?.id;
  const rows: Array<typeof portalOpsFeeds.$inferInsert> = [];
  // Placeholder addresses, switched off: the demo never sends requests out on its own; replace the
  // address with the source's real feed and switch it on.
  if (col('gnlydt'))
    rows.push({
      columnId: col('gnlydt')!,
      name: '国家林业和草原局',
      url: 'https://feeds.example.org/forestry/news.xml',
      intervalMinutes: 360,
      enabled: false,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  if (col('schq'))
    rows.push({
      columnId: col('schq')!,
      name: '中国林业网·市场行情',
      url: 'https://feeds.example.org/forestry/market.xml',
      intervalMinutes: 720,
      enabled: false,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  if (rows.length) await ctx.db.insert(portalOpsFeeds).values(rows).onConflictDoNothing();
}

/** Writes the demo once: when the portal's demo columns exist and the board is still empty. */
export async function loadPortalOpsDemoIfEmpty(ctx: Ctx): Promise<boolean> {
  return loadDemoOnce(ctx, {
    lock: DEMO_LOCK,
    wanted: async (c) => {
      const [{ n }] = await c.db.select({ n: sql<number>`count(*)::int` }).from(portalOpsBoardPosts);
      const [{ columns }] = await c.db
        .select({ columns: sql<number>`count(*)::int` })
        .from(portalColumns)
        .where(and(eq(portalColumns.code, 'gnlydt')));
      return Number(n) === 0 && Number(columns) > 0;
    },
    load: async (tx) => {
      await seedStats(tx);
      await seedBoard(tx);
      await seedFeeds(tx);
    },
  });
}
