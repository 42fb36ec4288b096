// The emergency report clock (突发事件信息报送时限, 4 hours by default, a setting): a report that becomes
// known on Friday 2026-12-04 at 22:30 is due Saturday 12/5 at 02:30 — through the night and into the
// weekend, no calendar involved. Its ladder reaches the handler and the unit head at 01:30 and 02:30
// and the leader in charge and the office at 03:30, each once, each step on the report's timeline.
// The administrator shortens the limit to 2 hours: a report started after that is due 2 hours on;
// the one running keeps its date.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { assignCharges, createPerson, createUnit } from '../../modules/org/org.factories.ts';
import { createAccount, DEMO_TOTP_SECRET } from '../access/access.factories.ts';
import { seedCalendarFromPackage } from '../calendar/calendar.service.ts';
import { registerClockSubject } from '../calendar/clock-subjects.ts';
import { getClock, startClock } from '../calendar/clocks.service.ts';
import type { Ctx } from '../context.ts';
import { runJobNow } from '../jobs/jobs.ts';
import { listEvents } from '../timeline/index.ts';
import { EMERGENCY_REPORT_CLOCK } from './emergency.ts';
import { kindLimit } from './escalation.ts';
import { notifications } from './notify.table.ts';

let t: TestApp;
const unit: Record<string, string> = {};
const acct: Record<string, string> = {};
// Two reports (the ids of their rows in the module that takes them).
const FIRE = '5d1c0a2e-7b3f-4c11-8e20-000000000001';
const PEST = '5d1c0a2e-7b3f-4c11-8e20-000000000002';

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-04T22:30:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      const root = await createUnit(ctx, { code: 'HNLY', name: '河南省林业局', type: 'department' });
      const division = await createUnit(ctx, {
        code: 'HNLY-FHC',
        name: '森林防火处',
        type: 'division',
        parent: root,
      });
      const office = await createUnit(ctx, {
        code: 'HNLY-BGS',
        name: '办公室',
        type: 'division',
        parent: root,
      });
      Object.assign(unit, { division: division.id });
      const head = await createPerson(ctx, { unitId: division.id, name: '王处长', title: '处长' });
      const leader = await createPerson(ctx, {
        unitId: root.id,
        name: '李文涛',
        title: '副厅长',
        leaderRank: 'deputy',
      });
      await assignCharges(ctx, leader.id, [division.id]);
      const add = async (username: string, spec: { unitId?: string; personId?: string }) => {
        acct[username] = (await createAccount(ctx.db, ctx.deps.cipher, { username, ...spec }, ctx.now)).id;
      };
      await add('duty', { unitId: division.id });
      await add('head', { personId: head.id });
      await add('leader', { personId: leader.id });
      await add('office', { unitId: office.id });
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'sys', roleCodes: ['sysadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
    },
  });
  registerClockSubject({ type: 'emergency_report', link: (id) => `/admin/reports/${id}` });
});
afterAll(() => t.close());

const startReport = async (ctx: Ctx, id: string, label: string) =>
  startClock(ctx, {
    subjectType: 'emergency_report',
    subjectId: id,
    kind: EMERGENCY_REPORT_CLOCK.kind,
    label,
    startedAt: ctx.now,
    limit: await kindLimit(ctx, EMERGENCY_REPORT_CLOCK),
    responsibleAccountId: acct.duty,
    responsibleUnitId: unit.division,
  });

/** "head 提醒" for each notice of the report, sorted. */
async function sent(label: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ accountId: notifications.accountId, title: notifications.title })
    .from(notifications)
    .where(inArray(notifications.accountId, Object.values(acct)));
  const name = (id: string) => Object.entries(acct).find(([, v]) => v === id)?.[0];
  return rows
    .filter((r) => r.title.includes(label))
    .map((r) => `${name(r.accountId)} ${r.title.split('：')[0]}`)
    .sort();
}

const sweepAt = async (iso: string) => {
  t.clock.set(iso);
  await runJobNow(t.database, t.deps, 'deadline-sweeper');
};

describe('the 4-hour emergency report, across a night', () => {
  it('is due 4 clock hours on, 02:30 on Saturday, and final (no 暂定: hours need no calendar)', async () => {
    const clock = await startReport(t.ctx(), FIRE, '突发事件信息报送：新郑市林区火情');
    expect(clock.limit).toEqual({ value: 4, unit: 'hours' });
    expect(clock.dueAt?.toISOString()).toBe('2026-12-04T18:30:00.000Z'); // 12/5 02:30 Beijing
    expect(clock.provisional).toBeNull();
    const zhou = await getClock(t.ctx(), clock.id);
    expect(zhou.explanation?.text).toContain('2026年12月5日 02:30');
  });

  it('reminds at 01:30, chases at 02:30 and escalates at 03:30, to the roles of the ladder, once each', async () => {
    const label = '新郑市林区火情';
    await sweepAt('2026-12-05T01:29:00+08:00');
    expect(await sent(label)).toEqual([]);
    await sweepAt('2026-12-05T01:30:00+08:00');
    await sweepAt('2026-12-05T01:45:00+08:00');
    expect(await sent(label)).toEqual(['duty 提醒', 'head 提醒']);
    await sweepAt('2026-12-05T02:30:00+08:00');
    await sweepAt('2026-12-05T03:29:00+08:00');
    expect(await sent(label)).toEqual(['duty 催报', 'duty 提醒', 'head 催报', 'head 提醒']);
    await sweepAt('2026-12-05T03:30:00+08:00');
    await sweepAt('2026-12-05T08:00:00+08:00');
    expect(await sent(label)).toEqual([
      'duty 催报',
      'duty 提醒',
      'head 催报',
      'head 提醒',
      'leader 督报',
      'office 督报',
    ]);
    const [supervise] = await t.database.db
      .select({ body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(inArray(notifications.accountId, [acct.leader]));
    expect(supervise).toEqual({
      body: '「突发事件信息报送：新郑市林区火情」已于2026年12月5日 02:30到期，尚未办结（超期1小时）。请督促承办单位尽快办结。',
      link: `/admin/reports/${FIRE}`,
    });
  });

  it("writes each step on the report's own timeline, staff-only, by the system", async () => {
    const events = await listEvents(t.ctx(), { type: 'emergency_report', id: FIRE });
    expect(events.map((e) => [e.kind, e.visibility, e.actorName, e.at.toISOString()])).toEqual([
      ['escalation.提醒', 'staff', '系统', '2026-12-04T17:30:00.000Z'],
      ['escalation.催报', 'staff', '系统', '2026-12-04T18:30:00.000Z'],
      ['escalation.督报', 'staff', '系统', '2026-12-04T19:30:00.000Z'],
    ]);
    expect(events[2].staffNote).toBe(
      '向分管领导、办公室发出督报：「突发事件信息报送：新郑市林区火情」已于2026年12月5日 02:30到期，尚未办结（超期1小时）。请督促承办单位尽快办结。',
    );
    expect(events[0].data).toMatchObject({ step: '提醒', to: ['handler', 'unitHead'] });
  });
});

describe('the limit is a setting', () => {
  it('refuses 0 hours, naming the setting, and changes nothing', async () => {
    const sys = await t.signIn('sys');
    const res = await sys.put('/api/settings/notify.emergencyReport.limit', { value: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'value', message: '突发事件信息报送时限（小时）：不得小于 1' },
    ]);
    expect(await kindLimit(t.ctx(), EMERGENCY_REPORT_CLOCK)).toEqual({ value: 4, unit: 'hours' });
  });

  it('2 hours: a report started at 23:10 is due 01:10; the running one keeps its date', async () => {
    const sys = await t.signIn('sys');
    const res = await sys.put('/api/settings/notify.emergencyReport.limit', { value: 2 });
    expect(res.statusCode).toBe(200);
    t.clock.set('2026-12-05T23:10:00+08:00');
    const clock = await startReport(t.ctx(), PEST, '突发事件信息报送：美国白蛾疫情');
    expect(clock.limit).toEqual({ value: 2, unit: 'hours' });
    expect(clock.dueAt?.toISOString()).toBe('2026-12-05T17:10:00.000Z'); // 12/6 01:10 Beijing
    const fire = (await listEvents(t.ctx(), { type: 'emergency_report', id: FIRE })).length;
    await sweepAt('2026-12-06T00:10:00+08:00');
    expect(await sent('美国白蛾疫情')).toEqual(['duty 提醒', 'head 提醒']);
    expect((await listEvents(t.ctx(), { type: 'emergency_report', id: FIRE })).length).toBe(fire);
  });
});
