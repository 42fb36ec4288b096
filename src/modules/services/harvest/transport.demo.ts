// Demo archive of timber transport permits (演示数据, fictitious): a few dozen permits issued by
// Henan county forestry bureaus between 2016 and June 2020, as a CSV in the import format.
import type { Ctx } from '../../../platform/context.ts';
import { listQuotaRegions } from './regions.ts';
import { importTransportCsv } from './transport.service.ts';
import { timberTransportPermits } from './transport.table.ts';

const HEADER =
  '证号,签发日期,有效期起,有效期止,签发机关,货主,起运地,到达地,树种,材种,数量(立方米),件数,运输工具,备注';
const SPECIES: Array<[string, string]> = [
  ['杨树', '原木'],
  ['杨树', '锯材'],
  ['泡桐', '原木'],
  ['刺槐', '原木'],
  ['榆树', '原木'],
  ['松木', '锯材'],
  ['杨树', '单板'],
];
const SHIPPERS = [
  '兰考县桐韵乐器材料有限公司',
  '王建国',
  '周口市宏达木业有限公司',
  '李秀兰',
  '商丘市林丰板材厂',
  '张志强',
  '民权县鑫源木材经营部',
];
const DESTINATIONS = [
  '山东省临沂市兰山区',
  '江苏省宿迁市沭阳县',
  '河北省廊坊市文安县',
  '郑州市中牟县',
  '安徽省阜阳市太和县',
];

/** The demo CSV: 40 rows, deterministic. */
export function demoTransportCsv(): string {
  const counties = listQuotaRegions().filter((r) => r.kind === 'county');
  const lines = [HEADER];
  for (let i = 0; i < 40; i++) {
    const county = counties[(i * 7) % counties.length];
    const year = 2016 + (i % 5);
    // The last year's permits stop in June 2020, before the abolition on 1 July.
    const month = year === 2020 ? 1 + (i % 6) : 1 + ((i * 5) % 12);
    const day = 1 + ((i * 11) % 27);
    const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const until = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day + 5, 28)).padStart(2, '0')}`;
    const [species, assortment] = SPECIES[i % SPECIES.length];
    const volume = (18 + ((i * 37) % 140) / 4).toFixed(2);
    lines.push(
      [
        `豫${county.code.slice(2, 4)}${year}${String(1000 + i * 13).padStart(6, '0')}`,
        issued,
        issued,
        until,
        `${county.name}林业局`,
        SHIPPERS[i % SHIPPERS.length],
        `${county.cityName}${county.name}`,
        DESTINATIONS[i % DESTINATIONS.length],
        species,
        assortment,
        volume,
        String(40 + ((i * 17) % 200)),
        `豫${String.fromCharCode(65 + (i % 8))}${String(10000 + i * 271).slice(-5)}`,
        '演示数据',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Loads the demo archive into an empty archive; 0 when it holds anything already. */
export async function seedDemoTransportPermits(ctx: Ctx): Promise<number> {
  const [any] = await ctx.db.select({ id: timberTransportPermits.id }).from(timberTransportPermits).limit(1);
  if (any) return 0;
  const report = await importTransportCsv(ctx, { csv: demoTransportCsv(), sourceName: '演示数据' });
  return report.inserted;
}
