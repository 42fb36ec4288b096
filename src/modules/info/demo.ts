// Demo data of information work a department could click through: a year of weekly items from
// every kind of unit (divisions, affiliated units, city bureaus, some county bureaus) — some units
// miss weeks, as real ones do — adopted at every level (website, bulletin, provincial, national,
// central), some not adopted with the office's reason, this week's queue waiting for review, and one
// emergency with its follow-up and final report (emergencies/emergency-demo.ts).
// Loaded once through the module's factories, into an empty table only.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { units } from '../org/index.ts';
import { seedEmergencyDemo } from './emergencies/emergency-demo.ts';
import { type ItemSpec, makeItems } from './info.factories.ts';
import { weekOf } from './info.periods.ts';
import { LEVELS } from './info.settings.ts';
import { type AdoptionLevel, type ItemType, infoItems } from './info.table.ts';

const DEMO_LOCK = 7_501_500;
const DAY = 86_400_000;

// Deterministic: the same demo on every start.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Array<{ text: string; type: ItemType; deep?: boolean; months?: number[] }> = [
  { text: '扎实做好冬春季森林防火工作', type: 'news', months: [1, 2, 3, 4, 11, 12] },
  { text: '全面推行林长制取得新进展', type: 'news' },
  { text: '国土绿化重点工程造林进度过半', type: 'news', months: [3, 4, 5] },
  { text: '美国白蛾第一代防控工作全面展开', type: 'news', months: [5, 6] },
  { text: '松材线虫病疫情普查工作有序推进', type: 'news', months: [9, 10, 11] },
  { text: '林业有害生物监测预报网络建设的经验做法', type: 'experience' },
  { text: '以“放管服”改革优化林木采伐审批服务', type: 'experience' },
  { text: '集体林权制度改革试点的做法与成效', type: 'experience', deep: true },
  { text: '关于基层林业站人员断层问题的调研报告', type: 'research', deep: true },
  { text: '关于我省油茶产业发展情况的调研报告', type: 'research', deep: true },
  { text: '关于生态公益林补偿标准偏低问题的分析', type: 'problem', deep: true },
  { text: '部分地区林地占用审批积压需引起重视', type: 'problem' },
  { text: '关于加快林下经济发展的几点建议', type: 'suggestion' },
  { text: '关于完善森林保险理赔机制的建议', type: 'suggestion', deep: true },
  { text: '召开全市林业重点工作推进会', type: 'news' },
  { text: '开展“爱鸟周”野生动物保护宣传活动', type: 'news', months: [3, 4] },
  { text: '古树名木普查建档工作通过验收', type: 'news' },
  { text: '森林草原防灭火应急演练成功举行', type: 'news', months: [2, 3, 10, 11] },
  { text: '林业产业化龙头企业带动农民增收', type: 'experience' },
  { text: '湿地保护修复工程的做法与思考', type: 'research', deep: true },
  { text: '完成年度森林督查图斑核查任务', type: 'news', months: [7, 8, 9] },
  { text: '国有林场改革后续发展的难点与对策', type: 'research', deep: true },
];

const REASONS = [
  '内容为一般性工作动态，缺少数据和成效，建议补充后在网站动态栏目发布',
  '与本周已采用的同类信息重复',
  '时效性不足，事项已于上月报道',
];

const AUTHORS = [
  '王丽',
  '刘强',
  '陈静',
  '杨光',
  '赵敏',
  '黄磊',
  '周婷',
  '吴昊',
  '徐娜',
  '孙伟',
  '马超',
  '朱琳',
];

export async function seedInfoDemo(ctx: Ctx): Promise<number> {
  const rand = prng(20261207);
  const rows = await ctx.db
    .select({
      id: units.id,
      path: units.path,
      name: units.name,
      shortName: units.shortName,
      type: units.type,
      code: units.code,
    })
    .from(units)
    .where(
      and(
        inArray(units.type, ['division', 'affiliated', 'city_bureau', 'county_bureau']),
        eq(units.active, true),
      ),
    )
    .orderBy(units.sort, units.code);
  // Every division, affiliated unit and city bureau; the county bureaus of 郑州.
  const submitters = rows.filter(
    (u) => u.code !== 'HNLY-BGS' && (u.type !== 'county_bureau' || u.code.startsWith('X4101')),
  );
  const points = Object.fromEntries(
    await Promise.all(LEVELS.map(async (l) => [l.level, await getSetting(ctx, l.setting)] as const)),
  ) as Record<AdoptionLevel, number>;
  const thisWeek = weekOf(ctx.now);
  const specs: ItemSpec[] = [];
  for (const [u, unit] of submitters.entries()) {
    // Some units inform well, some do not (the circular shows which).
    const diligence = 0.55 + ((u * 37) % 45) / 100;
    const name = unit.shortName ?? unit.name;
    for (let w = 51; w >= 0; w--) {
      const monday = thisWeek.from.getTime() - w * 7 * DAY;
      if (rand() > diligence) continue; // a missed week
      const n = rand() < 0.25 ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const at = new Date(monday + Math.floor(rand() * 5) * DAY + (9 + Math.floor(rand() * 8)) * 3_600_000);
        if (at > ctx.now) continue;
        const month = Number(new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(5, 7));
        const fitting = TOPICS.filter((t) => !t.months || t.months.includes(month));
        const topic = fitting[Math.floor(rand() * fitting.length)];
        const recent = ctx.now.getTime() - at.getTime() < 5 * DAY;
        const spec: ItemSpec = {
          unit,
          title: `${name}${topic.text}`,
          type: topic.type,
          depth: topic.deep || rand() < 0.08 ? 'comprehensive' : 'general',
          authorName: AUTHORS[(u + k) % AUTHORS.length],
          submittedAt: at,
        };
        if (recent) {
          spec.status = rand() < 0.5 ? 'submitted' : 'reviewing';
        } else {
          const r = rand();
          const adoptAt = (days: number) => new Date(at.getTime() + days * DAY);
          if (r < 0.15) {
            spec.status = 'not_adopted';
            spec.reviewNote = REASONS[Math.floor(rand() * REASONS.length)];
          } else {
            const adoptions: ItemSpec['adoptions'] = [
              { level: 'website', points: points.website, at: adoptAt(1) },
            ];
            const deep = spec.depth === 'comprehensive';
            if (rand() < (deep ? 0.7 : 0.2)) {
              adoptions.push({ level: 'bulletin', points: points.bulletin, at: adoptAt(2) });
              const s = rand();
              if (s < (deep ? 0.3 : 0.08))
                adoptions.push({ level: 'province', points: points.province, at: adoptAt(6) });
              if (s < (deep ? 0.08 : 0.02))
                adoptions.push({ level: 'nfga', points: points.nfga, at: adoptAt(9) });
              if (s < (deep ? 0.02 : 0.003))
                adoptions.push({ level: 'central', points: points.central, at: adoptAt(14) });
            }
            spec.adoptions = adoptions.filter((a) => a.at <= ctx.now);
            if (!spec.adoptions.length) spec.status = 'reviewing';
          }
        }
        specs.push(spec);
      }
    }
  }
  await makeItems(ctx, specs);
  return specs.length;
}

export function loadInfoDemo(ctx: Ctx): Promise<boolean> {
  return loadDemoOnce(ctx, {
    lock: DEMO_LOCK,
    async wanted(c) {
      const [{ n }] = await c.db.select({ n: sql<number>`count(*)::int` }).from(infoItems);
      if (n > 0) return false;
      const [{ u }] = await c.db
        .select({ u: sql<number>`count(*)::int` })
        .from(units)
        .where(eq(units.type, 'city_bureau'));
      return u > 0;
    },
    load: async (tx) => {
      await seedInfoDemo(tx);
      await seedEmergencyDemo(tx);
    },
  });
}
