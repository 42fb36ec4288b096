import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../access/access.factories.ts';
import { auditLog } from '../audit/audit.table.ts';
import { clocks } from '../calendar/calendar.table.ts';
import { runJobNow } from '../jobs/jobs.ts';
import { registerClockLink } from './clock-reminders.ts';
import { notify } from './notify.service.ts';
import { deliveries, notifications, reminderKeys } from './notify.table.ts';
import { sendReminderOnce, sweepReminders } from './reminders.service.ts';

const UNIT_B = '22222222-2222-4222-8222-222222222222';
const HOUR = 3_600_000;
// The test clock starts at 2026-03-02 09:00 Beijing time (01:00 UTC).
const START = new Date('2026-03-02T09:00:00+08:00').getTime();
let t: TestApp;
const id: Record<string, string> = {};
const clock: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      id.alice = (
        await createAccount(
          ctx.db,
          ctx.deps.cipher,
          { username: 'alice', email: 'alice@lyj.example.cn' },
          ctx.now,
        )
      ).id;
      id.carol = (
        await createAccount(ctx.db, ctx.deps.cipher, { username: 'carol', unitId: UNIT_B }, ctx.now)
      ).id;
      id.dan = (
        await createAccount(ctx.db, ctx.deps.cipher, { username: 'dan', unitId: UNIT_B }, ctx.now)
      ).id;
      const add = async (name: string, values: Partial<typeof clocks.$inferInsert>) => {
        const [row] = await ctx.db
          .insert(clocks)
          .values({
            subjectType: 'disclosure',
            subjectId: `2026-${name}`,
            label: `政府信息公开申请答复（${name}）`,
            startedAt: ctx.now,
            limitValue: 20,
            limitUnit: 'workdays',
            ...values,
          })
          .returning();
        clock[name] = row.id;
      };
      // Due 30 h from now: inside the 48 h lead, for Alice.
      await add('A', { dueAt: new Date(START + 30 * HOUR), responsibleAccountId: id.alice });
      // Due in 60 h: not yet; for unit B's staff.
      await add('B', { dueAt: new Date(START + 60 * HOUR), responsibleUnitId: UNIT_B });
      // Paused and stopped clocks remind nobody, however close.
      await add('P', { dueAt: new Date(START + 1 * HOUR), status: 'paused', responsibleAccountId: id.alice });
      await add('S', {
        dueAt: new Date(START - 1 * HOUR),
        status: 'stopped',
        responsibleAccountId: id.alice,
      });
    },
  });
  registerClockLink('disclosure', (subjectId) => `/admin/openness/applications/${subjectId}`);
});
afterAll(() => t.close());

const inboxOf = (accountId: string) =>
  t.database.db
    .select({ title: notifications.title, body: notifications.body, link: notifications.link })
    .from(notifications)
    .where(eq(notifications.accountId, accountId))
    .orderBy(notifications.createdAt);

describe('the deadline sweeper', () => {
  it('reminds once, even when two sweeps run at the same moment', async () => {
    const ran = await Promise.all([
      runJobNow(t.database, t.deps, 'deadline-sweeper'),
      runJobNow(t.database, t.deps, 'deadline-sweeper'),
    ]);
    expect(ran).toContain(true);
    // Bypassing the job lock too: the reminder key alone keeps it to one.
    await Promise.all([sweepReminders(t.ctx()), sweepReminders(t.ctx())]);

    expect(await inboxOf(id.alice)).toEqual([
      {
        title: '即将到期：政府信息公开申请答复（A）',
        body: '「政府信息公开申请答复（A）」将于 2026年3月3日 15:00 到期，请在期限内办结。',
        link: '/admin/openness/applications/2026-A',
      },
    ]);
    expect(await inboxOf(id.carol)).toEqual([]);
    // The reminder went out by email too (Alice has an address), once.
    const mails = await t.database.db
      .select()
      .from(deliveries)
      .where(eq(deliveries.subject, '即将到期：政府信息公开申请答复（A）'));
    expect(mails.map((m) => m.recipient)).toEqual(['alice@lyj.example.cn']);
    const keys = await t.database.db.select().from(reminderKeys);
    expect(keys.map((k) => k.key)).toEqual([`clock:${clock.A}:due-soon:2026-03-03T07:00:00.000Z`]);
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'reminder.send'));
    expect(audited.map((a) => a.objectId)).toEqual([keys[0].key]);
  });

  it("reminds a unit's staff when its clock comes within the lead time", async () => {
    t.clock.advance(13 * HOUR); // B is now 47 h away
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const expected = [
      {
        title: '即将到期：政府信息公开申请答复（B）',
        body: '「政府信息公开申请答复（B）」将于 2026年3月4日 21:00 到期，请在期限内办结。',
        link: '/admin/openness/applications/2026-B',
      },
    ];
    expect(await inboxOf(id.carol)).toEqual(expected);
    expect(await inboxOf(id.dan)).toEqual(expected);
    expect(await inboxOf(id.alice)).toHaveLength(1);
  });

  it('reminds again once the clock is overdue, and only once', async () => {
    t.clock.set('2026-03-03T15:00:00+08:00'); // exactly A's due time
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    t.clock.advance(HOUR);
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const alice = await inboxOf(id.alice);
    expect(alice.map((n) => n.title)).toEqual([
      '即将到期：政府信息公开申请答复（A）',
      '已超期：政府信息公开申请答复（A）',
    ]);
    expect(alice[1].body).toBe('「政府信息公开申请答复（A）」已于 2026年3月3日 15:00 到期，请尽快办理。');
  });

  it('reminds again when the due date is recomputed (an extension)', async () => {
    // B extended: due 2026-03-06 09:00 Beijing time, 65 h away — outside the lead, no reminder yet.
    await t.database.db
      .update(clocks)
      .set({ dueAt: new Date('2026-03-06T09:00:00+08:00') })
      .where(eq(clocks.id, clock.B));
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await inboxOf(id.carol)).toHaveLength(1);
    t.clock.set('2026-03-04T10:00:00+08:00'); // 47 h before the new due date
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const carol = await inboxOf(id.carol);
    expect(carol.map((n) => n.body)).toEqual([
      '「政府信息公开申请答复（B）」将于 2026年3月4日 21:00 到期，请在期限内办结。',
      '「政府信息公开申请答复（B）」将于 2026年3月6日 09:00 到期，请在期限内办结。',
    ]);
  });

  it('stops reminding once the clock stops', async () => {
    await t.database.db.update(clocks).set({ status: 'stopped' }).where(eq(clocks.id, clock.B));
    t.clock.set('2026-03-07T09:00:00+08:00'); // past B's due date
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await inboxOf(id.carol)).toHaveLength(2);
  });
});

describe('sendReminderOnce', () => {
  it('does not keep the key when the sending fails, so a later sweep tries again', async () => {
    const send = (tx: Parameters<Parameters<typeof sendReminderOnce>[2]>[0]) =>
      notify(tx, { accountIds: [id.dan], title: '手工催办', body: '请今日报送。', category: 'reminder' });
    await expect(
      sendReminderOnce(t.ctx(), 'manual:1', async (tx) => {
        await send(tx);
        throw new Error('网络中断');
      }),
    ).rejects.toThrow('网络中断');
    const titles = async () => (await inboxOf(id.dan)).filter((n) => n.title === '手工催办');
    expect(await titles()).toHaveLength(0);
    expect(
      await t.database.db
        .select()
        .from(reminderKeys)
        .where(and(eq(reminderKeys.key, 'manual:1'))),
    ).toEqual([]);
    expect(await sendReminderOnce(t.ctx(), 'manual:1', send)).toBe(true);
    expect(await sendReminderOnce(t.ctx(), 'manual:1', send)).toBe(false);
    expect(await titles()).toHaveLength(1);
  });
});
