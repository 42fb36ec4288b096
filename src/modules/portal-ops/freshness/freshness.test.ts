// The freshness monitor on a real database with the test clock: the dashboard as staff see it, and
// reminders and chase-ups to the responsible unit sent exactly once per period.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { accounts } from '../../../platform/access/access.table.ts';
import { sweepReminders } from '../../../platform/notify/index.ts';
import { notifications } from '../../../platform/notify/notify.table.ts';
import { seedDemoData } from '../../org/index.ts';
import { type ColumnTree, makeArticles, makeColumns } from '../../portal/index.ts';

let t: TestApp;
let tree: ColumnTree;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      tree = await makeColumns(ctx, [
        // A news column of the information centre (rule: 14 days) and a general one of the office (30 days).
        { code: 'fa', name: '厅内要闻', unit: 'HNLY-XXZX', category: 'news' },
        { code: 'fb', name: '工作动态', unit: 'HNLY-BGS' },
        { code: 'fz', name: '郑州林业', unit: 'C410100' },
        { code: 'fzm', name: '中牟林业', unit: 'X410122' },
      ]);
      await makeArticles(ctx, [
        {
          column: tree.column('fa'),
          title: '全省春季造林工作会议召开',
          status: 'published',
          publishedAt: new Date('2026-02-20T10:00:00+08:00'),
        },
        {
          column: tree.column('fb'),
          title: '厅机关开展节能宣传活动',
          status: 'published',
          publishedAt: new Date('2026-01-20T10:00:00+08:00'),
        },
        {
          column: tree.column('fz'),
          title: '郑州市启动义务植树',
          status: 'published',
          publishedAt: new Date('2026-02-27T10:00:00+08:00'),
        },
      ]);
    },
  });
});
afterAll(() => t.close());

/** The portal's reminder titles in a person's inbox, oldest first. */
async function inbox(username: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ title: notifications.title })
    .from(notifications)
    .innerJoin(accounts, eq(accounts.id, notifications.accountId))
    .where(eq(accounts.username, username))
    .orderBy(asc(notifications.createdAt), asc(notifications.title));
  return rows.map((r) => r.title).filter((title) => title.includes('栏目'));
}

const sweep = () => sweepReminders(t.ctx());
const at = (iso: string) => t.clock.set(iso);

describe('the dashboard', () => {
  it('shows every column with its last update, rule and days overdue to the information centre', async () => {
    const res = await (await t.signIn('xinxi')).get('/api/portal-ops/freshness');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const fb = body.columns.find((c: { code: string }) => c.code === 'fb');
    // 2026-01-20 + 30 days = 2026-02-19; on 2026-03-02 that is 11 days late.
    expect(fb).toMatchObject({
      responsibleUnitName: '办公室',
      lastUpdateDay: '2026-01-20',
      updateDays: 30,
      dueDay: '2026-02-19',
      daysOverdue: 11,
      status: 'overdue',
      statusLabel: '已逾期',
    });
    expect(body.health.today).toBe('2026-03-02');
    expect(body.health.checks.find((c: { key: string }) => c.key === 'monthly')).toMatchObject({
      status: 'fail',
      count: 1,
    });
    const only = await (await t.signIn('xinxi')).get('/api/portal-ops/freshness?status=overdue');
    expect(only.json().columns.map((c: { code: string }) => c.code)).toEqual(['fb']);
  });

  it('shows a city editor only the columns of their city and its counties', async () => {
    const res = await (await t.signIn('zhengzhou')).get('/api/portal-ops/freshness');
    expect(res.statusCode).toBe(200);
    expect(res.json().columns.map((c: { code: string }) => c.code)).toEqual(['fz', 'fzm']);
  });

  it('is closed to citizens', async () => {
    expect((await (await t.signIn('zhangsan')).get('/api/portal-ops/freshness')).statusCode).toBe(403);
  });
});

describe('reminders and chase-ups', () => {
  it('chases the office once for its overdue column, however often the sweeper runs', async () => {
    at('2026-03-02T09:00:00+08:00');
    await sweep();
    await sweep();
    expect(await inbox('office')).toEqual(['催办：栏目“工作动态”已逾期 11 天未更新']);
    // fa is due on 2026-03-06 (2026-02-20 + 14): 4 days left, more than the 3-day lead.
    expect(await inbox('xinxi')).toEqual([]);
  });

  it('reminds the information centre 3 days before its column falls due, once', async () => {
    at('2026-03-03T09:00:00+08:00');
    await sweep();
    at('2026-03-05T09:00:00+08:00');
    await sweep();
    expect(await inbox('xinxi')).toEqual(['栏目“厅内要闻”将于 2026-03-06 到期，请及时更新']);
    // fb: 12 and 14 days late are in the same weekly round as 11 (days 8–14): no new chase.
    expect(await inbox('office')).toHaveLength(1);
  });

  it('chases again a week later, and chases the news column the day after it fell due', async () => {
    at('2026-03-06T09:00:00+08:00'); // fb 15 days late: the next round
    await sweep();
    at('2026-03-07T09:00:00+08:00'); // fa 1 day late
    await sweep();
    await sweep();
    expect(await inbox('office')).toEqual([
      '催办：栏目“工作动态”已逾期 11 天未更新',
      '催办：栏目“工作动态”已逾期 15 天未更新',
    ]);
    expect(await inbox('xinxi')).toEqual([
      '栏目“厅内要闻”将于 2026-03-06 到期，请及时更新',
      '催办：栏目“厅内要闻”已逾期 1 天未更新',
    ]);
  });

  it('starts a new period when a new article is published', async () => {
    await makeArticles(t.ctx(), [
      {
        column: tree.column('fa'),
        title: '省林业厅部署森林防火工作',
        status: 'published',
        publishedAt: new Date('2026-03-07T10:00:00+08:00'),
      },
    ]);
    at('2026-03-17T09:00:00+08:00'); // due 2026-03-21: 4 days left
    await sweep();
    expect(await inbox('xinxi')).toHaveLength(2);
    at('2026-03-18T09:00:00+08:00'); // 3 days left
    await sweep();
    await sweep();
    expect((await inbox('xinxi')).at(-1)).toBe('栏目“厅内要闻”将于 2026-03-21 到期，请及时更新');
    expect(await inbox('xinxi')).toHaveLength(3);
  });
});
