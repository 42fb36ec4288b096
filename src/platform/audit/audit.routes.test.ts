// The audit log as the audit admin reads it: operators by name and unit, actions and objects by
// their Chinese names and labels, the action filter, and the .xlsx export (itself audited).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUnit } from '../../modules/org/index.ts';
import { serviceCases } from '../../modules/services/services.table.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { updateSetting } from '../settings/settings.service.ts';
import type { AuditAction } from './actions.ts';
import { listAudit, recordAudit } from './audit.service.ts';

const CASE_ID = '0b7e7c1e-4d1f-4a57-9c55-2f1f4c0a0001';
const GONE_CASE_ID = '0b7e7c1e-4d1f-4a57-9c55-2f1f4c0a0099';
let t: TestApp;
let afforestation: { id: string; path: string };
let other: { id: string; path: string };
let clerkId: string;

beforeAll(async () => {
  t = await buildTestApp({
    // The retention trigger compares with the database's own clock, so records are stamped today.
    now: new Date().toISOString(),
    seed: async (ctx) => {
      const root = await createUnit(ctx, { code: 'HNLY', name: '河南省林业局', type: 'department' });
      afforestation = await createUnit(ctx, { code: 'ZLC', name: '造林处', type: 'division', parent: root });
      other = await createUnit(ctx, { code: 'BHC', name: '保护处', type: 'division', parent: root });
      await upsertRole(
        ctx.db,
        { code: 'caseclerk', name: '办件员', permissions: ['services:read'], dataScope: 'unit' },
        ctx.now,
      );
      const c = ctx.deps.cipher;
      await createAccount(
        ctx.db,
        c,
        {
          username: 'aud',
          displayName: '马俊杰',
          roleCodes: ['auditadmin'],
          totpSecret: DEMO_TOTP_SECRET,
          unitId: root.id,
        },
        ctx.now,
      );
      const clerk = await createAccount(
        ctx.db,
        c,
        { username: 'clerk1', displayName: '李文', roleCodes: ['caseclerk'], unitId: afforestation.id },
        ctx.now,
      );
      clerkId = clerk.id;
      await createAccount(
        ctx.db,
        c,
        { username: 'sys', roleCodes: ['sysadmin'], totpSecret: DEMO_TOTP_SECRET, unitId: root.id },
        ctx.now,
      );
    },
  });
  // The catalogue is seeded when the app starts: the case is of its first item.
  const [item] = await t.database.query<{ code: string; name: string }>(
    'select code, name from service_items order by code limit 1',
  );
  const now = t.clock.now();
  await t.ctx().db.insert(serviceCases).values({
    id: CASE_ID,
    itemCode: item.code,
    receiptCode: 'K7Q2M9X4P8R3',
    channel: 'online',
    status: 'accepted',
    stage: 'review',
    queueAt: now,
    applicantKind: 'citizen',
    applicantName: '张三',
    unitId: afforestation.id,
    unitPath: afforestation.path,
    form: {},
    submittedAt: now,
    promisedWorkdays: 20,
    createdAt: now,
    updatedAt: now,
  });
  itemName = item.name;
  const clerk = await t.ctxAs('clerk1');
  await recordAudit(clerk, { action: 'services.case.accept', objectType: 'service_case', objectId: CASE_ID });
  await recordAudit(clerk, {
    action: 'services.case.submit',
    objectType: 'service_case',
    objectId: GONE_CASE_ID,
  });
  await recordAudit(await t.ctxAs('sys'), {
    action: 'account.update',
    objectType: 'account',
    objectId: clerkId,
  });
  await recordAudit(t.ctx(), { action: 'reminder.send', objectType: 'reminder', objectId: 'case:1:due' });
});
afterAll(() => t.close());
let itemName = '';

interface Row {
  seq: number;
  action: string;
  actionName: string;
  operator: { name: string; username: string | null; unit: string | null };
  object: { typeName: string; label: string | null; link: string | null } | null;
  objectId: string | null;
  detail: Record<string, unknown> | null;
}

async function log(query = ''): Promise<Row[]> {
  const aud = await t.signIn('aud');
  const res = await aud.get(`/api/audit${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('the audit log, readable', () => {
  it('names the operator and unit, the action, and the object by its label', async () => {
    const rows = await log('?objectType=service_case');
    const accept = rows.find((r) => r.action === 'services.case.accept')!;
    expect(accept.actionName).toBe('受理');
    expect(accept.operator).toEqual({ name: '李文', username: 'clerk1', unit: '造林处' });
    // The audit admin holds no business permission (三员分立): the label, no link to the case page.
    expect(accept.object).toEqual({
      typeName: '办件',
      label: `受理查询码 K7Q2M9X4P8R3（${itemName}）`,
      link: null,
    });
    // A case that is gone keeps its type's name; nothing invents a label.
    const gone = rows.find((r) => r.action === 'services.case.submit')!;
    expect(gone.object).toEqual({ typeName: '办件', label: null, link: null });
  });

  it('names accounts by name and username, and the system as 系统', async () => {
    const rows = await log();
    const update = rows.find((r) => r.action === 'account.update')!;
    expect(update.object).toEqual({ typeName: '账号', label: '李文（clerk1）', link: null });
    expect(update.operator).toEqual({ name: 'sys', username: null, unit: '河南省林业局' });
    const reminder = rows.find((r) => r.action === 'reminder.send')!;
    expect(reminder.operator).toEqual({ name: '系统', username: null, unit: null });
    expect(reminder.object).toEqual({ typeName: '提醒', label: null, link: null });
  });

  it('links an object only for a viewer whose permission and data scope open its page', async () => {
    const aud = await t.ctxAs('aud');
    // Not a role anyone may hold (三员分立), but the rule is the resolver's: services:read over the
    // case's unit opens it, over another unit does not.
    const viewer = (unitId: string, unitPath: string): Ctx => ({
      ...aud,
      actor: {
        ...aud.actor,
        unitId,
        unitPath,
        permissions: { ...aud.actor.permissions, 'services:read': 'unit' },
      },
    });
    const query = { objectId: CASE_ID, page: 1, pageSize: 20 };
    const inside = await listAudit(viewer(afforestation.id, afforestation.path), query);
    expect(inside.items[0].object?.link).toBe(`/admin/services/cases/${CASE_ID}`);
    const outside = await listAudit(viewer(other.id, other.path), query);
    expect(outside.items[0].object).toMatchObject({
      label: `受理查询码 K7Q2M9X4P8R3（${itemName}）`,
      link: null,
    });
  });

  it('filters by a named action exactly, and by a code prefix', async () => {
    expect((await log('?action=services.case.accept')).map((r) => r.action)).toEqual([
      'services.case.accept',
    ]);
    expect((await log('?action=services.case.')).map((r) => r.action).sort()).toEqual([
      'services.case.accept',
      'services.case.submit',
    ]);
  });

  it('finds an operator by the account’s name as well as the username recorded', async () => {
    expect((await log(`?actor=${encodeURIComponent('李文')}`)).map((r) => r.action).sort()).toEqual([
      'services.case.accept',
      'services.case.submit',
    ]);
  });

  it('lists the actions and object types by module, in Chinese, for the filter', async () => {
    const aud = await t.signIn('aud');
    const res = await aud.get('/api/audit/catalogue');
    expect(res.statusCode).toBe(200);
    const { actions, objectTypes } = res.json();
    expect(actions).toContainEqual({ action: 'services.case.submit', name: '提交申请', module: 'services' });
    expect(actions).toContainEqual({ action: 'auth.login', name: '登录', module: 'platform' });
    expect(objectTypes).toContainEqual({ type: 'service_case', name: '办件', module: 'services' });
  });
});

async function openXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.getWorksheet('审计日志')!;
}

describe('exporting the audit log', () => {
  it('writes the filtered records with names, the filter in words and the header frozen', async () => {
    const aud = await t.signIn('aud');
    const res = await aud.get('/api/audit.xlsx?action=services.case.accept');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('审计日志');
    const ws = await openXlsx(res.rawPayload);
    expect(ws.getCell('A1').value).toBe('审计日志');
    expect(String(ws.getCell('A2').value)).toMatch(/^筛选条件：操作：受理　共 1 条　导出时间：/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual([
      '序号',
      '时间',
      '操作人',
      '所在单位',
      '操作',
      '操作代码',
      '对象类型',
      '对象',
      '对象标识',
    ]);
    const row = (ws.getRow(4).values as unknown[]).slice(1);
    expect(row.slice(2, 10)).toEqual([
      '李文（clerk1）',
      '造林处',
      '受理',
      'services.case.accept',
      '办件',
      `受理查询码 K7Q2M9X4P8R3（${itemName}）`,
      CASE_ID,
      '成功',
    ]);
    expect(ws.getRow(5).values).toEqual([]);
  });

  it('records the export itself, with its filter', async () => {
    const [record] = await log('?action=audit.export');
    expect(record.operator.name).toBe('马俊杰');
    expect(record.detail).toEqual({ filter: ['操作：受理'], rows: 1, total: 1, capped: false });
  });

  it('stops at the export limit and says so on the sheet', async () => {
    const sys = await t.ctxAs('sys');
    await updateSetting(sys, 'audit.exportMaxRows', 100);
    await inTransaction(t.ctx(), async (tx) => {
      for (let n = 1; n <= 101; n++)
        await recordAudit(tx, {
          action: 'test.bulk' as AuditAction,
          objectType: 'thing',
          objectId: String(n),
        });
    });
    const aud = await t.signIn('aud');
    const ws = await openXlsx((await aud.get('/api/audit.xlsx?objectType=thing')).rawPayload);
    expect(String(ws.getCell('A2').value)).toContain(
      '共 100 条（符合条件的记录共 101 条，超过导出上限 100 条，本表只含最新的 100 条',
    );
    expect(ws.getCell('A4').value).toBeGreaterThan(Number(ws.getCell('A103').value));
    expect(ws.getCell('I103').value).toBe('2');
    expect(ws.getRow(104).values).toEqual([]);
    const [record] = await log('?action=audit.export');
    expect(record.detail).toMatchObject({ rows: 100, total: 101, capped: true });
  });

  it('refuses anyone but the audit admin', async () => {
    const clerk = await t.signIn('clerk1');
    for (const url of ['/api/audit', '/api/audit.xlsx', '/api/audit/catalogue'])
      expect((await clerk.get(url)).statusCode).toBe(403);
  });
});
