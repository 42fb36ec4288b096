// /openness/key-tasks as a visitor reads it: a published key task (完成造林 120 万亩) with a published
// sub-task of 郑州市 (8 万亩, 6 reached: 75%) whose accepted report carries a public note; an
// unpublished instruction; and what must never show — the instruction text, the problems field, the
// responsible person's name, an accepted report's internal text, a returned report's note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.table.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { seedDemoData } from '../../org/index.ts';
import { reviewReport, submitReport } from '../items/handle-item.ts';
import { at, makeItem } from '../supervision.factories.ts';
import type { ItemRow } from '../supervision.repository.ts';

let t: TestApp;
let parent: ItemRow;
let instruction: ItemRow;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-06-01T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
      const c = at(ctx, '2026-02-10T09:00:00+08:00');
      parent = await makeItem(c, {
        source: 'key_task',
        title: '2026年完成造林120万亩',
        sourceText: '内部分解意见：各市务必足额完成。',
        leadUnit: 'HNLY-ZLC',
        responsiblePerson: '王建国',
        target: { label: '完成造林', value: 120, unit: '万亩' },
        dueDay: '2026-12-31',
        published: true,
      });
      const sub = await makeItem(c, {
        source: 'key_task',
        parentId: parent.id,
        title: '郑州市完成造林8万亩',
        leadUnit: 'C410100',
        responsiblePerson: '李志强',
        target: { label: '完成造林', value: 8, unit: '万亩' },
        dueDay: '2026-12-31',
        published: true,
      });
      const r1 = await submitReport(at(ctx, '2026-05-10T09:00:00+08:00'), sub.id, {
        kind: 'progress',
        progress: '郑州市内部进展：苗木调运已完成。',
        reachedValue: 6,
        valueUnit: '万亩',
        problems: '部分县区资金到位慢。',
      });
      await reviewReport(at(ctx, '2026-05-12T09:00:00+08:00'), r1.id, {
        decision: 'accept',
        comment: '督查室内部意见：继续跟踪。',
        publicNote: '已完成造林6万亩，春季造林任务基本完成。',
      });
      const r2 = await submitReport(at(ctx, '2026-05-20T09:00:00+08:00'), sub.id, {
        kind: 'progress',
        progress: '补充报送的进展情况。',
        problems: '无',
      });
      await reviewReport(at(ctx, '2026-05-21T09:00:00+08:00'), r2.id, {
        decision: 'return',
        comment: '请补充分县数据后再报。',
      });
      instruction = await makeItem(c, {
        source: 'instruction',
        title: '关于林区道路修复的批示',
        sourceText: '请尽快修复。',
        leadUnit: 'HNLY-ZYC',
      });
    },
  });
});
afterAll(() => t.close());

const page = async () => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/openness/key-tasks',
    headers: { accept: 'text/html' },
  });
  expect(res.statusCode).toBe(200);
  return res.body;
};
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('the public key tasks page', () => {
  it('shows target, lead unit, status, percentage and the published notes, in the site shell', async () => {
    const html = await page();
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN"')).toBe(true);
    const m = main(html);
    expect(m).toContain('<h1>重点工作</h1>');
    expect(m).toContain('2026年完成造林120万亩');
    expect(m).toContain('完成造林120万亩');
    expect(m).toContain('<dd>造林绿化管理处</dd>');
    expect(m).toContain('<td data-label="牵头单位">郑州市林业局</td>');
    expect(m).toContain('郑州市完成造林8万亩');
    expect(m).toContain('75%');
    // The head task has no report of its own: its sub-task's 6 万亩 of its 120 万亩 is 5%.
    expect(m).toContain('5% <span class="task-bar"');
    expect(m).toContain('已公开的分解任务合计完成6万亩');
    expect(m).toContain('推进中');
    expect(m).toContain('已完成造林6万亩，春季造林任务基本完成。');
    expect(m).toContain('2026-05-12');
    expect(m).not.toContain('<script');
  });

  it('shows nothing internal: no instruction text, problems, comments, names or unpublished items', async () => {
    const m = main(await page());
    for (const hidden of [
      '内部分解意见',
      '资金到位慢',
      '督查室内部意见',
      '郑州市内部进展',
      '请补充分县数据',
      '补充报送的进展情况',
      '王建国',
      '李志强',
      '关于林区道路修复的批示',
      '督字',
    ])
      expect(m, hidden).not.toContain(hidden);
  });

  it('is reached from the 政务公开 home', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openness', headers: { accept: 'text/html' } });
    expect(res.body).toContain('href="/openness/key-tasks"');
  });
});

describe('publishing is a staff action of the office, audited', () => {
  it('a unit may not publish; the office publishes and withdraws, on the timeline and in the audit log', async () => {
    const unit = await t.signIn('ziyuan');
    const denied = await unit.post(`/api/supervision/items/${instruction.id}/publish`, { published: true });
    expect(denied.statusCode).toBe(403);

    const office = await t.signIn('office');
    const res = await office.post(`/api/supervision/items/${instruction.id}/publish`, { published: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().published).toBe(true);
    expect(res.json().timeline.at(-1).text).toBe('在网站“重点工作”栏目公开');
    expect(main(await page())).toContain('关于林区道路修复的批示');
    expect(main(await page())).not.toContain('请尽快修复');

    const again = await office.post(`/api/supervision/items/${instruction.id}/publish`, { published: true });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('published');

    const back = await office.post(`/api/supervision/items/${parent.id}/publish`, { published: false });
    expect(back.json().published).toBe(false);
    const m = main(await page());
    // The sub-task stays published: it now heads its own entry.
    expect(m).not.toContain('2026年完成造林120万亩');
    expect(m).toContain('<h2 id="task-');
    expect(m).toContain('郑州市完成造林8万亩');

    const audits = (await t.database.db.select().from(auditLog)).filter(
      (a) => a.action === 'supervision.item.publish',
    );
    expect(audits.map((a) => a.result).sort()).toEqual(['denied', 'failure', 'success', 'success']);
  });
});
