import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../access/access.factories.ts';
import { accounts } from '../access/access.table.ts';
import { inTransaction } from '../context.ts';
import { notify, notifyInboxes } from './notify.service.ts';
import { deliveries, notifications } from './notify.table.ts';

const UNIT_A = '11111111-1111-4111-8111-111111111111';
const UNIT_B = '22222222-2222-4222-8222-222222222222';
let t: TestApp;
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      const make = async (username: string, unitId: string | null, extra: object = {}) => {
        id[username] = (
          await createAccount(ctx.db, ctx.deps.cipher, { username, unitId, ...extra }, ctx.now)
        ).id;
      };
      await make('alice', UNIT_A, { email: 'alice@example.cn' });
      await make('bob', UNIT_A);
      await make('carol', UNIT_B);
      await make('dave', UNIT_A);
      await make('citizen1', UNIT_A, { kind: 'citizen' });
    },
  });
  await t.database.db.update(accounts).set({ status: 'disabled' }).where(eq(accounts.id, id.dave));
});
afterAll(() => t.close());

const countFor = async (accountId: string) =>
  (await t.database.db.select().from(notifications).where(eq(notifications.accountId, accountId))).length;

describe('the inbox', () => {
  it('shows each account its own messages, newest first, with the unread count', async () => {
    await notify(t.ctx(), { accountIds: [id.alice], title: '第一条', body: '正文一', category: 'system' });
    t.clock.advance(60_000);
    await notify(t.ctx(), {
      accountIds: [id.alice, id.bob],
      title: '督办事项已交办',
      body: '请于 3 月 6 日前报送进展。',
      link: '/admin/supervision/items/42',
      category: 'supervision',
    });
    t.clock.advance(60_000);
    await notify(t.ctx(), { accountIds: [id.alice], title: '第三条', body: '', category: 'system' });

    const alice = await t.signIn('alice');
    const res = await alice.get('/api/notifications');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(3);
    expect(page.unread).toBe(3);
    expect(page.items.map((i: { title: string }) => i.title)).toEqual(['第三条', '督办事项已交办', '第一条']);
    expect(page.items[1]).toEqual({
      id: expect.any(String),
      category: 'supervision',
      title: '督办事项已交办',
      body: '请于 3 月 6 日前报送进展。',
      link: '/admin/supervision/items/42',
      createdAt: '2026-03-02T01:01:00.000Z',
      readAt: null,
    });
    expect((await alice.get('/api/notifications/unread-count')).json()).toEqual({ count: 3 });

    const bob = await t.signIn('bob');
    const bobs = (await bob.get('/api/notifications')).json();
    expect(bobs.total).toBe(1);
    expect(bobs.items[0].title).toBe('督办事项已交办');
  });

  it("answers 404 for someone else's message and changes nothing", async () => {
    const alice = await t.signIn('alice');
    const bob = await t.signIn('bob');
    const alicesFirst = (await alice.get('/api/notifications')).json().items[2];
    const res = await bob.post(`/api/notifications/${alicesFirst.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await alice.get('/api/notifications/unread-count')).json()).toEqual({ count: 3 });
    const unknown = await alice.post('/api/notifications/00000000-0000-4000-8000-000000000000/read');
    expect(unknown.statusCode).toBe(404);
  });

  it('marks one read, filters by read state, then marks all read', async () => {
    t.clock.set('2026-03-02T10:30:00+08:00');
    const alice = await t.signIn('alice');
    const first = (await alice.get('/api/notifications')).json().items[2];
    const read = await alice.post(`/api/notifications/${first.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe('2026-03-02T02:30:00.000Z');
    // Reading it again keeps the first time it was read.
    t.clock.advance(60_000);
    expect((await alice.post(`/api/notifications/${first.id}/read`)).json().readAt).toBe(
      '2026-03-02T02:30:00.000Z',
    );
    expect((await alice.get('/api/notifications/unread-count')).json()).toEqual({ count: 2 });

    const unread = (await alice.get('/api/notifications?unread=true')).json();
    expect(unread.total).toBe(2);
    expect(unread.unread).toBe(2);
    expect(unread.items.map((i: { title: string }) => i.title)).toEqual(['第三条', '督办事项已交办']);
    const done = (await alice.get('/api/notifications?unread=false')).json();
    expect(done.items.map((i: { title: string }) => i.title)).toEqual(['第一条']);

    const paged = (await alice.get('/api/notifications?page=2&pageSize=2')).json();
    expect(paged.total).toBe(3);
    expect(paged.items.map((i: { title: string }) => i.title)).toEqual(['第一条']);

    const all = await alice.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ updated: 2 });
    expect((await alice.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    // Bob's message from the same notify() is still unread.
    const bob = await t.signIn('bob');
    expect((await bob.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
  });

  it('refuses anonymous callers and bad paging', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications/unread-count' })).statusCode).toBe(
      401,
    );
    const alice = await t.signIn('alice');
    expect((await alice.get('/api/notifications?pageSize=1000')).statusCode).toBe(400);
    expect((await alice.get('/api/notifications?colour=red')).statusCode).toBe(400);
  });
});

describe('notify()', () => {
  it("reaches every active staff account of a unit, and no one else's", async () => {
    const before = { alice: await countFor(id.alice), bob: await countFor(id.bob) };
    const r = await notify(t.ctx(), { unitId: UNIT_A, title: '单位通知', body: '', category: 'system' });
    expect(r.accountIds.sort()).toEqual([id.alice, id.bob].sort());
    expect(await countFor(id.alice)).toBe(before.alice + 1);
    expect(await countFor(id.bob)).toBe(before.bob + 1);
    expect(await countFor(id.carol)).toBe(0); // other unit
    expect(await countFor(id.dave)).toBe(0); // disabled
    expect(await countFor(id.citizen1)).toBe(0); // not staff
  });

  it('tells an account once when named and also in the unit', async () => {
    const before = await countFor(id.bob);
    await notify(t.ctx(), {
      accountIds: [id.bob, id.bob],
      unitId: UNIT_A,
      title: '去重',
      body: '',
      category: 'x',
    });
    expect(await countFor(id.bob)).toBe(before + 1);
  });

  it('leaves nothing behind when the change it belongs to rolls back', async () => {
    const before = await countFor(id.alice);
    const [{ n: deliveriesBefore }] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from deliveries',
    );
    await expect(
      inTransaction(t.ctx(), async (tx) => {
        await notify(tx, {
          accountIds: [id.alice],
          title: '不应送达',
          body: '事务回滚后不应留下任何消息',
          category: 'system',
          email: true,
        });
        throw new Error('业务校验失败');
      }),
    ).rejects.toThrow('业务校验失败');
    expect(await countFor(id.alice)).toBe(before);
    const rows = await t.database.db.select().from(deliveries).where(eq(deliveries.subject, '不应送达'));
    expect(rows).toEqual([]);
    const [{ n }] = await t.database.query<{ n: number }>('select count(*)::int as n from deliveries');
    expect(n).toBe(deliveriesBefore);
  });

  it('refuses an empty title', async () => {
    await expect(
      notify(t.ctx(), { accountIds: [id.alice], title: '  ', body: '', category: 'system' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'title' }] });
  });
});

describe('notifyInboxes()', () => {
  it('gives each message its own recipients, in one statement for several writers', async () => {
    const tx = t.ctx();
    const at = new Date('2026-11-27T02:00:00Z');
    const made = await notifyInboxes(tx, [
      // Unit A's active staff: alice, bob (dave is disabled, citizen1 is not staff).
      { unitId: UNIT_A, title: '批量一：本单位', body: 'a', category: 'services', link: '/admin/x/1', at },
      // Carol by name, and unit A — alice once even though named too.
      {
        accountIds: [id.carol, id.alice],
        unitId: UNIT_A,
        title: '批量二：点名',
        body: 'b',
        category: 'services',
        at,
      },
      // A disabled account alone: nobody.
      { accountIds: [id.dave], title: '批量三：停用', body: 'c', category: 'services', at },
    ]);
    expect(made).toBe(5);
    const byTitle = async (title: string) =>
      (await t.database.db.select().from(notifications).where(eq(notifications.title, title)))
        .map((n) => n.accountId)
        .sort();
    expect(await byTitle('批量一：本单位')).toEqual([id.alice, id.bob].sort());
    expect(await byTitle('批量二：点名')).toEqual([id.alice, id.bob, id.carol].sort());
    expect(await byTitle('批量三：停用')).toEqual([]);
    const [one] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.title, '批量一：本单位'));
    expect(one).toMatchObject({
      category: 'services',
      body: 'a',
      link: '/admin/x/1',
      createdAt: at,
      readAt: null,
    });
  });

  it('refuses an empty title and writes none of the messages', async () => {
    const at = new Date('2026-11-27T02:00:00Z');
    await expect(
      notifyInboxes(t.ctx(), [
        { accountIds: [id.alice], title: '批量：有标题', body: '', category: 'system', at },
        { accountIds: [id.alice], title: ' ', body: '', category: 'system', at },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'title' }] });
    const [row] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.title, '批量：有标题'));
    expect(row).toBeUndefined();
  });
});
