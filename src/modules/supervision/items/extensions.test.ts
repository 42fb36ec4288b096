// 延期申请 on the demo organisation (资源处 ziyuan leads; its 分管厅领导 is 副局长 李文涛, account
// deputy; 局长 周国栋, account director, is a leader but not in charge of 资源处) and the official
// 2026 calendar. Two ordinary instructions registered 2026-09-28 are due one calendar month later,
// 2026-10-28 (Wed). Computed by hand:
//  - asked on 10-20 to move to 2026-11-13 (Fri, a working day): approved, the clock's due day is
//    11-13 — the calendar-day clock had 30 days (09-28 → 10-28), now 46 (→ 11-13);
//  - asked on the due day 10-28 itself (still in time) for 2026-11-14, a Saturday: approved, the
//    clock moves it to the next working day, 2026-11-16 (Mon);
//  - asked on 10-29: too late.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.table.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { seedDemoData } from '../../org/index.ts';
import { at, makeItem } from '../supervision.factories.ts';
import type { ItemRow } from '../supervision.repository.ts';

let t: TestApp;
let first: ItemRow;
let second: ItemRow;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-28T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
  const office = at(await t.ctxAs('office'), '2026-09-28T09:00:00+08:00');
  const spec = { source: 'instruction' as const, sourceText: '请资源处抓紧办理。', leadUnit: 'HNLY-ZYC' };
  first = await makeItem(office, { ...spec, title: '关于林地保护利用规划修编的批示' });
  second = await makeItem(office, { ...spec, title: '关于天然林保护修复制度落实的批示' });
});
afterAll(() => t.close());

const url = (id: string, tail = '') => `/api/supervision/items/${id}/extensions${tail}`;

describe('an extension asked before the due date and approved by the leader in charge', () => {
  it('is refused without a reason or with a day not after the deadline, naming the field', async () => {
    expect(first.dueDay).toBe('2026-10-28');
    t.clock.set('2026-10-20T10:00:00+08:00');
    const unit = await t.signIn('ziyuan');
    const noReason = await unit.post(url(first.id), { toDay: '2026-11-13' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    const notLater = await unit.post(url(first.id), {
      reason: '需等待省政府批复规划调整。',
      toDay: '2026-10-28',
    });
    expect(notLater.statusCode).toBe(400);
    expect(notLater.json().errors[0].field).toBe('toDay');
    expect(notLater.json().detail).toContain('应晚于现在的办理期限（2026-10-28）');
    const item = (await unit.get(`/api/supervision/items/${first.id}`)).json();
    expect(item.extensions).toEqual([]);
    expect(item.may.requestExtension).toBe(true);
  });

  it('goes to the leader in charge; a second request waits for the first', async () => {
    const unit = await t.signIn('ziyuan');
    const res = await unit.post(url(first.id), {
      reason: '规划修编需等待省政府批复林地保护利用指标调整。',
      toDay: '2026-11-13',
    });
    expect(res.statusCode).toBe(200);
    const item = res.json();
    expect(item.extensions).toMatchObject([
      { status: 'pending', fromDay: '2026-10-28', toDay: '2026-11-13', unitName: '森林资源管理处' },
    ]);
    expect(item.dueDay).toBe('2026-10-28');
    expect(item.may.requestExtension).toBe(false);
    expect(item.timeline.at(-1)).toMatchObject({
      kind: 'extension.requested',
      text: '森林资源管理处申请延期至2026-11-13',
    });
    const again = await unit.post(url(first.id), { reason: '再次申请延期的理由。', toDay: '2026-11-20' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SUPERVISION_EXTENSION_PENDING');
    const deputy = await t.signIn('deputy');
    expect((await deputy.get(`/api/supervision/items/${first.id}`)).json().may.decideExtension).toBe(true);
  });

  it('may not be decided by a leader who is not in charge of the item, nor by the unit', async () => {
    const director = await t.signIn('director');
    const res = await director.post(url(first.id, '/decision'), { decision: 'approve' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SUPERVISION_NOT_LEADER');
    expect(res.json().detail).toContain('李文涛');
    const unit = await t.signIn('ziyuan');
    expect((await unit.post(url(first.id, '/decision'), { decision: 'approve' })).statusCode).toBe(403);
    const denied = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'supervision.extension.decide'), eq(auditLog.result, 'denied')));
    expect(denied.length).toBe(2);
    const item = (await unit.get(`/api/supervision/items/${first.id}`)).json();
    expect(item.dueDay).toBe('2026-10-28');
    expect(item.extensions[0].status).toBe('pending');
  });

  it('approved, moves the deadline clock to the day asked for, on the timeline and in the circular', async () => {
    const deputy = await t.signIn('deputy');
    const res = await deputy.post(url(first.id, '/decision'), { decision: 'approve', comment: '同意。' });
    expect(res.statusCode).toBe(200);
    const item = res.json();
    expect(item.dueDay).toBe('2026-11-13');
    expect(item.clock.dueDay).toBe('2026-11-13');
    expect(item.extensionCount).toBe(1);
    expect(item.dueRule).toContain('；2026-10-20经分管厅领导李文涛批准延期至2026-11-13');
    expect(item.extensions[0]).toMatchObject({
      status: 'approved',
      newDueDay: '2026-11-13',
      decidedByName: '李文涛',
    });
    expect(item.timeline.at(-1)).toMatchObject({
      kind: 'extension.approved',
      text: '分管厅领导李文涛同意延期',
      note: '办理期限由2026-10-28延至2026-11-13。意见：同意。',
    });
    // The platform's explanation of the date names the extension (为什么是这一天).
    expect(item.clock.explanation).toContain('李文涛');

    const office = await t.signIn('office');
    const c = (await office.get('/api/supervision/circular?from=2026-10-01&to=2026-12-31')).json();
    expect(c.total).toMatchObject({ due: 2, extended: 1 });
    expect(c.byUnit.find((u: { label: string }) => u.label === '森林资源管理处').extended).toBe(1);
  });
});

describe('an extension asked on the due day, late, or refused', () => {
  it('on the due day itself is still in time; refused, the deadline stays and the reason is required', async () => {
    t.clock.set('2026-10-28T16:00:00+08:00');
    const unit = await t.signIn('ziyuan');
    const asked = await unit.post(url(second.id), { reason: '需补充外业调查数据。', toDay: '2026-11-14' });
    expect(asked.statusCode).toBe(200);
    const deputy = await t.signIn('deputy');
    const bare = await deputy.post(url(second.id, '/decision'), { decision: 'refuse' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('comment');
    const refused = await deputy.post(url(second.id, '/decision'), {
      decision: 'refuse',
      comment: '请按原期限办结。',
    });
    expect(refused.statusCode).toBe(200);
    const item = refused.json();
    expect(item.dueDay).toBe('2026-10-28');
    expect(item.extensionCount).toBe(0);
    expect(item.extensions[0]).toMatchObject({ status: 'refused', decisionComment: '请按原期限办结。' });
    expect(item.timeline.at(-1)).toMatchObject({
      kind: 'extension.refused',
      text: '分管厅领导李文涛不同意延期',
    });
  });

  it('to a Saturday, approved, lands on the next working day', async () => {
    const unit = await t.signIn('ziyuan');
    expect(
      (await unit.post(url(second.id), { reason: '外业调查受天气影响推迟。', toDay: '2026-11-14' }))
        .statusCode,
    ).toBe(200);
    const deputy = await t.signIn('deputy');
    const item = (await deputy.post(url(second.id, '/decision'), { decision: 'approve' })).json();
    expect(item.dueDay).toBe('2026-11-16');
    expect(item.extensions[0]).toMatchObject({ toDay: '2026-11-14', newDueDay: '2026-11-16' });
    expect(item.timeline.at(-1).note).toContain('顺延至下一个工作日');
  });

  it('after the due date is refused, audited, and nothing is recorded', async () => {
    t.clock.set('2026-11-17T09:00:00+08:00');
    const unit = await t.signIn('ziyuan');
    const res = await unit.post(url(second.id), { reason: '仍需补充调查数据。', toDay: '2026-11-30' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('SUPERVISION_EXTENSION_LATE');
    expect(res.json().errors[0].field).toBe('dueDay');
    expect(res.json().detail).toContain('2026-11-16');
    const item = (await unit.get(`/api/supervision/items/${second.id}`)).json();
    expect(item.extensions.length).toBe(2);
    expect(item.may.requestExtension).toBe(false);
    const failed = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'supervision.extension.request'), eq(auditLog.result, 'failure')));
    expect(failed.some((a) => (a.detail as { code?: string })?.code === 'SUPERVISION_EXTENSION_LATE')).toBe(
      true,
    );
  });
});
