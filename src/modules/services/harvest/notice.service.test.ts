import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../platform/context.ts';
import { harvestItemHandler } from './harvest.handler.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';

let t: HarvestTestApp;

beforeAll(async () => {
  // Monday 2 March 2026.
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
});
afterAll(() => t.close());

const BIG = { stockVolume: 150, outputLogs: 90, outputNonStandard: 20, outputFuelwood: 10 };
const view = (kase: ReturnType<HarvestTestApp['kase']>) => ({
  ...kase,
  itemCode: 'LIC-01',
  channel: 'online' as const,
  status: 'under_review' as const,
  submittedAt: new Date('2026-02-27T09:00:00+08:00'),
  acceptedAt: new Date('2026-02-27T10:00:00+08:00'),
  decidedAt: null,
});

const html = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const postForm = (url: string, form: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams(form).toString(),
  });

describe('pre-approval public notice (公示)', () => {
  it('is not needed for a harvest under 100 m³ that is no large clear-cut', async () => {
    expect(await harvestItemHandler.needsPublicNotice!(t.ctx(), view(t.kase(1)))).toBeNull();
  });

  it('runs 5 working days: published Monday 2 March, it ends Monday 9 March (7 calendar days)', async () => {
    const kase = view(t.kase(2, BIG));
    // Asked outside a transaction (a case page being read), it answers and publishes nothing.
    expect(await harvestItemHandler.needsPublicNotice!(t.ctx(), kase)).toEqual({ days: 7 });
    expect((await html('/services/register/notices')).body).toContain('目前没有正在公示的采伐申请');
    // Asked in the transaction that starts the notice, it publishes it.
    expect(await inTransaction(t.ctx(), (tx) => harvestItemHandler.needsPublicNotice!(tx, kase))).toEqual({
      days: 7,
    });
    const list = await html('/services/register/notices');
    expect(list.body).toContain('LZ0000000002');
    expect(list.body).toContain('2026-03-02 至 2026-03-09');
    expect(list.body).toContain('郑州市中牟县官渡镇大孟村');
  });

  it('counts the 2026 Labour Day holidays and the adjusted Saturday', async () => {
    // Thursday 30 April: 1–5 May off, 6, 7, 8 May, Saturday 9 May (调休上班), Monday 11 May.
    t.clock.set('2026-04-30T10:00:00+08:00');
    expect(await harvestItemHandler.needsPublicNotice!(t.ctx(), view(t.kase(3, BIG)))).toEqual({ days: 11 });
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('takes an objection through a plain form and tells the handling unit', async () => {
    const list = (await html('/services/register/notices')).body;
    const id = /\/services\/register\/notices\/([0-9a-f-]{36})/.exec(list)![1];
    const page = await html(`/services/register/notices/${id}`);
    expect(page.body).toContain('提出异议');
    expect(page.body).toContain('2026-03-02 至 2026-03-09（5 个工作日）');

    const bad = await postForm(`/services/register/notices/${id}/objections`, {
      name: '',
      contact: '123',
      content: '不同意',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('提交的异议有误');
    expect(bad.body).toContain('href="#f-name"');
    expect(bad.body).toContain('姓名或单位：必填');
    expect(bad.body).toContain('联系方式：应为手机号码、带区号的固定电话或电子邮箱');
    expect(bad.body).toContain('异议内容：请至少写 10 个字，说明理由');

    const ok = await postForm(`/services/register/notices/${id}/objections`, {
      name: '李四',
      contact: '13912345678',
      content: '该地块东至村道一侧的林木属我家承包，权属有争议，请核实。',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/services/register/notices/${id}?sent=1`);
    expect((await html(ok.headers.location as string)).body).toContain('异议已提交');

    const objections = (await t.ziyuan.get(`/api/harvest/objections?caseId=${t.kase(2).id}`)).json();
    expect(objections.items).toHaveLength(1);
    expect(objections.items[0]).toMatchObject({ name: '李四', contact: '139****5678' });
    // ziyuan works in the handling unit (森林资源管理处).
    const inbox = (await t.ziyuan.get('/api/notifications')).json();
    expect(inbox.items[0].title).toBe('采伐公示收到异议（受理编号 LZ0000000002）');
  });

  it('closes the objection channel after the last day of the notice', async () => {
    const list = (await html('/services/register/notices')).body;
    const id = /\/services\/register\/notices\/([0-9a-f-]{36})/.exec(list)![1];
    t.clock.set('2026-03-10T08:00:00+08:00');
    const late = await postForm(`/services/register/notices/${id}/objections`, {
      name: '王五',
      content: '公示期过后再提出的异议，应当被拒绝。',
    });
    // The notice's state forbids it: 409, the message shown with the form.
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('现已不在公示期内，不能提出异议');
    expect((await html('/services/register/notices')).body).toContain('目前没有正在公示的采伐申请');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('withdraws the notice when the case is withdrawn', async () => {
    const kase = view(t.kase(5, BIG));
    await inTransaction(t.ctx(), (tx) => harvestItemHandler.needsPublicNotice!(tx, kase));
    expect((await html('/services/register/notices')).body).toContain('LZ0000000005');
    await inTransaction(t.ctx(), (tx) => harvestItemHandler.onRelease!(tx, kase, '申请人撤回'));
    expect((await html('/services/register/notices')).body).not.toContain('LZ0000000005');
  });
});

describe('the small-stand commitment path', () => {
  it('promises 1 working day for a small planted commercial stand with a commitment', async () => {
    const small = {
      stockVolume: 12,
      outputLogs: 6,
      outputNonStandard: 2,
      outputFuelwood: 1,
      smallStandCommitment: true,
    };
    expect(await harvestItemHandler.classify!(t.ctx(), t.kase(6, small).form)).toEqual({
      promisedWorkdays: 1,
      note: '小面积人工商品林采伐，适用告知承诺制，1 个工作日内办结',
    });
    // Without the commitment, or for a natural stand, the item's own limit applies.
    expect(
      await harvestItemHandler.classify!(t.ctx(), t.kase(7, { ...small, smallStandCommitment: false }).form),
    ).toBeNull();
    expect(
      await harvestItemHandler.classify!(t.ctx(), t.kase(8, { ...small, origin: 'natural' }).form),
    ).toBeNull();
  });

  it('follows the settings: 20 m³ once the system administrator raises the bound', async () => {
    const admin = await t.signIn('sysadmin');
    const form = t.kase(9, {
      stockVolume: 18,
      outputLogs: 9,
      outputNonStandard: 2,
      outputFuelwood: 1,
      smallStandCommitment: true,
    }).form;
    expect(await harvestItemHandler.classify!(t.ctx(), form)).toBeNull();
    expect((await harvestItemHandler.validate!(t.ctx(), form))[0].field).toBe('smallStandCommitment');
    const res = await admin.put('/api/settings/harvest.smallStandVolumeM3', { value: 20 });
    expect(res.statusCode, res.body).toBe(200);
    expect((await harvestItemHandler.classify!(t.ctx(), form))?.promisedWorkdays).toBe(1);
    expect(await harvestItemHandler.validate!(t.ctx(), form)).toEqual([]);
  });
});
