// Supervision items as the office, the units and the leaders meet them, on the demo organisation
// (局办公室 office, 资源处 ziyuan and its head chuzhang, 郑州市 zhengzhou, 副局长 李文涛 deputy in
// charge of 资源处, 局长 周国栋 director) and the official 2026 calendar (中秋 Sep 25–27, 国庆节
// Oct 1–7, 调休 Sep 20 and Oct 10 worked; 春节 Feb 15–23, Feb 14 and Feb 28 worked).
//
// Deadlines, computed by hand:
//  - "1个月" counts calendar months: 2026-09-28 → 2026-10-28 (Wed); 2026-01-31 → 2026-02-28 (the
//    month's last day; a Saturday worked in 2026); 2026-09-01 → 10-01, a holiday → 2026-10-08.
//  - urgent "7天": 2026-09-28 + 7 = 10-05, a holiday → 2026-10-08.
//  - "20个工作日" from 2026-09-28: Sep 29, 30, Oct 8, 9, 10 (worked Saturday), 12–16, 19–23,
//    26–30 → the 20th is 2026-10-30.
//  - The ladder on 10-28: 到期前提醒 3 working days before (10-23), 到期提醒 10-28, 催办 1 working
//    day over (10-29), 督办 3 over (10-29, 10-30, 11-02 → 11-02).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.table.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { notifications } from '../../../platform/notify/notify.table.ts';
import { sweepReminders } from '../../../platform/notify/reminders.service.ts';
import { updateSetting } from '../../../platform/settings/settings.service.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { seedDemoData } from '../../org/index.ts';
import { at, makeItem, unitIdOf } from '../supervision.factories.ts';
import { findItem } from '../supervision.repository.ts';
import { ITEM_SUBJECT } from './item-common.ts';
import { listItems } from './read-items.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-28T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
});
afterAll(() => t.close());

const office = () => t.ctxAs('office');

describe('deadline defaults on the platform clock', () => {
  it('an ordinary instruction registered on 2026-09-28 is due one calendar month later, 2026-10-28', async () => {
    const item = await makeItem(await office(), {
      source: 'instruction',
      title: '关于国庆期间森林防火值班的批示',
      sourceText: '请防火办做好节日值班。',
      leadUnit: 'HNLY-ZYC',
    });
    expect(item.dueDay).toBe('2026-10-28');
    expect(item.dueRule).toContain('按日历月计算');
    expect(item.number).toMatch(/^督字〔2026〕\d+号$/);
  });

  it('a month from January 31 ends on the last day of February (2026-02-28, a worked Saturday)', async () => {
    const item = await makeItem(at(await office(), '2026-01-31T10:00:00+08:00'), {
      source: 'meeting_decision',
      title: '局长办公会议定：春节前安全生产大检查',
      leadUnit: 'HNLY-ZYC',
    });
    expect(item.dueDay).toBe('2026-02-28');
  });

  it('a month ending in the National Day holiday moves to the next working day, 2026-10-08', async () => {
    const item = await makeItem(at(await office(), '2026-09-01T10:00:00+08:00'), {
      source: 'speech',
      title: '落实全省林业工作会议讲话精神',
      leadUnit: 'HNLY-ZYC',
    });
    expect(item.dueDay).toBe('2026-10-08');
  });

  it('urgent items default to 7 calendar days; 2026-10-05 is a holiday, so 2026-10-08', async () => {
    const item = await makeItem(await office(), {
      source: 'higher_supervision',
      title: '国家林草局督查件：节前林地问题核查',
      urgency: 'urgent',
      leadUnit: 'HNLY-ZYC',
    });
    expect(item.dueDay).toBe('2026-10-08');
  });

  it('a working-day setting counts the calendar: 20 working days from 2026-09-28 is 2026-10-30', async () => {
    await updateSetting(t.ctx(), 'supervision.ordinaryLimit', '20个工作日');
    try {
      const item = await makeItem(await office(), {
        source: 'superior_doc',
        title: '省政府办公厅通知：林业统计年报报送',
        leadUnit: 'HNLY-ZYC',
      });
      expect(item.dueDay).toBe('2026-10-30');
    } finally {
      await updateSetting(t.ctx(), 'supervision.ordinaryLimit', '1个月');
    }
  });

  it('the leader’s own date wins; a date before registration is refused, audited, and nothing is created', async () => {
    const client = await t.signIn('office');
    const lead = await unitIdOf(t.ctx(), 'HNLY-ZYC');
    const before = await listItems(t.ctx(), {});
    const bad = await client.post('/api/supervision/items', {
      source: 'instruction',
      title: '关于林区道路修复的批示',
      sourceText: '请尽快修复。',
      leadUnitId: lead,
      dueDay: '2026-09-20',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('dueDay');
    expect(bad.json().detail).toContain('应晚于立项日期');
    expect((await listItems(t.ctx(), {})).total).toBe(before.total);
    const refused = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'supervision.item.register'), eq(auditLog.result, 'failure')));
    expect(refused.length).toBeGreaterThan(0);

    const good = await client.post('/api/supervision/items', {
      source: 'instruction',
      title: '关于林区道路修复的批示',
      sourceText: '请尽快修复。',
      leadUnitId: lead,
      dueDay: '2026-10-15',
    });
    expect(good.statusCode).toBe(201);
    expect(good.json().item.dueDay).toBe('2026-10-15');
  });
});

describe('one item from registration to the result back to the leader', () => {
  let itemId = '';

  it('the office registers an instruction and assigns it; a second with the same document is flagged', async () => {
    const client = await t.signIn('office');
    const vocab = (await client.get('/api/supervision/vocab')).json();
    const director = vocab.leaders.find((l: { name: string }) => l.name === '周国栋');
    const res = await client.post('/api/supervision/items', {
      source: 'instruction',
      title: '关于加强古树名木保护管理的批示',
      sourceDoc: '周国栋同志批示〔2026〕12号',
      sourceText: '请资源处牵头，摸清底数，年内完成挂牌保护。',
      instructingLeaderId: director.id,
      leadUnitId: await unitIdOf(t.ctx(), 'HNLY-ZYC'),
      coUnitIds: [await unitIdOf(t.ctx(), 'HNLY-YBC')],
      target: { label: '古树挂牌', value: 500, unit: '株' },
    });
    expect(res.statusCode).toBe(201);
    const item = res.json().item;
    itemId = item.id;
    expect(item.status).toBe('handling');
    expect(item.leaderInChargeName).toBe('李文涛');
    expect(item.leadUnitName).toBe('森林资源管理处');
    expect(item.units.map((u: { role: string }) => u.role)).toEqual(['lead', 'co']);
    expect(res.json().duplicates).toEqual([]);

    const again = await client.post('/api/supervision/items', {
      source: 'instruction',
      title: '古树名木保护批示落实',
      sourceDoc: '周国栋同志批示〔2026〕12号',
      sourceText: '同上。',
    });
    expect(again.json().duplicates.map((d: { number: string }) => d.number)).toEqual([item.number]);
  });

  it('a report without the problems field, a percentage over 100 or a value in the wrong unit is refused', async () => {
    const unit = await t.signIn('ziyuan');
    const url = `/api/supervision/items/${itemId}/reports`;
    const base = { kind: 'progress', progress: '已完成全省古树名木普查数据汇总。' };
    const noProblems = await unit.post(url, base);
    expect(noProblems.statusCode).toBe(400);
    expect(noProblems.json().errors[0].field).toBe('problems');
    expect(noProblems.json().detail).toContain('无');
    const over = await unit.post(url, { ...base, problems: '无', percent: 120 });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0].field).toBe('percent');
    const wrongUnit = await unit.post(url, { ...base, problems: '无', reachedValue: 3, valueUnit: '亩' });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().errors[0].field).toBe('valueUnit');
    expect(wrongUnit.json().detail).toContain('株');
    const item = (await unit.get(`/api/supervision/items/${itemId}`)).json();
    expect(item.reports).toEqual([]);
  });

  it('a unit outside the item may not report, nor read it', async () => {
    const city = await t.signIn('zhengzhou');
    const res = await city.post(`/api/supervision/items/${itemId}/reports`, {
      kind: 'progress',
      progress: '已完成。已完成。',
      problems: '无',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SUPERVISION_NOT_ON_ITEM');
    expect((await city.get(`/api/supervision/items/${itemId}`)).statusCode).toBe(404);
    const list = (await city.get('/api/supervision/items')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(itemId);
  });

  it('the co-unit is refused the lead unit’s progress report, with the reason', async () => {
    const row = await findItem(t.database.db, itemId);
    const ctx = {
      ...t.ctx(),
      actor: { ...(await t.ctxAs('ziyuan')).actor, unitId: await unitIdOf(t.ctx(), 'HNLY-YBC') },
    };
    const { submitReport } = await import('./handle-item.ts');
    await expect(
      submitReport(ctx, itemId, { kind: 'progress', progress: '协办情况说明如下。', problems: '无' }),
    ).rejects.toMatchObject({ code: 'SUPERVISION_NOT_ON_ITEM' });
    expect(row?.status).toBe('handling');
  });

  it('the lead unit reports progress against the target; the office returns it, and it is counted', async () => {
    const unit = await t.signIn('ziyuan');
    const res = await unit.post(`/api/supervision/items/${itemId}/reports`, {
      kind: 'progress',
      progress: '已完成古树普查和建档。',
      reachedValue: 200,
      valueUnit: '株',
      problems: '部分古树位于私人宅院，挂牌需与户主协商。',
      nextSteps: '10月中旬前完成其余挂牌。',
    });
    expect(res.statusCode).toBe(200);
    const item = res.json();
    // 200 of 500 株 = 40%.
    expect(item.percent).toBe(40);
    const report = item.reports[0];
    const officeClient = await t.signIn('office');
    const noComment = await officeClient.post(`/api/supervision/reports/${report.id}/review`, {
      decision: 'return',
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().errors[0].field).toBe('comment');
    const back = await officeClient.post(`/api/supervision/reports/${report.id}/review`, {
      decision: 'return',
      comment: '请补充挂牌进度表和照片。',
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().returnedCount).toBe(1);
    expect(back.json().reports[0].statusLabel).toBe('已退回');
  });

  it('closure needs a result; the office reviews it and only the leader in charge signs off', async () => {
    const unit = await t.signIn('ziyuan');
    const url = `/api/supervision/items/${itemId}/reports`;
    const noResult = await unit.post(url, {
      kind: 'completion',
      progress: '全部古树已挂牌保护。',
      problems: '无',
      percent: 100,
    });
    expect(noResult.statusCode).toBe(400);
    expect(noResult.json().errors[0].field).toBe('result');
    const proposed = await unit.post(url, {
      kind: 'completion',
      progress: '全部古树已挂牌保护。',
      problems: '无',
      percent: 100,
      result: '全省500株古树名木全部完成挂牌，建立一树一档。',
    });
    expect(proposed.json().status).toBe('closure_review');
    const officeClient = await t.signIn('office');
    const accepted = await officeClient.post(
      `/api/supervision/reports/${proposed.json().reports[0].id}/review`,
      { decision: 'accept' },
    );
    expect(accepted.json().status).toBe('signoff');
    expect((await officeClient.post(`/api/supervision/items/${itemId}/signoff`, {})).statusCode).toBe(403);
    const director = await t.signIn('director');
    const notInCharge = await director.post(`/api/supervision/items/${itemId}/signoff`, {});
    expect(notInCharge.statusCode).toBe(403);
    expect(notInCharge.json().detail).toContain('李文涛');
    const deputy = await t.signIn('deputy');
    const signed = await deputy.post(`/api/supervision/items/${itemId}/signoff`, { comment: '同意办结。' });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().status).toBe('closed');
    expect(signed.json().closedOnTime).toBe(true);
  });

  it('the instructing leader gets the result in the inbox and sees it on the item', async () => {
    const director = await t.signIn('director');
    const me = (await director.get('/api/me')).json();
    const inbox = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, me.id ?? me.account?.id));
    const msg = inbox.find((n) => n.title.startsWith('办理结果'));
    expect(msg?.body).toContain('500株古树名木全部完成挂牌');
    const item = (await director.get(`/api/supervision/items/${itemId}`)).json();
    expect(item.result).toContain('500株');
    expect(item.timeline.map((e: { text: string }) => e.text)).toContain('办理结果已报送批示领导周国栋');
  });

  it('a closed item is reopened with a reason, with a new deadline', async () => {
    const officeClient = await t.signIn('office');
    const noReason = await officeClient.post(`/api/supervision/items/${itemId}/reopen`, {});
    expect(noReason.statusCode).toBe(400);
    const res = await officeClient.post(`/api/supervision/items/${itemId}/reopen`, {
      reason: '群众反映部分挂牌信息有误，需核实更正。',
    });
    expect(res.json().status).toBe('handling');
    expect(res.json().reopenedCount).toBe(1);
    expect(res.json().dueDay).toBe('2026-10-28');
  });
});

describe('escalation on the kernel ladder, with a controlled clock', () => {
  it('reminds before and on the due day, then 催办 to the unit head and 督办 to the leader in charge', async () => {
    const item = await makeItem(at(await office(), '2026-09-28T09:30:00+08:00'), {
      source: 'instruction',
      title: '关于林木采伐许可证核查的批示',
      sourceText: '请资源处核查。',
      leadUnit: 'HNLY-ZYC',
    });
    expect(item.dueDay).toBe('2026-10-28');
    const kinds = async () =>
      (await listEvents(t.ctx(), { type: ITEM_SUBJECT, id: item.id }))
        .map((e) => e.kind)
        .filter((k) => k.startsWith('escalation.'));
    const sweepAt = async (iso: string) => sweepReminders({ ...t.ctx(), now: new Date(iso) });

    await sweepAt('2026-10-22T12:00:00+08:00');
    expect(await kinds()).toEqual([]);
    await sweepAt('2026-10-23T12:00:00+08:00');
    expect(await kinds()).toEqual(['escalation.到期前提醒']);
    await sweepAt('2026-10-28T12:00:00+08:00');
    expect(await kinds()).toEqual(['escalation.到期前提醒', 'escalation.到期提醒']);
    await sweepAt('2026-10-29T12:00:00+08:00');
    expect((await findItem(t.database.db, item.id))?.escalation).toBe(1);
    await sweepAt('2026-10-30T12:00:00+08:00');
    expect((await findItem(t.database.db, item.id))?.escalation).toBe(1);
    await sweepAt('2026-11-02T12:00:00+08:00');
    await sweepAt('2026-11-02T13:00:00+08:00');
    expect(await kinds()).toEqual([
      'escalation.到期前提醒',
      'escalation.到期提醒',
      'escalation.催办',
      'escalation.督办',
    ]);
    expect((await findItem(t.database.db, item.id))?.escalation).toBe(2);

    // The 督办 went to the leader in charge of 资源处 (李文涛, the deputy account).
    const deputy = await t.ctxAs('deputy');
    const inbox = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, deputy.actor.id ?? ''));
    expect(inbox.some((n) => n.title === '督办：' + `${item.number} ${item.title}`)).toBe(true);

    // On the board it is red, and "已督办".
    const board = await listItems(
      { ...t.ctx(), now: new Date('2026-11-02T14:00:00+08:00') },
      { q: item.number },
    );
    expect(board.items[0]).toMatchObject({ light: 'red', escalationLabel: '已督办' });

    // The colour filter agrees with the colour shown: due 2026-10-28, reminded from 10-23 on.
    const shown = async (at: string, light: string) =>
      (await listItems({ ...t.ctx(), now: new Date(at) }, { q: item.number, light })).items.length;
    expect(await shown('2026-11-02T14:00:00+08:00', 'red')).toBe(1);
    expect(await shown('2026-11-02T14:00:00+08:00', 'yellow')).toBe(0);
    expect(await shown('2026-10-26T09:00:00+08:00', 'yellow')).toBe(1);
    expect(await shown('2026-10-26T09:00:00+08:00', 'red')).toBe(0);
    expect(await shown('2026-10-12T09:00:00+08:00', 'green')).toBe(1);
    expect(await shown('2026-10-12T09:00:00+08:00', 'yellow')).toBe(0);
  });
});
