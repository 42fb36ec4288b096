// The calendar in the database: seeded from chinese-days, read and edited over HTTP, driving the
// statutory clocks. Expected dates counted by hand (see working-days.test.ts for the paper counts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';
import type { Ctx } from '../context.ts';
import { DAYS_2026 } from './calendar.fixtures.ts';
import { calendarStatus, seedCalendarFromPackage } from './calendar.service.ts';
import { registerClockSubject } from './clock-subjects.ts';
import {
  extendClock,
  findClocksBySubject,
  getClock,
  listRunningClocksDueBefore,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from './clocks.service.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-14T09:00:00+08:00',
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
      await createAccount(ctx.db, c, { username: 'handler1', roleCodes: ['handler'] }, ctx.now);
      await createAccount(ctx.db, c, { username: 'nobody' }, ctx.now);
      await createAccount(ctx.db, c, { username: 'citizen1', kind: 'citizen' }, ctx.now);
    },
  });
});
afterAll(() => t.close());

// Disclosure applications are read by holders of openness:handle (the module's rule, made up here:
// the case clocks' rule is tested with the cases, in services.counter.test.ts); GK-2026-SECRET is one
// the handler may not read. 'licence' registers no rule: its clocks are shown to nobody.
registerClockSubject({
  type: 'disclosure',
  canRead: async (ctx, id) => 'openness:handle' in ctx.actor.permissions && id !== 'GK-2026-SECRET',
});

/** A system ctx at a given Beijing time. */
const at = (iso: string): Ctx => ({ ...t.ctx(), now: new Date(iso) });

async function auditRows(action: string) {
  return t.database.query<{ object_id: string; detail: Record<string, unknown> }>(
    'select object_id, detail from audit_log where action = $1 order by seq',
    [action],
  );
}

describe('the calendar seeded from chinese-days', () => {
  it('holds the 2026 schedule of DOMAIN.md §2 exactly', async () => {
    const handler = await t.signIn('handler1');
    const res = await handler.get('/api/calendar/years/2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source).toBe('chinese-days');
    const byDay = (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : 1);
    expect([...body.days].sort(byDay)).toEqual([...DAYS_2026].sort(byDay));
  });

  it('seeding again adds nothing', async () => {
    expect(await seedCalendarFromPackage(t.ctx())).toEqual({ yearsAdded: [], clocksRecomputed: 0 });
  });

  it('answers 404 for a year it does not have', async () => {
    const handler = await t.signIn('handler1');
    const res = await handler.get('/api/calendar/years/2030');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('CALENDAR_YEAR_NOT_FOUND');
  });
});

describe('GET /api/calendar/due (public)', () => {
  const due = (query: string) => t.app.inject({ method: 'GET', url: `/api/calendar/due?${query}` });

  it('2026-09-30 + 1 working day = 2026-10-08, explained', async () => {
    const res = await due('from=2026-09-30&workdays=1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.due).toBe('2026-10-08');
    expect(body.explanation.skippedHolidays).toHaveLength(7);
    expect(body.explanation.skippedHolidays[0]).toEqual({ day: '2026-10-01', name: '国庆节' });
    expect(body.text).toContain('国庆节（10月1日至10月7日，7天）');
    expect(body.text).toContain('2026年10月8日（星期四）');
  });

  it('2026-02-13 + 1 = 2026-02-14, the adjusted Saturday (调休上班)', async () => {
    const body = (await due('from=2026-02-13&workdays=1')).json();
    expect(body.due).toBe('2026-02-14');
    expect(body.explanation.adjustedWorkdays).toEqual([{ day: '2026-02-14', name: '春节' }]);
  });

  it('names the field of bad input', async () => {
    for (const [query, field] of [
      ['from=2026-02-30&workdays=1', 'from'],
      ['from=20260930&workdays=1', 'from'],
      ['from=2026-09-30&workdays=366', 'workdays'],
      ['from=2026-09-30&workdays=-1', 'workdays'],
      ['from=2026-09-30&workdays=abc', 'workdays'],
      ['from=2026-09-30', 'workdays'],
    ]) {
      const res = await due(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        query,
      ).toContain(field);
    }
  });

  it('answers a provisional date (暂定) for a count that runs into 2027, not yet published', async () => {
    // Thursday 12/31 (1); 2027-01-01 元旦 (provisional), the weekend; Monday 1/4 (2).
    const res = await due('from=2026-12-30&workdays=2');
    expect(res.statusCode).toBe(200);
    expect(res.json().due).toBe('2027-01-04');
    expect(res.json().provisional).toEqual({
      years: [2027],
      note: '2027年节假日安排尚未公布，按《全国年节及纪念日放假办法》（2024年修订）推算（含周末补假，不含调休），公布后将重新计算',
    });
    expect(res.json().text).toContain('（暂定：');
    expect((await due('from=2026-03-02&workdays=20')).json().provisional).toBeNull();
  });

  it('answers 422 CALENDAR_YEAR_MISSING for a year neither entered nor under the 2024 rules', async () => {
    // chinese-days begins in 2004; 2003 followed other rules.
    const res = await due('from=2003-12-30&workdays=2');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(res.json().detail).toContain('2003年');
  });
});

describe('statutory clocks', () => {
  it('start, pause, resume, extend and stop move the due date and are audited', async () => {
    // Licence decision: 20 working days from Monday 2026-03-02 → 3/30; pause 3/4–3/9 (3/5, 3/6,
    // 3/9 not counted) → 4/2; extend 10 → 4/17 (over Qingming). See clock-due.test.ts.
    const started = await startClock(at('2026-03-02T09:00:00+08:00'), {
      subjectType: 'licence',
      subjectId: 'XK-2026-001',
      label: '行政许可决定',
      startedAt: new Date('2026-03-02T09:00:00+08:00'),
      limit: { value: 20, unit: 'workdays' },
    });
    expect(started.dueAt?.toISOString()).toBe('2026-03-30T15:59:59.000Z');
    const id = started.id;

    const paused = await pauseClock(at('2026-03-04T10:00:00+08:00'), id, { reason: '申请人补正材料' });
    expect(paused.status).toBe('paused');
    await expect(pauseClock(at('2026-03-05T10:00:00+08:00'), id, { reason: '再次' })).rejects.toMatchObject({
      code: 'CLOCK_ALREADY_PAUSED',
    });
    const resumed = await resumeClock(at('2026-03-09T15:00:00+08:00'), id);
    expect(resumed.status).toBe('running');
    expect(resumed.dueAt?.toISOString()).toBe('2026-04-02T15:59:59.000Z');
    const extended = await extendClock(at('2026-03-20T10:00:00+08:00'), id, {
      amount: 10,
      approvedBy: '王厅长',
      reason: '情况复杂',
    });
    expect(extended.dueAt?.toISOString()).toBe('2026-04-17T15:59:59.000Z');
    expect(extended.events.map((e) => e.kind)).toEqual(['pause', 'resume', 'extend']);

    expect((await findClocksBySubject(t.ctx(), 'licence', 'XK-2026-001')).map((c) => c.id)).toEqual([id]);
    const dueSoon = await listRunningClocksDueBefore(t.ctx(), new Date('2026-04-18T00:00:00+08:00'));
    expect(dueSoon.map((c) => c.id)).toContain(id);
    expect(
      (await listRunningClocksDueBefore(t.ctx(), new Date('2026-04-17T00:00:00+08:00'))).map((c) => c.id),
    ).not.toContain(id);

    const stopped = await stopClock(at('2026-04-10T10:00:00+08:00'), id, { reason: '已作出决定' });
    expect(stopped.status).toBe('stopped');
    expect(stopped.dueAt?.toISOString()).toBe('2026-04-17T15:59:59.000Z');
    await expect(resumeClock(t.ctx(), id)).rejects.toMatchObject({ code: 'CLOCK_STOPPED', status: 409 });

    const audited = await t.database.query<{ action: string }>(
      'select action from audit_log where object_id = $1 order by seq',
      [id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'clock.start',
      'clock.pause',
      'clock.resume',
      'clock.extend',
      'clock.stop',
    ]);
  });

  it('records a resume entered a day late at the time it happened', async () => {
    const { id } = await startClock(at('2026-03-02T09:00:00+08:00'), {
      subjectType: 'licence',
      subjectId: 'XK-2026-002',
      label: '行政许可决定',
      startedAt: new Date('2026-03-02T09:00:00+08:00'),
      limit: { value: 20, unit: 'workdays' },
    });
    await pauseClock(at('2026-03-04T10:00:00+08:00'), id, { reason: '申请人补正材料' });
    await expect(
      resumeClock(at('2026-03-10T09:00:00+08:00'), id, { at: new Date('2026-03-03T09:00:00+08:00') }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'at' }] });
    // Materials arrived Monday 3/9 at 15:00, entered Tuesday: 3/5, 3/6, 3/9 not counted → 4/2.
    const resumed = await resumeClock(at('2026-03-10T09:00:00+08:00'), id, {
      at: new Date('2026-03-09T15:00:00+08:00'),
    });
    expect(resumed.dueAt?.toISOString()).toBe('2026-04-02T15:59:59.000Z');
  });

  it('refuses input that names no limit, naming the field', async () => {
    await expect(
      startClock(t.ctx(), {
        subjectType: 'licence',
        subjectId: 'x',
        label: '许可',
        startedAt: new Date(),
        limit: { value: -1, unit: 'workdays' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'limit/value' }] });
    await expect(getClock(t.ctx(), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('the November warning', () => {
  it('warns from 1 November (Beijing) when next year is missing, not on 31 October', async () => {
    // chinese-days stops at 2026, so 2027 is missing in both checks below.
    t.clock.set('2026-10-31T23:59:00+08:00');
    let handler = await t.signIn('handler1');
    let status = (await handler.get('/api/calendar/status')).json();
    expect(status.currentYear).toBe(2026);
    expect(status.nextYearMissing).toBe(true);
    expect(status.warning).toBeNull();

    t.clock.set('2026-10-31T16:00:00Z'); // 2026-11-01 00:00 in Beijing
    handler = await t.signIn('handler1');
    status = (await handler.get('/api/calendar/status')).json();
    expect(status.nextYearMissing).toBe(true);
    expect(status.warning).toContain('2027年');
    expect(status.warning).toContain('暂按《全国年节及纪念日放假办法》（2024年修订）推算并标注“暂定”');
    expect(status.provisionalYears.map((y: { year: number }) => y.year)).toEqual([2027]);
    expect(status.years.map((y: { year: number }) => y.year)).toContain(2026);
  });

  it('takes the month from CALENDAR_WARN_FROM_MONTH, and always warns when this year is missing', async () => {
    const october = (iso: string, month: number): Ctx => {
      const ctx = at(iso);
      return {
        ...ctx,
        deps: { ...ctx.deps, config: { ...ctx.deps.config, CALENDAR_WARN_FROM_MONTH: month } },
      };
    };
    expect((await calendarStatus(october('2026-10-15T09:00:00+08:00', 10))).warning).toContain('2027年');
    expect((await calendarStatus(october('2026-10-15T09:00:00+08:00', 11))).warning).toBeNull();
    const in2029 = await calendarStatus(october('2029-03-01T09:00:00+08:00', 11));
    expect(in2029.currentYearMissing).toBe(true);
    expect(in2029.warning).toContain('本年度（2029年）');
  });
});

describe('editing the calendar (system:calendar)', () => {
  // Sunday 2026-12-20 + 20 working days runs into 2027: 12/21–12/25 (1–5), 12/28–12/31 (6–9).
  let year2027Clock: string;

  it('a clock whose due date needs 2027 gets a provisional date, 2027-01-18 (暂定)', async () => {
    // 2027 provisional: 1/1 元旦 (Friday), then 1/4–1/8 (10–14), 1/11–1/15 (15–19), Monday 1/18 (20).
    const clock = await startClock(at('2026-12-20T10:00:00+08:00'), {
      subjectType: 'disclosure',
      subjectId: 'GK-2026-088',
      label: '政府信息公开答复',
      startedAt: new Date('2026-12-20T10:00:00+08:00'),
      limit: { value: 20, unit: 'workdays' },
    });
    expect(clock.dueAt?.toISOString()).toBe('2027-01-18T15:59:59.000Z');
    expect(clock.dueError).toBeNull();
    expect(clock.provisional?.years).toEqual([2027]);
    year2027Clock = clock.id;
  });

  it('refuses anyone but the system administrator (403)', async () => {
    const handler = await t.signIn('handler1');
    const res = await handler.put('/api/calendar/years/2027', { days: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('names the bad field: a workday on a Wednesday, a day of another year, a duplicate, a long name', async () => {
    const sys = await t.signIn('sys');
    const res = await sys.put('/api/calendar/years/2027', {
      days: [
        { day: '2027-01-06', kind: 'workday', name: '元旦' }, // a Wednesday
        { day: '2026-12-31', kind: 'holiday', name: '元旦' },
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      ],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['days/0/kind', 'days/1/day', 'days/3/day']);
    expect(res.json().detail).toContain('星期三');

    const long = await sys.put('/api/calendar/years/2027', {
      days: [{ day: '2027-01-01', kind: 'holiday', name: `${'一二三四五六七八九十'.repeat(4)}一` }], // 41 characters; the limit is 40
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].field).toBe('days/0/name');
  });

  it('adding 2027 makes the provisional date official, and an edit moves it', async () => {
    const sys = await t.signIn('sys');
    // 2027 with New Year only (1/1 Fri – 1/3 Sun): after 12/31 (9): 1/4–1/8 (10–14),
    // 1/11–1/15 (15–19), Monday 1/18 (20).
    const newYear = [
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2027-01-02', kind: 'holiday', name: '元旦' },
      { day: '2027-01-03', kind: 'holiday', name: '元旦' },
    ];
    const added = await sys.put('/api/calendar/years/2027', { note: '测试安排', days: newYear });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ year: 2027, source: 'manual', clocksChanged: 1 });
    expect(added.json().clocksRecomputed).toBeGreaterThanOrEqual(1);

    const handler = await t.signIn('handler1');
    let clock = (await handler.get(`/api/clocks/${year2027Clock}`)).json();
    expect(clock.dueAt).toBe('2027-01-18T15:59:59.000Z');
    expect(clock.dueError).toBeNull();
    expect(clock.provisional).toBeNull();

    // Saturday 1/9 declared a working day: it becomes day 15, so day 20 is Friday 1/15.
    const edited = await sys.put('/api/calendar/years/2027', {
      days: [...newYear, { day: '2027-01-09', kind: 'workday', name: '元旦' }],
    });
    expect(edited.statusCode).toBe(200);
    clock = (await handler.get(`/api/clocks/${year2027Clock}`)).json();
    expect(clock.dueAt).toBe('2027-01-15T15:59:59.000Z');
    expect(clock.explanation.adjustedWorkdays).toEqual([{ day: '2027-01-09', name: '元旦' }]);
    expect(clock.explanation.text).toContain('届满日为2027年1月15日（星期五）');

    const audit = await auditRows('calendar.year.replace');
    expect(audit.at(-1)).toMatchObject({
      object_id: '2027',
      detail: expect.objectContaining({ clocksChanged: 1 }),
    });
    expect((await auditRows('calendar.year.add'))[0].detail).toMatchObject({ holidays: 3, workdays: 0 });
  });

  it('shows a clock only to staff holding some permission', async () => {
    const nobody = await t.signIn('nobody');
    expect((await nobody.get(`/api/clocks/${year2027Clock}`)).statusCode).toBe(403);
    const citizen = await t.signIn('citizen1');
    expect((await citizen.get(`/api/clocks/${year2027Clock}`)).statusCode).toBe(403);
    expect((await citizen.get('/api/calendar/status')).statusCode).toBe(403);
  });

  it('hides a clock whose subject the reader may not read: 404, as for an id never issued', async () => {
    const start = (subjectType: string, subjectId: string) =>
      startClock(at('2026-09-14T09:00:00+08:00'), {
        subjectType,
        subjectId,
        label: '答复期限',
        startedAt: new Date('2026-09-14T09:00:00+08:00'),
        limit: { value: 20, unit: 'workdays' },
      });
    const secret = (await start('disclosure', 'GK-2026-SECRET')).id;
    const unruled = (await start('licence', 'XK-2026-009')).id;
    const handler = await t.signIn('handler1');
    const never = await handler.get('/api/clocks/00000000-0000-4000-8000-000000000000');
    expect(never.statusCode).toBe(404);
    for (const id of [secret, unruled]) {
      const res = await handler.get(`/api/clocks/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        ...never.json(),
        instance: `/api/clocks/${id}`,
        requestId: res.json().requestId,
      });
    }
    // The administrator holds every platform permission but not openness:handle: no exception.
    const sys = await t.signIn('sys');
    expect((await sys.get(`/api/clocks/${year2027Clock}`)).statusCode).toBe(404);
    expect((await handler.get(`/api/clocks/${year2027Clock}`)).statusCode).toBe(200);
  });
});
