// 视为受理 (行政许可法 第三十二条), counted by hand on the 2026 calendar (国庆 10/1–10/7 and its
// make-up days 9/20 and 10/10 all lie before the receipt, so they do not touch these dates):
// received Wednesday 2026-10-21; the 5 working days of acceptance are 10/22, 10/23, 10/26, 10/27,
// 10/28, so the acceptance limit ends 10/28. Deemed accepted as of receipt, the 20 working days
// are 10/22–10/23 (2), 10/26–10/30 (7), 11/2–11/6 (12), 11/9–11/13 (17), 11/16–11/18 (20): due
// 2026-11-18. A late acceptance on Thursday 10/29 would count from then: 10/30 (1), 11/2–11/6 (6),
// 11/9–11/13 (11), 11/16–11/20 (16), 11/23–11/26 (20) — 11-26, which the law does not allow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../test/app.ts';
import { pdfPages } from '../../platform/documents/test-support/read-back.ts';
import { runJobNow } from '../../platform/jobs/jobs.ts';
import { TEMPORARY_USE_FIELDS, TEMPORARY_USE_FILES } from './test-support/applications.ts';
import { buildDemoServicesApp } from './test-support/demo-app.ts';
import { multipartBody } from './test-support/multipart.ts';

let t: TestApp;
let close: () => Promise<void>;
let zhangsan: Client;
let window: Client;
let ziyuan: Client;
beforeAll(async () => {
  ({ t, close } = await buildDemoServicesApp('2026-10-21T10:00:00+08:00'));
  zhangsan = await t.signIn('zhangsan');
  window = await t.signIn('window');
});
afterAll(() => close());

async function submit(): Promise<string> {
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
  expect(res.statusCode).toBe(303);
  return String(res.headers.location).match(/\/account\/cases\/([0-9a-f-]{36})/)![1];
}

const detail = async (id: string) => {
  const res = await window.get(`/api/services/cases/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const sweep = (at: string) =>
  runJobNow(t.database, t.deps, 'services.deemedAcceptance', { now: new Date(at) });
const count = async (sql: string, params: unknown[]) =>
  Number((await t.database.query<{ n: string }>(sql, params))[0].n);

describe('deemed acceptance (行政许可法第三十二条)', () => {
  let deemed = '';
  let late = '';

  it('leaves a case alone until its acceptance limit (10-28) has passed', async () => {
    deemed = await submit();
    late = await submit();
    const before = await detail(deemed);
    expect(before.clocks.acceptance.dueAt).toBe('2026-10-28T15:59:59.000Z');
    await sweep('2026-10-28T23:50:00+08:00');
    expect((await detail(deemed)).status).toBe('submitted');
  });

  it('a window that presses 受理 on 10-29 accepts it as of receipt too: due 11-18, not 11-26', async () => {
    t.clock.set('2026-10-29T00:05:00+08:00');
    // Eight days on, yesterday's sessions have expired: the staff and the applicant sign in again.
    window = await t.signIn('window');
    zhangsan = await t.signIn('zhangsan');
    const waiting = await detail(late);
    expect(waiting.acceptanceOverdue).toBe(true);
    expect(waiting.actions).toContain('accept');
    expect(waiting.actions).not.toContain('notAccept');
    expect(waiting.actions).not.toContain('requestCompletion');
    const refused = await window.post(`/api/services/cases/${late}/not-accept`, { reason: '材料不齐全' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('受理审查期限已于2026年10月28日届满，依法视为受理');
    const res = await window.post(`/api/services/cases/${late}/accept`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().clocks.statutory.dueAt).toBe('2026-11-18T15:59:59.000Z');
    expect(res.json().deemedAccepted).toBe(true);
    expect(res.json().acceptedAt).toBe('2026-10-21T02:00:00.000Z');
    const step = res.json().timeline.find((e: { kind: string }) => e.kind === 'deemed_accepted');
    expect(step.internalNote).toContain(
      '受理审查期限已于2026年10月28日届满，2026年10月29日办理受理时依法按视为受理处理',
    );
  });

  it('accepts the waiting case as of its receipt: statutory due 11-18, 补正 no longer offered', async () => {
    await sweep('2026-10-29T00:10:00+08:00');
    const d = await detail(deemed);
    expect(d.status).toBe('accepted');
    expect(d.clocks.statutory.dueAt).toBe('2026-11-18T15:59:59.000Z');
    expect(d.clocks.acceptance.status).toBe('stopped');
    expect(d.actions).not.toContain('requestCompletion');
    // The handling division (资源处) may now start the review; the window no longer offers 补正.
    ziyuan = await t.signIn('ziyuan');
    const review = (await ziyuan.get(`/api/services/cases/${deemed}`)).json();
    expect(review.actions).toContain('startReview');
    expect(review.actions).not.toContain('requestCompletion');
    const step = d.timeline.find((e: { kind: string }) => e.kind === 'deemed_accepted');
    expect(step.title).toBe('视为受理');
    expect(step.visible).toBe(true);
    expect(step.publicNote).toContain(
      '本机关未在收到申请之日起 5 个工作日内（至2026年10月28日）作出是否受理的决定，依照《中华人民共和国行政许可法》第三十二条，自收到申请材料之日（2026年10月21日）起即为受理',
    );
    expect(step.publicNote).toContain('法定期限届满日：2026年11月18日');
    expect(step.internalNote).toContain('系统于2026年10月29日自动视为受理');
    // The 受理通知书 says why, in its text and in its PDF.
    expect(d.documents.map((x: { title: string }) => x.title)).toContain('受理通知书');
    const pdf = await window.get(`/api/services/cases/${deemed}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfPages(pdf.rawPayload).join('').replace(/\s+/g, '');
    expect(text).toContain(
      '本机关未在5个工作日内（至2026年10月28日（星期三））作出是否受理的决定，依照《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理',
    );
    expect(text).not.toContain('材料齐全、符合法定形式');
  });

  it('refuses a 补正 request afterwards with 409, changing nothing', async () => {
    const res = await window.post(`/api/services/cases/${deemed}/completion-request`, {
      items: ['补充林权证复印件'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('已依法视为受理');
    expect((await detail(deemed)).status).toBe('accepted');
  });

  it('tells the applicant, shows it on the public case page, and happens once however often the job runs', async () => {
    await sweep('2026-10-29T00:25:00+08:00');
    await sweep('2026-10-30T09:00:00+08:00');
    const steps = (await detail(deemed)).timeline.filter(
      (e: { kind: string }) => e.kind === 'deemed_accepted',
    );
    expect(steps).toHaveLength(1);
    expect(
      await count(
        "select count(*)::text as n from audit_log where action = 'services.case.deemed_accept' and object_id = $1",
        [deemed],
      ),
    ).toBe(1);
    expect(
      await count(
        "select count(*)::text as n from notifications where title = '视为受理：临时使用林地审批'",
        [],
      ),
    ).toBe(2); // one for each of the two cases
    const page = await zhangsan.get(`/account/cases/${deemed}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('视为受理');
    expect(page.body).toContain('自收到申请材料之日（2026年10月21日）起即为受理');
    // The case the window accepted late was not deemed accepted a second time by the job.
    expect(
      (await detail(late)).timeline.filter((e: { kind: string }) => e.kind === 'deemed_accepted'),
    ).toHaveLength(1);
  });
});
