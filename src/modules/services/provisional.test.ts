// A case accepted in December 2026, before the 2027 holidays are published: its statutory date is
// 2027-01-05 暂定 (20 working days from Monday 12/7, counted in platform/calendar/provisional.test.ts)
// on the case page, the queue, the tracking page and the 受理通知书 PDF; entering a 2027 schedule
// that makes Saturday 2027-01-02 a working day moves it to 2027-01-04 everywhere, with a note on the
// case's timeline and a notice to the handling division.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/index.ts';
import { pdfPages } from '../../platform/documents/test-support/read-back.ts';
import { notifications } from '../../platform/notify/notify.table.ts';
import { seedDemoData } from '../org/index.ts';

let t: TestApp;
let caseId = '';
let receiptCode = '';
const NOTE =
  '2027年节假日安排尚未公布，按《全国年节及纪念日放假办法》（2024年修订）推算（含周末补假，不含调休），公布后将重新计算';

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-07T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
});
afterAll(() => t.close());

const track = () =>
  t.app.inject({
    method: 'POST',
    url: '/services/track',
    payload: { code: receiptCode },
    headers: { 'content-type': 'application/json' },
  });

describe('December 2026: a case whose statutory date runs into 2027', () => {
  it('is accepted at the counter with its statutory date 2027-01-05 暂定, and why', async () => {
    const w = await t.signIn('window');
    const applicant = await w.post('/api/services/counter/applicants', {
      kind: 'citizen',
      name: '李四',
      idNumber: '410122199003071236',
      phone: '13912345678',
    });
    const res = await w.post('/api/services/counter/cases', {
      itemCode: 'LIC-04',
      applicantAccountId: applicant.json().applicant.accountId,
      values: {
        contactName: '李四',
        contactPhone: '13912345678',
        address: '中牟县城关镇人民路 8 号',
        county: '410122',
        summary: '在本单位经营的林地内修建护林防火道路和管护用房。',
        areaHa: '0.5',
      },
      paper: [
        { specCode: 'application', copies: 1 },
        { specCode: 'identity', copies: 1 },
        { specCode: 'design', copies: 2 },
      ],
      acceptNow: true,
    });
    expect(res.statusCode).toBe(201);
    caseId = res.json().id;
    receiptCode = res.json().receiptCode;
    const statutory = res.json().clocks.statutory;
    expect(statutory.dueAt).toBe('2027-01-05T15:59:59.000Z');
    expect(statutory.provisional).toBe(NOTE);
    expect(statutory.text).toContain('届满日暂定为2027年1月5日（星期二）');
    // The 受理通知书 on the timeline says 暂定 too.
    const accepted = res.json().timeline.find((e: { kind: string }) => e.kind === 'accepted');
    expect(accepted.publicNote).toContain('法定期限届满日：2027年1月5日（暂定）');
    expect(accepted.publicNote).toContain(`暂定：${NOTE}。`);
  });

  it('shows 暂定 in the queue, on the tracking page and in the 受理通知书 PDF', async () => {
    const ziyuan = await t.signIn('ziyuan');
    const list = (await ziyuan.get('/api/services/cases')).json();
    const row = list.items.find((c: { id: string }) => c.id === caseId);
    expect(row).toMatchObject({ dueAt: '2027-01-05T15:59:59.000Z', dueProvisional: NOTE });

    const page = await track();
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('法定期限届满日 2027年1月5日');
    // Only the statutory date rests on 2027; the promised one (15 working days: 12-08 … 12-28) is final.
    expect(page.body).toMatch(/法定期限届满日 2027年1月5日[^，；]*（暂定）/);
    expect(page.body).toContain('承诺办结日 2026年12月28日。');
    expect(page.body).toContain(`暂定：${NOTE}。`);

    const w = await t.signIn('window');
    const pdf = await w.get(`/api/services/cases/${caseId}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfPages(pdf.rawPayload).join('\n').replace(/\s+/g, '');
    expect(text).toContain('20个工作日，2027年1月5日（星期二）前（暂定）');
    expect(text).toContain('标注“暂定”的日期：2027年节假日安排尚未公布');
  });

  it('moves to 2027-01-04 when 2027 is entered with Saturday 1/2 worked, and tells the division', async () => {
    const sys = await t.signIn('sysadmin');
    const res = await sys.put('/api/calendar/years/2027', {
      note: '测试：元旦1月1日放假，1月2日（星期六）上班',
      days: [
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-01-02', kind: 'workday', name: '元旦' },
      ],
    });
    expect(res.statusCode).toBe(200);

    const ziyuan = await t.signIn('ziyuan');
    const detail = (await ziyuan.get(`/api/services/cases/${caseId}`)).json();
    expect(detail.clocks.statutory.dueAt).toBe('2027-01-04T15:59:59.000Z');
    expect(detail.clocks.statutory.provisional).toBeNull();
    const note = detail.timeline.find((e: { kind: string }) => e.kind === 'clock.recomputed');
    expect(note).toMatchObject({ title: '届满日重新计算', visible: false });
    expect(note.internalNote).toContain('届满日由2027年1月5日（星期二）（暂定）改为2027年1月4日（星期一）');
    // The queue's copy moved with it.
    const row = (await ziyuan.get('/api/services/cases'))
      .json()
      .items.find((c: { id: string }) => c.id === caseId);
    expect(row).toMatchObject({ dueAt: '2027-01-04T15:59:59.000Z', dueProvisional: null });
    expect((await track()).body).not.toContain('暂定');

    const [me] = await t.database.query<{ id: string }>("select id from accounts where username = 'ziyuan'");
    const notices = await t.database.db
      .select({ title: notifications.title, body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(and(eq(notifications.accountId, me.id), like(notifications.title, '届满日变更%')));
    expect(notices.map((n) => n.title)).toContain(
      `届满日变更：法定办理期限：${detail.item.name}（${receiptCode}）`,
    );
    expect(notices[0].link).toBe(`/admin/services/cases/${caseId}`);
  });
});
