import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../../test/app.ts';
import { fromRoot } from '../../../paths.ts';
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

// The archive follows the reader's data scope (issue 12 item 3): a permit belongs to the county whose
// bureau issued it, and a city bureau reads its own counties' permits only.
describe('who reads the archive', () => {
  const OTHERS = [
    HEADER.replace('备注', '备注,区划代码'),
    // 洛阳市嵩县: another city's county, by its issuing office.
    '豫0320180001,2018-04-02,2018-04-02,2018-04-06,嵩县林业局,赵六,洛阳市嵩县,郑州市,松木,锯材,12,,豫C55555,,',
    // An office named by its city only, and a place of departure in one of 郑州's counties: the office's city wins.
    '豫0120180002,2018-05-02,2018-05-02,2018-05-06,郑州市林业局,钱七,郑州市新郑市,安徽省阜阳市,杨树,原木,8,,,,',
    // The 区划代码 column overrides what the names say.
    '豫0320180003,2018-06-02,2018-06-02,2018-06-06,河南省林业局,孙八,省直林场,山东省,杨树,原木,9,,,,410323',
  ].join('\n');

  it('a city bureau lists its counties’ permits, the resources division all of them', async () => {
    const bad = await t.ziyuan.post('/api/harvest/transport-permits/import', {
      csv: `${OTHERS}\n豫0320180004,2018-06-02,2018-06-02,2018-06-06,某林业局,周九,某地,某地,杨树,原木,9,,,,000000`,
      dryRun: true,
    });
    expect(bad.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '第 5 行 区划代码：“000000”不是河南省的县级或省辖市行政区划代码',
    ]);
    const res = await t.ziyuan.post('/api/harvest/transport-permits/import', { csv: OTHERS });
    expect(res.json()).toMatchObject({ inserted: 3, imported: true });

    const numbers = async (who: Client) =>
      (
        (await who.get('/api/harvest/transport-permits?pageSize=100')).json().items as Array<{
          number: string;
        }>
      )
        .map((p) => p.number)
        .sort();
    // The first describe imported 豫0120190001 and 豫0120190004 (中牟县林业局).
    expect(await numbers(t.ziyuan)).toEqual([
      '豫0120180002',
      '豫0120190001',
      '豫0120190004',
      '豫0320180001',
      '豫0320180003',
    ]);
    const zz = await t.signIn('zhengzhou');
    const zhengzhou = await zz.get('/api/harvest/transport-permits?pageSize=100');
    expect(zhengzhou.json().total).toBe(3);
    expect(await numbers(zz)).toEqual(['豫0120180002', '豫0120190001', '豫0120190004']);
    // Nothing of 洛阳's permits reaches the city bureau: not the shipper, not the vehicle.
    expect(zhengzhou.body).not.toContain('赵六');
    expect(zhengzhou.body).not.toContain('豫C55555');
  });

  it('the migration gives the permits imported before it their county by the same reading', async () => {
    const q = (text: string, params?: unknown[]) => t.database.query(text, params);
    const add = (number: string, issuer: string, origin: string) =>
      q(
        `insert into timber_transport_permits (number, issued_on, valid_from, valid_until, issuer, shipper, origin,
           destination, species, assortment, volume, row_hash, imported_at)
         values ($1, '2017-01-05', '2017-01-05', '2017-01-09', $2, '甲', $3, '乙', '杨树', '原木', 1, 'h', now())`,
        [number, issuer, origin],
      );
    await add('旧0001', '兰考县林业局', '开封市兰考县');
    await add('旧0002', '洛阳市林业局', '洛阳市嵩县');
    await add('旧0003', '河南省国有林场', '信阳市新县');
    await add('旧0004', '济源市林业局', '济源市');
    await add('旧0005', '某林场', '某地');
    const statements = fs
      .readFileSync(fromRoot('drizzle', '0034_transport-region-backfill.sql'), 'utf8')
      .split('--> statement-breakpoint');
    for (const s of statements) await q(s);
    const rows = await q(
      `select number, county_code, city_code from timber_transport_permits where number like '旧%' order by number`,
    );
    expect(rows).toEqual([
      { number: '旧0001', county_code: '410225', city_code: '410200' },
      { number: '旧0002', county_code: null, city_code: '410300' },
      { number: '旧0003', county_code: '411523', city_code: '411500' },
      { number: '旧0004', county_code: '419001', city_code: '419001' },
      { number: '旧0005', county_code: null, city_code: null },
    ]);
    await q(`delete from timber_transport_permits where number like '旧%'`);
  });
});
