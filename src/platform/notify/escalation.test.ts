// Escalation ladders on the deadline sweeper, with the handler alone (org's roles are tested in
// org/recipients.test.ts): each step once, across concurrent sweeps; written on the subject's
// timeline in the same transaction; an hours clock (a 4-hour emergency report) on the same
// machinery; clocks of a ladder kind get no plain due-soon/overdue reminders.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../access/access.factories.ts';
import { seedCalendarFromPackage } from '../calendar/calendar.service.ts';
import { registerClockSubject, type TimelineNote } from '../calendar/clock-subjects.ts';
import { startClock } from '../calendar/clocks.service.ts';
import { runJobNow } from '../jobs/jobs.ts';
import { defineClockKind, registerClockKinds } from './escalation.ts';
import { notifications, reminderKeys } from './notify.table.ts';
import { sweepReminders } from './reminders.service.ts';

const PERMIT = defineClockKind({
  kind: 'test.permit',
  label: '许可办理期限',
  ladder: '到期前提醒（届满前3个工作日，承办人）→到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人）',
});
const REPORT = defineClockKind({
  kind: 'test.emergency',
  label: '突发事件报送',
  ladder: '提醒（届满前1小时，承办人）→催报（届满时，承办人）→督报（超期1小时，承办人）',
});

let t: TestApp;
let handler: string;
const notes: Array<{ subjectId: string; note: TimelineNote }> = [];

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-21T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      handler = (await createAccount(ctx.db, ctx.deps.cipher, { username: 'zhang' }, ctx.now)).id;
    },
  });
  registerClockKinds([PERMIT, REPORT]);
  registerClockSubject({
    type: 'test_item',
    link: (id) => `/admin/test/${id}`,
    note: async (_tx, subjectId, note) => {
      notes.push({ subjectId, note });
    },
  });
});
afterAll(() => t.close());

const inbox = () =>
  t.database.db
    .select({ title: notifications.title, body: notifications.body, link: notifications.link })
    .from(notifications)
    .where(eq(notifications.accountId, handler))
    .orderBy(notifications.createdAt);

describe('a working-day ladder', () => {
  it('sends each step once, on its day, and writes it on the timeline', async () => {
    // 8 working days from Monday 9/21: 9/22–9/24 (3; 9/25 is 中秋), 9/28–9/30 (6), 10/1–10/7 off,
    // 10/8 (7), Friday 10/9 (8). Steps: 9/29 00:00 (3 working days before: 10/8, 9/30, 9/29), 10/9 00:00,
    // and Saturday 10/10 00:00 (an adjusted working day, the first after the due day).
    await startClock(t.ctx(), {
      subjectType: 'test_item',
      subjectId: 'XK-1',
      kind: 'test.permit',
      label: '采伐许可（XK-1）',
      startedAt: t.clock.now(),
      limit: { value: 8, unit: 'workdays' },
      responsibleAccountId: handler,
    });
    t.clock.set('2026-09-28T23:59:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await inbox()).toEqual([]);

    t.clock.set('2026-09-29T08:00:00+08:00');
    await Promise.all([sweepReminders(t.ctx()), sweepReminders(t.ctx())]);
    expect(await inbox()).toEqual([
      {
        title: '到期前提醒：采伐许可（XK-1）',
        body: '「采伐许可（XK-1）」将于2026年10月9日（星期五）到期，请在期限内办结。',
        link: '/admin/test/XK-1',
      },
    ]);

    t.clock.set('2026-10-09T08:00:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    t.clock.set('2026-10-10T08:00:00+08:00');
    await Promise.all([sweepReminders(t.ctx()), sweepReminders(t.ctx())]);
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const got = await inbox();
    expect(got.map((n) => n.title)).toEqual([
      '到期前提醒：采伐许可（XK-1）',
      '到期提醒：采伐许可（XK-1）',
      '催办：采伐许可（XK-1）',
    ]);
    expect(got[2].body).toBe(
      '「采伐许可（XK-1）」已于2026年10月9日（星期五）到期，尚未办结（超期1个工作日）。请尽快办理。',
    );
    expect(notes.filter((n) => n.subjectId === 'XK-1').map((n) => [n.note.kind, n.note.title])).toEqual([
      ['escalation.到期前提醒', '到期前提醒'],
      ['escalation.到期提醒', '到期提醒'],
      ['escalation.催办', '催办'],
    ]);
    expect(notes[2].note.text).toBe(`向承办人发出催办：${got[2].body}`);
    const keys = (await t.database.db.select().from(reminderKeys)).map((k) => k.key);
    expect(keys.filter((k) => k.startsWith('clock:'))).toEqual([]); // no plain reminder as well
    expect(keys.filter((k) => k.startsWith('esc:'))).toHaveLength(3);
  });
});

describe('an hours clock: the 4-hour emergency report', () => {
  it('an event at 22:30 is due 02:30; reminded 01:30, chased at 02:30, escalated 03:30', async () => {
    t.clock.set('2026-12-01T22:30:00+08:00');
    const clock = await startClock(t.ctx(), {
      subjectType: 'test_item',
      subjectId: 'JB-7',
      kind: 'test.emergency',
      label: '突发事件信息报送（JB-7）',
      startedAt: t.clock.now(),
      limit: { value: 4, unit: 'hours' },
      responsibleAccountId: handler,
    });
    expect(clock.dueAt?.toISOString()).toBe(new Date('2026-12-02T02:30:00+08:00').toISOString());
    expect(clock.provisional).toBeNull();
    const titles = async () => (await inbox()).map((n) => n.title).filter((x) => x.includes('JB-7'));

    t.clock.set('2026-12-02T01:29:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await titles()).toEqual([]);
    t.clock.set('2026-12-02T01:30:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    t.clock.set('2026-12-02T02:30:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    t.clock.set('2026-12-02T03:29:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await titles()).toEqual(['提醒：突发事件信息报送（JB-7）', '催报：突发事件信息报送（JB-7）']);
    t.clock.set('2026-12-02T03:30:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await titles()).toEqual([
      '提醒：突发事件信息报送（JB-7）',
      '催报：突发事件信息报送（JB-7）',
      '督报：突发事件信息报送（JB-7）',
    ]);
    expect((await inbox()).find((n) => n.title.startsWith('提醒'))?.body).toBe(
      '「突发事件信息报送（JB-7）」将于2026年12月2日 02:30到期，请在期限内办结。',
    );
  });

  it('skips a reminder before the due date once it has passed, and sends the later steps', async () => {
    t.clock.set('2026-12-03T10:00:00+08:00');
    await startClock(t.ctx(), {
      subjectType: 'test_item',
      subjectId: 'JB-8',
      kind: 'test.emergency',
      label: '突发事件信息报送（JB-8）',
      startedAt: new Date('2026-12-03T04:00:00+08:00'),
      limit: { value: 4, unit: 'hours' },
      responsibleAccountId: handler,
    });
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const titles = (await inbox()).map((n) => n.title).filter((x) => x.includes('JB-8'));
    expect(titles).toEqual(['催报：突发事件信息报送（JB-8）', '督报：突发事件信息报送（JB-8）']);
  });
});
