// The quarterly circular on a small fixture, every figure computed by hand. Five items, each with
// the leader's own deadline, registered 2026-07-01:
//   A 资源处 (李文涛) due 07-20, closed 07-15 → on time
//   B 资源处 (李文涛) due 08-10, closed 08-20 → late
//   C 保护处 (张志远) due 09-10, still open on 10-09 → overdue, named
//   D 保护处 (张志远) due 09-18, a progress report returned once, closed 09-18 → on time
//   E 资源处 due 10-20 → outside Q3, not counted
// Q3 2026 (07-01 … 09-30): due 4, on time 2 (A, D), late 1 (B), overdue 1 (C), returned 1.
// 办结率 = 2 ÷ 4 = 50.0%; 按期办结率 = 2 ÷ 3 = 66.7%. 资源处 2 due, 1 on time (50%); 保护处 2 due,
// 1 on time, 1 overdue (50%).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { docxParagraphs, ooxmlParts } from '../../../platform/documents/test-support/read-back.ts';
import { seedDemoData } from '../../org/index.ts';
import { reviewReport, submitReport } from '../items/handle-item.ts';
import { at, closeItem, makeItem, PROGRESS } from '../supervision.factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-10-09T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
      const reg = at(ctx, '2026-07-01T09:00:00+08:00');
      const item = (title: string, unit: string, dueDay: string) =>
        makeItem(reg, { source: 'instruction', title, sourceText: '请办理。', leadUnit: unit, dueDay });
      const a = await item('事项甲：林地清查', 'HNLY-ZYC', '2026-07-20');
      const b = await item('事项乙：采伐检查', 'HNLY-ZYC', '2026-08-10');
      await item('事项丙：疫源疫病监测', 'HNLY-YBC', '2026-09-10');
      const d = await item('事项丁：候鸟保护', 'HNLY-YBC', '2026-09-18');
      await makeItem(reg, {
        source: 'meeting_decision',
        title: '事项戊：四季度工作',
        leadUnit: 'HNLY-ZYC',
        dueDay: '2026-10-20',
      });
      await closeItem(at(ctx, '2026-07-15T10:00:00+08:00'), a);
      await closeItem(at(ctx, '2026-08-20T10:00:00+08:00'), b);
      const r = await submitReport(at(ctx, '2026-09-01T10:00:00+08:00'), d.id, PROGRESS);
      await reviewReport(at(ctx, '2026-09-02T10:00:00+08:00'), r.id, {
        decision: 'return',
        comment: '请补充监测数据。',
      });
      await closeItem(at(ctx, '2026-09-18T10:00:00+08:00'), d);
    },
  });
});
afterAll(() => t.close());

it('counts the quarter by leader, unit and source, with the rates and the overdue item named', async () => {
  const office = await t.signIn('office');
  const res = await office.get('/api/supervision/circular?from=2026-07-01&to=2026-09-30');
  expect(res.statusCode).toBe(200);
  const c = res.json();
  expect(c.total).toMatchObject({ due: 4, closedOnTime: 2, closedLate: 1, overdue: 1, returned: 1 });
  expect(c.total.closureRate).toBe(0.5);
  expect(c.total.onTimeRate).toBe(0.667);
  expect(c.formulas.closureRate).toContain('按期办结件数 ÷ 应办结件数');
  const unit = Object.fromEntries(c.byUnit.map((u: { label: string }) => [u.label, u]));
  expect(unit['森林资源管理处']).toMatchObject({
    due: 2,
    closedOnTime: 1,
    closedLate: 1,
    overdue: 0,
    closureRate: 0.5,
  });
  expect(unit['野生动植物保护处']).toMatchObject({
    due: 2,
    closedOnTime: 1,
    overdue: 1,
    returned: 1,
    closureRate: 0.5,
  });
  const leader = Object.fromEntries(c.byLeader.map((u: { label: string }) => [u.label, u]));
  expect(leader['李文涛'].due).toBe(2);
  expect(leader['张志远'].overdue).toBe(1);
  expect(c.bySource.map((s: { label: string; due: number }) => [s.label, s.due])).toEqual([['领导批示', 4]]);
  expect(c.overdue.map((o: { title: string }) => o.title)).toEqual(['事项丙：疫源疫病监测']);
});

it('defaults to the current quarter, and exports the same figures as .docx and .xlsx', async () => {
  const office = await t.signIn('office');
  // 2026-10-09 is in Q4: only 事项戊 is due in it, still in time.
  const q4 = (await office.get('/api/supervision/circular')).json();
  expect([q4.from, q4.to]).toEqual(['2026-10-01', '2026-12-31']);
  expect(q4.total).toMatchObject({ due: 1, open: 1, overdue: 0 });
  expect(q4.total.closureRate).toBe(0);

  const docx = await office.get('/api/supervision/circular.docx?from=2026-07-01&to=2026-09-30');
  expect(docx.statusCode).toBe(200);
  const text = docxParagraphs(ooxmlParts(docx.rawPayload)['word/document.xml']).join('\n');
  expect(text).toContain('关于2026-07-01至2026-09-30督办事项办理情况的通报');
  expect(text).toContain('共4件，按期办结2件，逾期办结1件，超期未办结1件');
  expect(text).toContain('办结率50.0%，按期办结率66.7%');
  expect(text).toContain('事项丙：疫源疫病监测');

  const xlsx = await office.get('/api/supervision/circular.xlsx?from=2026-07-01&to=2026-09-30');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const rowsOf = (name: string) => {
    const out: unknown[][] = [];
    wb.getWorksheet(name)?.eachRow((r) => {
      out.push((r.values as unknown[]).slice(1));
    });
    return out;
  };
  const row = rowsOf('按牵头单位').find((r) => r[0] === '野生动植物保护处');
  expect(row?.slice(1, 8)).toEqual([2, 1, 0, 1, 0, 1, 0.5]);
  expect(rowsOf('超期未办结').some((r) => r.includes('事项丙：疫源疫病监测'))).toBe(true);
});

it('refuses a range that ends before it starts, naming the field', async () => {
  const office = await t.signIn('office');
  const res = await office.get('/api/supervision/circular?from=2026-09-30&to=2026-07-01');
  expect(res.statusCode).toBe(400);
  expect(res.json().errors[0].field).toBe('to');
});
