import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';
import { demoTransportCsv } from './transport.demo.ts';
import { parseTransportCsv } from './transport.service.ts';
import { runTransportImport } from './transport-import.cli.ts';

let t: HarvestTestApp;

beforeAll(async () => {
  t = await buildHarvestTestApp();
});
afterAll(() => t.close());

const HEADER =
  '证号,签发日期,有效期起,有效期止,签发机关,货主,起运地,到达地,树种,材种,数量(立方米),件数,运输工具,备注';
// Line 2 good; line 3 issued after the abolition; line 4 reversed and negative; lines 5–7 one good
// record with line breaks inside quotes; line 8 repeats line 2's number.
const CSV = [
  HEADER,
  '豫0120190001,2019-05-03,2019-05-03,2019-05-08,中牟县林业局,王建国,郑州市中牟县,"山东省临沂市兰山区,板材市场",杨树,原木,32.5,120,豫A12345,',
  '豫0120200002,2020-07-01,2020-07-01,2020-07-05,中牟县林业局,河南绿源苗木有限公司,郑州市中牟县,江苏省宿迁市,杨树,原木,20,80,,',
  '豫0120190003,2019/6/1,2019-06-01,2019-05-30,中牟县林业局,李四,郑州市中牟县,郑州市金水区,泡桐,锯材,-3,,,',
  '"豫0120190004",2019-07-01,2019-07-01,2019-07-03,中牟县林业局,"周口市宏达木业有限公司",郑州市中牟县,"河北省廊坊市\n文安县",杨树,单板,15.125,,,"多行\n备注"',
  '豫0120190001,2019-08-01,2019-08-01,2019-08-02,中牟县林业局,王建国,郑州市中牟县,郑州市,杨树,原木,10,,,',
].join('\n');

const EXPECTED_ERRORS = [
  '第 3 行 签发日期：木材运输证已于2020年7月1日取消，签发日期不得晚于 2020-06-30（本平台不核发新证）',
  '第 3 行 有效期起：木材运输证已于2020年7月1日取消，有效期起日不得在 2020-07-01 或之后',
  '第 4 行 有效期止：早于有效期起日，起止颠倒',
  '第 4 行 数量（立方米）：“-3”应为大于 0 的数字（最多 3 位小数）',
  '第 8 行 证号：与第 2 行证号重复',
];

const html = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const lookup = (no: string) => html(`/services/transport-permits?no=${encodeURIComponent(no)}`);

describe('reading the CSV', () => {
  it('reports every bad row by its line, quoted commas and line breaks included', () => {
    const parsed = parseTransportCsv(CSV);
    expect(parsed.total).toBe(5);
    expect(parsed.errors.map((e) => e.message)).toEqual(EXPECTED_ERRORS);
    expect(parsed.rows.map((r) => [r.line, r.permit.number, r.permit.destination])).toEqual([
      [2, '豫0120190001', '山东省临沂市兰山区,板材市场'],
      [5, '豫0120190004', '河北省廊坊市\n文安县'],
    ]);
  });

  it('names a missing column', () => {
    expect(parseTransportCsv('证号,签发日期\n豫1,2019-01-01').errors[0].message).toBe('表头缺少“有效期起”列');
  });

  it('generates a demo archive that reads without a single error, all before July 2020', () => {
    const parsed = parseTransportCsv(demoTransportCsv());
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(40);
    expect(parsed.rows.every((r) => r.permit.issuedOn <= '2020-06-30')).toBe(true);
  });
});

describe('importing', () => {
  it('imports nothing from a file with bad rows unless asked for a partial import, then is idempotent', async () => {
    const all = await t.ziyuan.post('/api/harvest/transport-permits/import', {
      csv: CSV,
      fileName: 'zhongmou.csv',
    });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 5, inserted: 0, rejected: 3, imported: false });
    expect((await lookup('豫0120190001')).body).toContain('未查到该证号，请核对');

    const partial = await t.ziyuan.post('/api/harvest/transport-permits/import', {
      csv: CSV,
      fileName: 'zhongmou.csv',
      partial: true,
    });
    expect(partial.json()).toMatchObject({
      total: 5,
      inserted: 2,
      updated: 0,
      unchanged: 0,
      rejected: 3,
      imported: true,
    });
    expect(partial.json().errors.map((e: { message: string }) => e.message)).toEqual(EXPECTED_ERRORS);

    const again = await t.ziyuan.post('/api/harvest/transport-permits/import', { csv: CSV, partial: true });
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('is for the resources division only, and no route creates a single permit', async () => {
    const zz = await t.signIn('zhengzhou');
    expect((await zz.post('/api/harvest/transport-permits/import', { csv: CSV })).statusCode).toBe(403);
    expect((await t.ziyuan.post('/api/harvest/transport-permits', { number: 'X' })).statusCode).toBe(404);
  });

  it('runs from the command line with line numbers in its report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-transport-'));
    const file = path.join(dir, 'archive.csv');
    fs.writeFileSync(file, `\uFEFF${CSV}`);
    const strict = await runTransportImport([file], t.database, t.deps);
    expect(strict.code).toBe(1);
    expect(strict.lines).toContain(`  ${EXPECTED_ERRORS[0]}`);
    expect(strict.lines.at(-1)).toBe(
      '有错误，未导入任何记录。改正后重新导入，或加 --partial 只导入无误的行。',
    );
    const partial = await runTransportImport([file, '--partial'], t.database, t.deps);
    expect(partial.code).toBe(0);
    expect(partial.lines[0]).toBe('读取 5 行：新增 0，更新 0，未变 2，有误 3。');
    expect((await runTransportImport([], t.database, t.deps)).code).toBe(64);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the public lookup', () => {
  it('shows the abolition banner and a historical permit, a private shipper’s name masked', async () => {
    const empty = await html('/services/transport-permits');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('木材运输证已于2020年7月1日取消');
    const found = await lookup('豫0120190001');
    expect(found.body).toContain('木材运输证已于2020年7月1日取消');
    expect(found.body).toContain('历史证件（已停止使用）');
    expect(found.body).toContain('2019-05-03 至 2019-05-08');
    expect(found.body).toContain('王*');
    expect(found.body).not.toContain('王建国');
    const company = await lookup('豫0120190004');
    expect(company.body).toContain('周口市宏达木业有限公司');
    const none = await lookup('豫0120200002');
    expect(none.body).toContain('未查到该证号，请核对');
  });
});
