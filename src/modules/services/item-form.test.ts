// 表单编辑器: the acceptance centre edits an item's application form (fields and materials) as data.
// Bad definitions are refused with the field named and nothing saved; a saved form is what the public
// apply page asks at once; a case filed before keeps the form it was filed with; the system
// administrator has no access (三员分立).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/app.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import type { FormDefinition } from './forms.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest/harvest.test-app.ts';
import { ensureCatalogue, submitOnline } from './index.ts';
import { PDF } from './test-support/multipart.ts';

let t: HarvestTestApp;
let window: Client;
let original: FormDefinition;
let oldCaseId: string;

const ITEM = '/api/services/items/LIC-04';

const as = (username: string) => t.ctxAs(username);

const applyPage = async () =>
  (await (await t.signIn('zhangsan')).get('/services/LIC-04/apply')).body as string;
const saves = async () =>
  (await t.ctx().db.select().from(auditLog).where(eq(auditLog.action, 'services.item.form.save'))).length;

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  window = await t.signIn('window');
  original = (await window.get(ITEM)).json().form;
  // A case filed with the original form (LIC-04: 使用面积 in 公顷).
  const row = await submitOnline(await as('zhangsan'), {
    itemCode: 'LIC-04',
    values: {
      contactName: '张三',
      contactPhone: '13803710002',
      address: '郑州市金水区农业路 1 号',
      county: '410122',
      areaHa: 2.5,
      summary: '在中牟县官渡镇大孟村修建护林防火道路',
    },
    uploads: [
      { specCode: 'application', fileName: '申请书.pdf', data: PDF },
      { specCode: 'identity', fileName: '身份证.pdf', data: PDF },
      { specCode: 'design', fileName: '设计.pdf', data: PDF },
    ],
  });
  oldCaseId = row.id;
});
afterAll(() => t.close());

/** The original form with a 地块编号 field, a 用途 select, summary moved first and a photo material. */
function edited(): FormDefinition {
  const [contact, matter] = original.sections;
  const summary = matter.fields.find((f) => f.name === 'summary')!;
  return {
    sections: [
      contact,
      {
        title: matter.title,
        fields: [
          summary,
          ...matter.fields.filter((f) => f.name !== 'summary'),
          { name: 'plotNo', label: '地块编号', type: 'text', required: true, max: 30, help: '见林权证附图' },
          {
            name: 'purpose',
            label: '工程用途',
            type: 'select',
            required: true,
            options: [
              { value: 'fire', label: '森林防火' },
              { value: 'road', label: '林区道路' },
            ],
          },
        ],
      },
    ],
    materials: [
      ...original.materials,
      { code: 'sitePhoto', name: '现场照片', required: false, formats: ['jpg', 'png'], note: '3 张以上' },
    ],
  };
}

describe('the form editor API', () => {
  it('refuses duplicate keys and a select without options, naming the fields, and saves nothing', async () => {
    const bad = edited();
    bad.sections[1].fields.push(
      { name: 'plotNo', label: '小班号', type: 'text' },
      { name: 'soil', label: '土壤类型', type: 'select', options: [] },
    );
    const res = await window.post(`${ITEM}/form/versions`, { form: bad });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as Array<{ field: string; message: string }>;
    // summary + 3 original fields after it (county, areaHa) → plotNo at 3, purpose 4, 小班号 5, 土壤类型 6.
    expect(errors).toContainEqual({
      field: 'form.sections.1.fields.5.name',
      message: '字段“小班号”：字段键“plotNo”与字段“地块编号”重复',
    });
    expect(errors).toContainEqual({
      field: 'form.sections.1.fields.6.options',
      message: '字段“土壤类型”：下拉选择字段需要至少一个选项',
    });
    expect((await window.get(ITEM)).json().form).toEqual(original);
    expect((await window.get(`${ITEM}/form/versions`)).json().items).toEqual([]);
    expect(await saves()).toBe(0);
    expect(await applyPage()).not.toContain('地块编号');
  });

  it('refuses a material code used twice', async () => {
    const bad = edited();
    bad.materials.push({ code: 'sitePhoto', name: '现场照片（补充）', required: false, formats: ['jpg'] });
    const res = await window.post(`${ITEM}/form/versions`, { form: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: 'form.materials.4.code',
      message: '材料“现场照片（补充）”：编码“sitePhoto”重复',
    });
    expect(await saves()).toBe(0);
  });

  it('keeps the system administrator and other staff out', async () => {
    expect(
      (await (await t.signIn('sysadmin')).post(`${ITEM}/form/versions`, { form: edited() })).statusCode,
    ).toBe(403);
    expect((await t.ziyuan.post(`${ITEM}/form/versions`, { form: edited() })).statusCode).toBe(403);
    expect((await (await t.signIn('sysadmin')).get(`${ITEM}/form/versions`)).statusCode).toBe(403);
  });

  it('will not edit a form that a business module defines (林木采伐许可)', async () => {
    const res = await window.post('/api/services/items/LIC-01/form/versions', { form: edited() });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('不能在表单编辑器中修改');
  });

  it('saves a version that the public apply page uses at once; the earlier case keeps its form', async () => {
    const res = await window.post(`${ITEM}/form/versions`, {
      form: edited(),
      note: '增加地块编号和现场照片',
    });
    expect(res.statusCode, res.body).toBe(200);
    // Version 1 is the form as it was, version 2 the one saved.
    expect(res.json().version).toBe(2);
    const page = await applyPage();
    expect(page).toContain('地块编号');
    expect(page).toContain('见林权证附图');
    expect(page).toContain('森林防火');
    expect(page).toContain('现场照片');
    // The summary now comes before the county.
    expect(page.indexOf('申请事项说明')).toBeLessThan(page.indexOf('项目所在县（市、区）'));

    const versions = (await window.get(`${ITEM}/form/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ note: '增加地块编号和现场照片', savedByName: expect.any(String) });
    // 申请书, 身份证明, 设计 + 现场照片.
    expect(versions[0].materials).toBe(4);
    expect(await saves()).toBe(1);

    // The case filed before: shown with the form it was filed with (no 地块编号, no 现场照片).
    const detail = (await window.get(`/api/services/cases/${oldCaseId}`)).json();
    const labels = detail.form.sections.flatMap((s: { fields: Array<{ label: string }> }) =>
      s.fields.map((f) => f.label),
    );
    expect(labels).toContain('使用面积');
    expect(labels).not.toContain('地块编号');
    expect(detail.form.materials.map((m: { name: string }) => m.name)).not.toContain('现场照片');
  });
});
