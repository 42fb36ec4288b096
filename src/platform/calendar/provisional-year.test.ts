// What a user sees in December 2026, when chinese-days has no 2027 and the State Council has not
// published 2027 yet: a 20-working-day clock started on 2026-12-07 falls due 2027-01-05 暂定 (see
// provisional.test.ts for the count); entering a 2027 schedule that makes Saturday 2027-01-02 a
// working day moves it to Monday 1/4, writes a note on the subject's timeline and tells the handler.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';
import { notifications } from '../notify/notify.table.ts';
import { listEvents } from '../timeline/index.ts';
import { seedCalendarFromPackage } from './calendar.service.ts';
import { registerClockSubject } from './clock-subjects.ts';
import { startClock } from './clocks.service.ts';

let t: TestApp;
let handler: string;
let clockId: string;
let untouched: string;
// Two disclosure applications (the ids of their rows), read by holders of openness:handle.
const GK101 = '0b7e3c1a-1d2e-4f60-9a01-000000000101';
const GK102 = '0b7e3c1a-1d2e-4f60-9a01-000000000102';

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-07T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await upsertRole(
        ctx.db,
        { code: 'handler', name: '承办人', permissions: ['openness:handle'], dataScope: 'unit' },
        ctx.now,
      );
      const c = ctx.deps.cipher;
      await createAccount(
        ctx.db,
        c,
        { username: 'sys', roleCodes: ['sysadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
      handler = (await createAccount(ctx.db, c, { username: 'zhou', roleCodes: ['handler'] }, ctx.now)).id;
    },
  });
  registerClockSubject({
    type: 'disclosure',
    canRead: async (ctx) => 'openness:handle' in ctx.actor.permissions,
    link: (id) => `/admin/openness/applications/${id}`,
  });
});
afterAll(() => t.close());

describe('December 2026: next year not published', () => {
  it('shows the 20-working-day clock from 2026-12-07 as due 2027-01-05, 暂定, with its reason', async () => {
    const clock = await startClock(t.ctx(), {
      subjectType: 'disclosure',
      subjectId: GK101,
      label: '政府信息公开申请答复（GK-2026-101）',
      startedAt: t.clock.now(),
      limit: { value: 20, unit: 'workdays' },
      responsibleAccountId: handler,
    });
    clockId = clock.id;
    // A clock that ends in 2026 is official and is not touched by the 2027 entry.
    untouched = (
      await startClock(t.ctx(), {
        subjectType: 'disclosure',
        subjectId: GK102,
        label: '补正期限（GK-2026-102）',
        startedAt: t.clock.now(),
        limit: { value: 5, unit: 'workdays' },
        responsibleAccountId: handler,
      })
    ).id;
    const zhou = await t.signIn('zhou');
    const shown = (await zhou.get(`/api/clocks/${clockId}`)).json();
    expect(shown.dueAt).toBe('2027-01-05T15:59:59.000Z');
    expect(shown.provisional.years).toEqual([2027]);
    expect(shown.provisional.note).toContain('2027年节假日安排尚未公布');
    expect(shown.explanation.text).toContain('届满日暂定为2027年1月5日（星期二）');
    // 12/8–12/14 (5): Monday 12/14, official.
    const other = (await zhou.get(`/api/clocks/${untouched}`)).json();
    expect(other.dueAt).toBe('2026-12-14T15:59:59.000Z');
    expect(other.provisional).toBeNull();

    const status = (await zhou.get('/api/calendar/status')).json();
    expect(status.clocksProvisional).toBe(1);
    expect(status.warning).toContain('有1项进行中的计时届满日为暂定');
  });

  it('lists the provisional 2027 holidays, with why each day is off', async () => {
    const zhou = await t.signIn('zhou');
    const res = await zhou.get('/api/calendar/years/2027/provisional');
    expect(res.statusCode).toBe(200);
    const spring = res
      .json()
      .days.filter((d: { day: string }) => d.day >= '2027-02-05' && d.day <= '2027-02-10');
    expect(
      spring.map((d: { day: string; name: string; why: string }) => `${d.day} ${d.name} ${d.why}`),
    ).toEqual([
      '2027-02-05 春节 农历除夕',
      '2027-02-06 春节 农历正月初一',
      '2027-02-07 春节 农历正月初二',
      '2027-02-08 春节 农历正月初三',
      '2027-02-09 春节补假 补2月6日（星期六）',
      '2027-02-10 春节补假 补2月7日（星期日）',
    ]);
    expect((await zhou.get('/api/calendar/years/2024/provisional')).statusCode).toBe(404);
  });

  it('entering 2027 with Saturday 1/2 worked moves the date to 1/4, notes it and tells the handler', async () => {
    const sys = await t.signIn('sys');
    const res = await sys.put('/api/calendar/years/2027', {
      note: '国办发明电〔2026〕X号（测试）',
      days: [
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-01-02', kind: 'workday', name: '元旦' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().clocksChanged).toBe(1);
    const zhou = await t.signIn('zhou');
    const shown = (await zhou.get(`/api/clocks/${clockId}`)).json();
    // Saturday 1/2 is day 19, Monday 1/4 day 20.
    expect(shown.dueAt).toBe('2027-01-04T15:59:59.000Z');
    expect(shown.provisional).toBeNull();
    expect(shown.explanation.text).toContain('届满日为2027年1月4日（星期一）');

    const text =
      '工作日历录入2027年节假日安排后重新计算，「政府信息公开申请答复（GK-2026-101）」的届满日由2027年1月5日（星期二）（暂定）改为2027年1月4日（星期一）。';
    // A staff-only step on the application's own platform timeline, by whoever entered the year.
    const timeline = await listEvents(t.ctx(), { type: 'disclosure', id: GK101 });
    expect(timeline).toEqual([
      expect.objectContaining({
        kind: 'clock.recomputed',
        visibility: 'staff',
        text: '届满日重新计算',
        staffNote: text,
        actorName: 'sys',
        data: {
          clockId,
          years: [2027],
          before: { dueAt: '2027-01-05T15:59:59.000Z', provisional: true },
          after: { dueAt: '2027-01-04T15:59:59.000Z', provisional: false },
        },
      }),
    ]);
    expect(await listEvents(t.ctx(), { type: 'disclosure', id: GK101 }, { publicOnly: true })).toEqual([]);
    expect(await listEvents(t.ctx(), { type: 'disclosure', id: GK102 })).toEqual([]);
    const inbox = await t.database.db
      .select({ title: notifications.title, body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.accountId, handler));
    expect(inbox).toEqual([
      {
        title: '届满日变更：政府信息公开申请答复（GK-2026-101）',
        body: text,
        link: `/admin/openness/applications/${GK101}`,
      },
    ]);
    expect((await zhou.get('/api/calendar/status')).json().clocksProvisional).toBe(0);
  });
});
