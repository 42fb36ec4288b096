// Org's answer to the escalation ladders: the unit head, the leader in charge (分管领导, found on
// the unit or the nearest unit above it) and the office, as accounts; and a ladder that reaches
// them through the deadline sweeper, each step exactly once while two instances sweep at once.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { openSecondInstance } from '../../../test/db.ts';
import { createAccount } from '../../platform/access/access.factories.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/calendar.service.ts';
import { registerClockSubject, type TimelineNote } from '../../platform/calendar/clock-subjects.ts';
import { startClock } from '../../platform/calendar/clocks.service.ts';
import { systemCtx } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { runJobNow } from '../../platform/jobs/jobs.ts';
import { defineClockKind, registerClockKinds } from '../../platform/notify/index.ts';
import { notifications, reminderKeys } from '../../platform/notify/notify.table.ts';
import { sweepReminders } from '../../platform/notify/reminders.service.ts';
import { assignCharges, createPerson, createUnit } from './org.factories.ts';
import { isHeadTitle, orgRecipients } from './recipients.ts';

const TASK = defineClockKind({
  kind: 'test.task',
  label: '督办事项办理期限',
  ladder: '催办（超期1个工作日，承办人、单位负责人）→督办（超期2个工作日，分管领导、办公室）',
});

let t: TestApp;
let second: Database | null = null;
const notes: Array<{ subjectId: string; note: TimelineNote }> = [];
const unit: Record<string, string> = {};
const acct: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      const root = await createUnit(ctx, { code: 'HNLY', name: '河南省林业局', type: 'department' });
      const division = await createUnit(ctx, {
        code: 'HNLY-ZYC',
        name: '森林资源管理处',
        type: 'division',
        parent: root,
      });
      const office = await createUnit(ctx, {
        code: 'HNLY-BGS',
        name: '办公室',
        type: 'division',
        parent: root,
      });
      const city = await createUnit(ctx, {
        code: 'C4101',
        name: '郑州市林业局',
        type: 'city_bureau',
        parent: root,
      });
      const county = await createUnit(ctx, {
        code: 'X410122',
        name: '中牟县林业局',
        type: 'county_bureau',
        parent: city,
      });
      Object.assign(unit, { division: division.id, office: office.id, city: city.id, county: county.id });
      // The deputy is listed first: the head is still the 处长.
      const deputy = await createPerson(ctx, {
        unitId: division.id,
        name: '赵副处',
        title: '副处长',
        sort: 0,
      });
      const head = await createPerson(ctx, { unitId: division.id, name: '王处长', title: '处长', sort: 1 });
      const leader = await createPerson(ctx, {
        unitId: root.id,
        name: '李文涛',
        title: '副厅长',
        leaderRank: 'deputy',
      });
      await assignCharges(ctx, leader.id, [division.id, city.id]);
      const add = async (username: string, spec: { unitId?: string; personId?: string }) => {
        acct[username] = (await createAccount(ctx.db, ctx.deps.cipher, { username, ...spec }, ctx.now)).id;
      };
      await add('handler', { unitId: division.id });
      await add('deputy', { personId: deputy.id });
      await add('head', { personId: head.id });
      await add('leader', { personId: leader.id });
      await add('office', { unitId: office.id });
    },
  });
  registerClockKinds([TASK]);
  registerClockSubject({
    type: 'supervision_item',
    link: (id) => `/admin/supervision/${id}`,
    note: async (_tx, subjectId, note) => {
      notes.push({ subjectId, note });
    },
  });
  second = await openSecondInstance(t.database);
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

describe('the recipients of a unit', () => {
  it('knows a head by the title, not by the order', () => {
    expect(['处长', '主任', '局长', '站长'].map(isHeadTitle)).toEqual([true, true, true, true]);
    expect(['副处长', '一级主任科员', '科员', null].map(isHeadTitle)).toEqual([false, false, false, false]);
  });

  it('resolves the unit head, the leader in charge (up the tree) and the office to accounts', async () => {
    const ctx = t.ctx();
    expect(await orgRecipients(ctx, 'unitHead', { responsibleUnitId: unit.division })).toEqual([acct.head]);
    expect(await orgRecipients(ctx, 'leader', { responsibleUnitId: unit.division })).toEqual([acct.leader]);
    // The county bureau has no leader of its own: its city bureau's.
    expect(await orgRecipients(ctx, 'leader', { responsibleUnitId: unit.county })).toEqual([acct.leader]);
    expect(await orgRecipients(ctx, 'office', { responsibleUnitId: unit.division })).toEqual([acct.office]);
    expect(await orgRecipients(ctx, 'unitHead', { responsibleUnitId: unit.county })).toEqual([]);
  });
});

describe('a ladder through org', () => {
  it('chases the handler and the head, then supervises through the leader and the office', async () => {
    // 2 working days from Monday 3/2: due Wednesday 3/4; 催办 Thursday 3/5, 督办 Friday 3/6.
    await startClock(t.ctx(), {
      subjectType: 'supervision_item',
      subjectId: 'DB-2026-003',
      kind: 'test.task',
      label: '督办事项：春季造林进度（督字〔2026〕3号）',
      startedAt: t.clock.now(),
      limit: { value: 2, unit: 'workdays' },
      responsibleUnitId: unit.division,
    });
    const who = async () => {
      const rows = await t.database.db
        .select({ accountId: notifications.accountId, title: notifications.title })
        .from(notifications)
        .where(inArray(notifications.accountId, Object.values(acct)));
      const name = (id: string) => Object.entries(acct).find(([, v]) => v === id)?.[0];
      return rows.map((r) => `${name(r.accountId)} ${r.title.split('：')[0]}`).sort();
    };
    t.clock.set('2026-03-05T08:00:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await who()).toEqual(['handler 催办', 'head 催办']);
    t.clock.set('2026-03-06T08:00:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    expect(await who()).toEqual(['handler 催办', 'head 催办', 'leader 督办', 'office 督办']);
    const [supervise] = await t.database.db
      .select({ body: notifications.body })
      .from(notifications)
      .where(eq(notifications.accountId, acct.leader));
    expect(supervise.body).toBe(
      '「督办事项：春季造林进度（督字〔2026〕3号）」已于2026年3月4日（星期三）到期，尚未办结（超期2个工作日）。请督促承办单位尽快办结。',
    );
  });
});

describe('two instances sweeping at once', () => {
  it('send each step exactly once to each recipient, and note it once on the timeline', async () => {
    // 2 working days from Monday 3/9: due Wednesday 3/11; 催办 Thursday 3/12, 督办 Friday 3/13.
    t.clock.set('2026-03-09T09:00:00+08:00');
    const clock = await startClock(t.ctx(), {
      subjectType: 'supervision_item',
      subjectId: 'DB-2026-004',
      kind: 'test.task',
      label: '督办事项：林长制巡林（督字〔2026〕4号）',
      startedAt: t.clock.now(),
      limit: { value: 2, unit: 'workdays' },
      responsibleUnitId: unit.division,
    });
    // On PostgreSQL the second instance has its own connection pool to the same database, as a
    // second server would; PGlite is one embedded database in one process, so there the two
    // "instances" are two sweepers sharing it (the key table still decides who sends).
    const other = second ?? t.database;
    const sweepBoth = () =>
      Promise.all([
        sweepReminders(t.ctx()),
        sweepReminders(systemCtx(other, t.deps)),
        sweepReminders(t.ctx()),
        sweepReminders(systemCtx(other, t.deps)),
      ]);
    const received = async () => {
      const rows = await t.database.db
        .select({ accountId: notifications.accountId, title: notifications.title })
        .from(notifications)
        .where(inArray(notifications.accountId, Object.values(acct)));
      const name = (id: string) => Object.entries(acct).find(([, v]) => v === id)?.[0];
      return rows
        .filter((r) => r.title.includes('督字〔2026〕4号'))
        .map((r) => `${name(r.accountId)} ${r.title.split('：')[0]}`)
        .sort();
    };

    t.clock.set('2026-03-11T23:59:00+08:00');
    await sweepBoth();
    expect(await received()).toEqual([]);
    t.clock.set('2026-03-12T08:00:00+08:00');
    const first = await sweepBoth();
    expect(first.reduce((n, r) => n + r.sent, 0)).toBe(1); // one reminder: the 催办 to handler and head
    await sweepBoth();
    expect(await received()).toEqual(['handler 催办', 'head 催办']);
    t.clock.set('2026-03-13T08:00:00+08:00');
    await sweepBoth();
    await sweepBoth();
    expect(await received()).toEqual(['handler 催办', 'head 催办', 'leader 督办', 'office 督办']);
    expect(notes.filter((n) => n.subjectId === 'DB-2026-004').map((n) => n.note.title)).toEqual([
      '催办',
      '督办',
    ]);
    const keys = (await t.database.db.select().from(reminderKeys)).map((k) => k.key);
    expect(keys.filter((k) => k.startsWith(`esc:${clock.id}:`))).toHaveLength(2);
  });
});
