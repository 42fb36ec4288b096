// 不计入办理时限 (行政许可法 第四十五条), counted by hand on the 2026 calendar (no holiday in
// November–December): 临时使用林地 received and accepted Monday 2026-11-02; the 20 working days are
// 11/3–11/6 (4), 11/9–11/13 (9), 11/16–11/20 (14), 11/23–11/27 (19), 11/30 (20): due 11-30; the promised
// 15 end on 11/23. 专家评审 starts Wednesday 11/4 and ends Wednesday 11/11: 11/5, 11/6, 11/9, 11/10 and
// 11/11 are not counted (the start day counts, the end day does not) — 5 working days — so the
// statutory due date moves to 12/1, 12/2, 12/3, 12/4, 12/7 → 2026-12-07, the promised one to 11-30.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../test/app.ts';
import { pdfPages } from '../../platform/documents/test-support/read-back.ts';
import { ensureCatalogue } from './index.ts';
import { TEMPORARY_USE_FIELDS, TEMPORARY_USE_FILES } from './test-support/applications.ts';
import { buildDemoServicesApp } from './test-support/demo-app.ts';
import { multipartBody } from './test-support/multipart.ts';

let t: TestApp;
let close: () => Promise<void>;
let caseId = '';
const clients: Record<string, Client> = {};
const as = async (u: string) => {
  clients[u] ??= await t.signIn(u);
  return clients[u];
};
/** Moves the clock; sessions idle out, so everyone signs in again. */
const at = (iso: string) => {
  t.clock.set(iso);
  for (const k of Object.keys(clients)) delete clients[k];
};
const detail = async () => {
  const res = await (await as('ziyuan')).get(`/api/services/cases/${caseId}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const documents = async () =>
  Number(
    (
      await t.database.query<{ n: string }>(
        'select count(*)::text as n from service_documents where case_id = $1',
        [caseId],
      )
    )[0].n,
  );
const start = async (body: Record<string, unknown>) =>
  (await as('ziyuan')).post(`/api/services/cases/${caseId}/time-not-counted`, body);

beforeAll(async () => {
  ({ t, close } = await buildDemoServicesApp('2026-11-02T10:00:00+08:00'));
  const zhangsan = await as('zhangsan');
  const { payload, contentType } = multipartBody(
    { _csrf: zhangsan.csrfToken, ...TEMPORARY_USE_FIELDS, action: 'submit' },
    TEMPORARY_USE_FILES,
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/services/LIC-03/apply',
    headers: { cookie: zhangsan.cookie, 'content-type': contentType, accept: 'text/html' },
    payload,
  });
  caseId = String(res.headers.location).match(/\/account\/cases\/([0-9a-f-]{36})/)![1];
  const accepted = await (await as('window')).post(`/api/services/cases/${caseId}/accept`, {});
  expect(accepted.json().clocks.statutory.dueAt).toBe('2026-11-30T15:59:59.000Z');
  expect(accepted.json().clocks.promised.dueAt).toBe('2026-11-23T15:59:59.000Z');
  at('2026-11-03T09:00:00+08:00');
  expect((await (await as('ziyuan')).post(`/api/services/cases/${caseId}/review`, {})).statusCode).toBe(200);
});
afterAll(() => close());

describe('time not counted (行政许可法第四十五条)', () => {
  it('lists the law’s eight procedures for the item, each with its basis, and offers them', async () => {
    const d = await detail();
    expect(d.item.notCounted.map((p: { name: string }) => p.name)).toEqual([
      '听证',
      '招标',
      '拍卖',
      '检验',
      '检测',
      '检疫',
      '鉴定',
      '专家评审',
    ]);
    const expert = d.item.notCounted.find((p: { kind: string }) => p.kind === 'expert_review');
    expect(expert.basis).toBe('《中华人民共和国行政许可法》第四十五条');
    const hearing = d.item.notCounted.find((p: { kind: string }) => p.kind === 'hearing');
    expect(hearing.basis).toBe('《中华人民共和国行政许可法》第四十五条、第四十六条、第四十七条');
    expect(d.actions).toContain('startNotCounted');
    expect(d.actions).not.toContain('finishNotCounted');
    // The public guide says so, with the basis.
    const guide = await t.app.inject({ method: 'GET', url: '/services/LIC-03' });
    expect(guide.body).toContain(
      '补正材料的时间，以及依法进行听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审所需的时间，不计入办理时限',
    );
    expect(guide.body).toContain('专家评审：《中华人民共和国行政许可法》第四十五条');
    expect(guide.body).not.toContain('现场核查所需');
    // 现场核查 is not among them: this item names no rule that its time is not counted.
    expect(d.item.notCounted.some((p: { kind: string }) => p.kind === 'site_check')).toBe(false);
  });

  it('the harvest item names its rules for 现场核查 and 许可前公示', async () => {
    const rows = await t.database.query<{ not_counted: Array<{ kind: string; basis: string }> }>(
      "select not_counted from service_items where code = 'LIC-01'",
    );
    const kinds = rows[0].not_counted.map((p) => p.kind);
    expect(kinds).toContain('site_check');
    expect(kinds).toContain('public_notice');
    expect(rows[0].not_counted.find((p) => p.kind === 'site_check')?.basis).toContain(
      '《中华人民共和国森林法实施条例》第三十条',
    );
  });

  it('gives items seeded before migration 0040 the catalogue’s list, never overwriting one there', async () => {
    await t.database.query("update service_items set not_counted = '[]'::jsonb where code = 'LIC-04'");
    const kept = [{ kind: 'hearing', name: '听证', basis: '本局确认的依据', confidence: 'verified' }];
    await t.database.query("update service_items set not_counted = $1::jsonb where code = 'LIC-05'", [
      JSON.stringify(kept),
    ]);
    await ensureCatalogue(t.ctx());
    const rows = await t.database.query<{ code: string; not_counted: Array<{ name: string }> }>(
      "select code, not_counted from service_items where code in ('LIC-04', 'LIC-05') order by code",
    );
    expect(rows[0].not_counted.map((p) => p.name)).toHaveLength(8);
    expect(rows[1].not_counted).toEqual(kept);
  });

  it('refuses bad input with 400 naming the field, changing nothing', async () => {
    at('2026-11-04T10:00:00+08:00');
    const before = await documents();
    const bogus = await start({ kind: 'lottery', reason: '评审' });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.json().errors).toContainEqual({
      field: 'kind',
      message: '不计时程序：请从本事项列明的程序中选择',
    });
    const site = await start({ kind: 'site_check', reason: '核查' });
    expect(site.statusCode).toBe(400);
    expect(site.json().errors[0].field).toBe('kind');
    const blank = await start({ kind: 'expert_review', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toContainEqual({ field: 'reason', message: '事由：必填' });
    const day = await start({ kind: 'expert_review', reason: '评审', expectedEnd: '下周三' });
    expect(day.statusCode).toBe(400);
    expect(day.json().errors).toContainEqual({
      field: 'expectedEnd',
      message: '预计结束日期：应为日期（如 2026-11-09）',
    });
    expect(await documents()).toBe(before);
    expect((await detail()).clocks.statutory.status).toBe('running');
  });

  it('starts 专家评审 on 11-04: the clocks pause and the applicant gets the written notice', async () => {
    const res = await start({
      kind: 'expert_review',
      reason: '植被恢复方案涉及水土保持，组织专家评审',
      expectedEnd: '2026-11-11',
    });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.status).toBe('under_review');
    expect(d.notCounted.name).toBe('专家评审');
    expect(d.clocks.statutory.status).toBe('paused');
    expect(d.clocks.promised.status).toBe('paused');
    expect(d.actions).toContain('finishNotCounted');
    expect(d.actions).not.toContain('decide');
    expect(d.actions).not.toContain('startNotCounted');
    const doc = d.documents.find((x: { kind: string }) => x.kind === 'not_counted_notice');
    expect(doc.title).toBe('不计入办理时限告知书');
    expect(doc.number).toBe('豫林许告〔2026〕00001号');
    const step = d.timeline.find((e: { kind: string }) => e.kind === 'not_counted_started');
    expect(step.title).toBe('专家评审（不计入办理时限）');
    expect(step.visible).toBe(true);

    // The applicant opens the notice as a PDF from the case page and reads it.
    const zhangsan = await as('zhangsan');
    const page = await zhangsan.get(`/account/cases/${caseId}`);
    expect(page.body).toContain('专家评审（不计入办理时限）');
    expect(page.body).toContain(`/services/documents/${doc.id}/pdf`);
    const pdf = await zhangsan.get(doc.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfPages(pdf.rawPayload).join('\n').replace(/\s+/g, '');
    expect(text).toContain('不计入办理时限告知书');
    expect(text).toContain('豫林许告〔2026〕00001号');
    expect(text).toContain('本机关依法需要进行专家评审');
    expect(text).toContain('事由：植被恢复方案涉及水土保持，组织专家评审');
    expect(text).toContain('依照《中华人民共和国行政许可法》第四十五条，专家评审所需时间不计入办理时限');
    expect(text).toContain('办理时限自2026年11月4日起暂停计算，专家评审预计于2026年11月11日结束');
    expect(text).toContain('2026年11月4日');
    const told = await t.database.query<{ n: string }>(
      "select count(*)::text as n from notifications where title = '专家评审，暂停计时：临时使用林地审批'",
    );
    expect(told[0].n).toBe('1');
  });

  it('refuses a second procedure, a decision or a 补正 while it runs (409, the state named)', async () => {
    const again = await start({ kind: 'hearing', reason: '利害关系人申请听证' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(
      '该办件正在进行专家评审（自2026年11月4日起不计入办理时限），结束专家评审后才能另行开始其他程序',
    );
    const decide = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/decision`, {
      decision: 'approve',
      opinion: '符合条件',
    });
    expect(decide.statusCode).toBe(409);
    expect(decide.json().detail).toContain('结束专家评审后才能作出许可决定');
    expect((await detail()).status).toBe('under_review');
  });

  it('ends on 11-11: the clocks resume, due dates exactly 5 working days later (12-07, 11-30)', async () => {
    at('2026-11-11T16:00:00+08:00');
    const res = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/time-not-counted/finish`, {
      outcome: '专家评审意见：方案可行',
    });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.notCounted).toBeNull();
    expect(d.clocks.statutory.status).toBe('running');
    expect(d.clocks.statutory.pausedWorkdays).toBe(5);
    expect(d.clocks.statutory.dueAt).toBe('2026-12-07T15:59:59.000Z');
    expect(d.clocks.promised.dueAt).toBe('2026-11-30T15:59:59.000Z');
    const step = d.timeline.find((e: { kind: string }) => e.kind === 'not_counted_finished');
    expect(step.publicNote).toContain(
      '专家评审于2026年11月11日结束，自次日起恢复计算办理时限。法定期限届满日：2026年12月7日；承诺办结日：2026年11月30日',
    );
    expect(step.internalNote).toBe('专家评审意见：方案可行');
    expect(d.actions).toContain('decide');
    // Nothing is under way any more: ending again is a conflict.
    const again = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/time-not-counted/finish`, {
      outcome: '重复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该办件没有正在进行的不计入办理时限的程序，无需结束');
  });

  it('a 现场核查 of this item does not pause: no rule of the item says its time is not counted', async () => {
    at('2026-11-12T09:00:00+08:00');
    const res = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/inspection`, {
      inspectors: '郭明辉、王强',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('inspection');
    expect(res.json().clocks.statutory.status).toBe('running');
    const step = res.json().timeline.find((e: { kind: string }) => e.kind === 'inspection_started');
    expect(step.publicNote).toBe(
      '承办单位组织现场核查。本事项无核查时间不计入办理时限的规定，办理时限照常计算。',
    );
  });
});
