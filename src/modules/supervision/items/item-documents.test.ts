// An item's documents as a reader opens them: the 督查通知 announcing the task to its units, and the
// 办理情况报告 back to the instructing leader once it is closed. An instruction of 局长 周国栋
// registered 2026-09-28 for 资源处 with 保护处 helping is due one calendar month later, 2026-10-28;
// it is closed on 2026-10-20, on time.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { docxParagraphs, ooxmlParts } from '../../../platform/documents/test-support/read-back.ts';
import { seedDemoData } from '../../org/index.ts';
import { at, closeItem, makeItem } from '../supervision.factories.ts';
import type { ItemRow } from '../supervision.repository.ts';

let t: TestApp;
let item: ItemRow;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-28T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
  item = await makeItem(at(await t.ctxAs('office'), '2026-09-28T09:00:00+08:00'), {
    source: 'instruction',
    title: '关于加强古树名木保护管理的批示',
    sourceDoc: '周国栋同志批示〔2026〕12号',
    sourceText: '请资源处牵头，摸清底数，年内完成挂牌保护。',
    instructingLeader: '周国栋',
    leadUnit: 'HNLY-ZYC',
    coUnits: ['HNLY-YBC'],
    target: { label: '古树挂牌', value: 500, unit: '株' },
  });
});
afterAll(() => t.close());

const textOf = (body: Buffer) => docxParagraphs(ooxmlParts(body)['word/document.xml']).join('\n');

it('the 督查通知 names the number, the task, its units, the leader in charge and the deadline', async () => {
  const unit = await t.signIn('ziyuan');
  const res = await unit.get(`/api/supervision/items/${item.id}/notice.docx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('wordprocessingml');
  expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
    `督查通知（${item.number}）.docx`,
  );
  const text = textOf(res.rawPayload);
  expect(text).toContain(item.number);
  expect(text).toContain('关于督办“关于加强古树名木保护管理的批示”的通知');
  expect(text).toContain('森林资源管理处、野生动植物保护处：');
  expect(text).toContain('请资源处牵头，摸清底数，年内完成挂牌保护。');
  expect(text).toContain('量化目标：古树挂牌500株。');
  expect(text).toContain('牵头单位：森林资源管理处。');
  expect(text).toContain('协办单位：野生动植物保护处。');
  expect(text).toContain('分管厅领导：李文涛。');
  expect(text).toContain('请于2026年10月28日前办结。');
  expect(text).toContain('河南省林业局办公室');
});

it('the 办理情况报告 is refused before closure, and a unit outside the item cannot open either', async () => {
  const office = await t.signIn('office');
  const early = await office.get(`/api/supervision/items/${item.id}/report.docx`);
  expect(early.statusCode).toBe(409);
  expect(early.json().detail).toContain('尚未办结');
  const city = await t.signIn('zhengzhou');
  expect((await city.get(`/api/supervision/items/${item.id}/notice.docx`)).statusCode).toBe(404);
});

it('after closure, the 办理情况报告 to the director says what was done, the result and that it closed on time', async () => {
  await closeItem(
    at(t.ctx(), '2026-10-20T10:00:00+08:00'),
    item,
    '全省古树名木已全部建档挂牌，共挂牌512株。',
  );
  const director = await t.signIn('director');
  const detail = (await director.get(`/api/supervision/items/${item.id}`)).json();
  expect(detail.status).toBe('closed');
  const res = await director.get(`/api/supervision/items/${item.id}/report.docx`);
  expect(res.statusCode).toBe(200);
  const text = textOf(res.rawPayload);
  expect(text).toContain('关于“关于加强古树名木保护管理的批示”办理情况的报告');
  expect(text).toContain('周国栋同志：');
  expect(text).toContain('周国栋同志批示：“请资源处牵头，摸清底数，年内完成挂牌保护。”按照要求');
  expect(text).toContain('全省古树名木已全部建档挂牌，共挂牌512株。');
  expect(text).toContain('于2026年10月20日办结，办理期限2026年10月28日，按期办结');
  expect(text).toContain(item.number);
});
