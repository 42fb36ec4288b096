// Demo articles: fictitious but plausible news, notices, documents, plans and statistics of a
// provincial forestry bureau (texts in articles.corpus.ts), dated and numbered with a fixed seed (the
// same site on every machine). Every body ends with a line saying it is demo content. Dates are relative to the day the demo is loaded, so
// some columns are fresh, some stale, and a few are left empty for the freshness monitor.
import {
  ANNUAL_PLANS,
  BUREAU_DOCUMENTS,
  BUREAU_NEWS,
  CHIEF_NEWS,
  CITY_NEWS,
  type CorpusArticle,
  FIRE_NEWS,
  FOREST_HENAN_NEWS,
  FOREST_LAND_NOTICES,
  GENERAL,
  INDUSTRY_NEWS,
  LAWS,
  NATIONAL_NEWS,
  NOTICES,
  OTHER_PERMIT_NOTICES,
  PERMIT_NOTICES,
  PERSONNEL_NOTICES,
  PLANS,
  POLICY_NOTES,
  PROJECT_NOTICES,
  PROVINCE_DOCUMENTS,
  STATISTICS,
  TENDERS,
  UNIT_NEWS,
  WORLD_NEWS,
} from './articles.corpus.ts';
import { DEMO_CITIES } from './columns.data.ts';

/** A deterministic pseudo-random generator (mulberry32) seeded from a string. */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** Columns deliberately left without any article (empty columns count against a site, DOMAIN §6). */
export const EMPTY_COLUMNS = ['zxft', 'czzj-zxzj', 'jjl-lg', 'ztzl-tghl-zcdx'];

/**
 * Columns whose last article is long past their update rule: how many days ago it was.
 * (Policy columns past 6 months fail the national inspection; the others break the monthly rule.)
 */
export const STALE_COLUMNS: Record<string, number> = {
  'sxdt-hebi': 45,
  'sxdt-luohe': 38,
  'sxdt-jiyuan': 95,
  gjlydt: 60,
  lcpjg: 75,
  ltxgb: 120,
  'zybh-gsmm': 50,
  'sdbh-sdzy': 140,
  'lykj-bzgf': 200,
  'ghjh-ndjh': 160,
  'xzxkgs-qt': 70,
  'gfxwj-szf': 230,
  dfxfg: 250,
};

const CITY_NAMES = DEMO_CITIES.map(([, n]) => `${n}${n === '济源' ? '' : '市'}`);

// Subjects for columns whose name alone reads oddly in a title.
const SUBJECTS: Record<string, string> = {
  'rsxx-gbrm': '干部任免',
  'rsxx-zlzp': '事业单位公开招聘',
  'rsxx-pxjy': '林业干部教育培训',
  'czzj-bmys': '部门预算',
  'czzj-bmjs': '部门决算',
  'ghjh-fzgh': '林业发展规划',
  'ghjh-ndjh': '年度林业生产计划',
  'ghjh-tjxx': '林业统计',
  'zdxm-xmap': '林业重点项目',
  'zdxm-zbcg': '政府采购',
  'xzsp-lmcf': '林木采伐许可证办理',
  'xzsp-ldsh': '使用林地审核',
  'xzsp-ydzw': '野生动植物行政许可',
  'xzsp-lmzm': '林木种苗生产经营许可',
  'xzsp-zwjy': '植物检疫证书办理',
  bgxz: '行政许可申请表格',
  zjzx: '林业专家咨询',
  myzj: '林业政策意见征集',
  zfxxgknb: '政府信息公开工作年度报告',
  tzgg: '林业工作',
  'xzxkgs-lmcf': '林木采伐许可',
  'xzxkgs-syld': '使用林地审核同意',
  'xzxkgs-qt': '行政许可',
  zbgg: '林业项目招标',
  rsgs: '干部任前',
  xmgs: '林业项目',
  'djgz-llxx': '党组理论学习中心组学习',
  'djgz-zbjs': '党支部标准化建设',
  lzjs: '党风廉政建设',
  jgwh: '机关文化建设',
  gzzd: '机关规章制度',
  ltxgb: '离退休干部服务',
  lxjj: '林下经济',
  hhmm: '花卉苗木产业',
  'jjl-ht': '核桃产业',
  'jjl-yc': '油茶产业',
  lcpjg: '林产品加工',
  gyxx: '苗木供应',
  qgxx: '苗木求购',
  schq: '木材市场行情',
  mmxx: '苗木市场',
  'zlh-gtlh': '国土绿化',
  'zlh-ywzs': '全民义务植树',
  'zlh-pylh': '平原绿化',
  'zybh-slzy': '森林资源监测',
  'zybh-ldgl': '林地保护利用',
  'zybh-cfgl': '森林采伐限额管理',
  'zybh-gsmm': '古树名木保护',
  'sdbh-sdgy': '湿地公园建设',
  'sdbh-sdzy': '湿地资源监测',
  'ybdzw-zrbhq': '自然保护区管理',
  'ybdzw-jh': '野生动物救护',
  'ybdzw-yyjc': '野生动物疫源疫病监测',
  'slfh-hxyj': '森林火险预警',
  'yhsw-scxc': '松材线虫病防治',
  'yhsw-mgbe': '美国白蛾防治',
  'yhsw-jyzf': '森林植物检疫执法',
  'lykj-kjcg': '林业科技成果',
  'lykj-bzgf': '林业地方标准',
  'lykj-kjtg': '林业科技推广',
  'ztzl-lzz-zcwj': '林长制',
  'ztzl-slhn-dxjy': '森林河南建设',
  'ztzl-tghl-gcgl': '退耕还林工程',
  'ztzl-trlbh': '天然林保护',
  zcjd: '林业政策',
  'gfxwj-tfw': '林业行政管理',
  'gfxwj-szf': '林业生态建设',
};

export const DEMO_NOTE = '<p>（本文为演示数据，人物、数字与事件均为虚构。）</p>';

export interface DemoArticleText {
  title: string;
  bodyHtml: string;
  source: string;
  origin: 'original' | 'shared' | 'reposted';
  originName?: string;
  originUrl?: string;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? '');
}

/** The texts of a column that has its own (news of the bureau, notices, laws…), or undefined. */
function corpusOf(code: string): { list: CorpusArticle[]; periodic?: boolean } | undefined {
  if (code.startsWith('sxdt-')) return { list: CITY_NEWS };
  if (LAWS[code]) return { list: LAWS[code] };
  const table: Record<string, { list: CorpusArticle[]; periodic?: boolean }> = {
    tnyw: { list: BUREAU_NEWS },
    zsdwdt: { list: UNIT_NEWS },
    gnlydt: { list: NATIONAL_NEWS },
    gjlydt: { list: WORLD_NEWS },
    tpxw: { list: CITY_NEWS },
    cydt: { list: INDUSTRY_NEWS },
    'slfh-fhdt': { list: FIRE_NEWS },
    'ztzl-lzz-gzdt': { list: CHIEF_NEWS },
    'ztzl-slhn-jsdt': { list: FOREST_HENAN_NEWS },
    tzgg: { list: NOTICES },
    'xzxkgs-lmcf': { list: PERMIT_NOTICES, periodic: true },
    'xzxkgs-syld': { list: FOREST_LAND_NOTICES, periodic: true },
    'xzxkgs-qt': { list: OTHER_PERMIT_NOTICES, periodic: true },
    zbgg: { list: TENDERS },
    rsgs: { list: PERSONNEL_NOTICES },
    xmgs: { list: PROJECT_NOTICES },
    'gfxwj-szf': { list: PROVINCE_DOCUMENTS },
    'gfxwj-tfw': { list: BUREAU_DOCUMENTS },
    'ztzl-lzz-zcwj': { list: BUREAU_DOCUMENTS },
    zcjd: { list: POLICY_NOTES },
    'ghjh-fzgh': { list: PLANS },
    'ghjh-ndjh': { list: ANNUAL_PLANS },
    'ghjh-tjxx': { list: STATISTICS },
  };
  return table[code];
}

// Reposted columns: taken from another site, with its name (转载).
const REPOSTED: Record<string, string> = { gnlydt: '国家林业和草原局政府网', gjlydt: '中国绿色时报' };

/** Title and body of the i-th demo article of a column (i = 0 is the newest). */
export function demoArticleText(
  column: { code: string; name: string; category: string; unitName: string },
  i: number,
  day: string,
): DemoArticleText {
  const rnd = prng(`${column.code}#${i}`);
  const year = day.slice(0, 4);
  const [, m, d] = day.split('-').map(Number);
  const cityCode = column.code.startsWith('sxdt-') ? column.code.slice(5) : null;
  const cityIndex = cityCode ? DEMO_CITIES.findIndex(([c]) => c === cityCode) : -1;
  const city = cityIndex >= 0 ? CITY_NAMES[cityIndex] : pick(rnd, CITY_NAMES.slice(0, 17));
  const corpus = corpusOf(column.code);
  const vars: Record<string, string> = {
    year,
    lastYear: String(Number(year) - 1),
    city,
    subject: SUBJECTS[column.code] ?? column.name,
    date: `${m}月${d}日`,
    n: String(12 + Math.floor(rnd() * 80)),
    m: String(3 + Math.floor(rnd() * 40)),
    p: String(5 + Math.floor(rnd() * 20)),
    // A public announcement's issue number: the newest has the highest.
    k: corpus?.periodic ? String(Math.max(1, 24 - i)) : String(2 + Math.floor(rnd() * 7)),
  };
  let item: CorpusArticle;
  if (cityIndex >= 0) item = CITY_NEWS[(i * 5 + cityIndex) % CITY_NEWS.length];
  else if (corpus) item = corpus.list[i % corpus.list.length];
  else item = GENERAL[(i + column.code.length) % GENERAL.length];
  let title = fill(item.title, vars);
  if (column.code === 'tpxw') title = `【图片新闻】${title}`;
  const body = item.paragraphs.map((p) => `<p>${fill(p, vars)}</p>`).join('');
  const reposted = REPOSTED[column.code];
  let source = cityIndex >= 0 ? `${city}林业局` : column.unitName;
  let origin: DemoArticleText['origin'] = 'original';
  let originName: string | undefined;
  let originUrl: string | undefined;
  if (reposted) {
    origin = 'reposted';
    originName = reposted;
    originUrl = `https://www.forestry.gov.cn/demo/${column.code}/${year}${String(m).padStart(2, '0')}${i}.html`;
    source = reposted;
  } else if (column.code === 'tnyw' && i % 5 === 2) {
    // 网刊共享: every fifth item also ran in the office's internal bulletin.
    origin = 'shared';
    originName = `《河南林业信息》${year}年第${1 + (i % 24)}期`;
  }
  return { title, bodyHtml: `${body}${DEMO_NOTE}`, source, origin, originName, originUrl };
}

/** How many articles a column gets: its own texts once each (announcements by issue), or a few. */
export function demoArticleCount(code: string, category: string, rnd: () => number): number {
  if (EMPTY_COLUMNS.includes(code)) return 0;
  if (code.startsWith('sxdt-')) return 4 + Math.floor(rnd() * 5);
  const corpus = corpusOf(code);
  if (corpus?.periodic) return 4 + Math.floor(rnd() * 4);
  if (corpus) return code === 'tpxw' ? 6 : corpus.list.length;
  if (category === 'news') return 4 + Math.floor(rnd() * 3);
  return 2 + Math.floor(rnd() * 3);
}

/** The body of a single-page column (机构职能, 联系我们, a division's page…). */
export function demoPageBody(
  column: { code: string; name: string; unitName: string },
  config: { address: string; phone: string },
): string {
  if (column.code === 'jgzn')
    return (
      '<p>河南省林业局是省人民政府主管全省林业工作的组成部门。主要职责是：</p>' +
      '<ol><li>贯彻执行国家林业工作的方针、政策和法律法规，起草全省林业地方性法规、规章草案并组织实施；</li>' +
      '<li>组织、协调、指导和监督全省造林绿化、森林资源保护和管理工作；</li>' +
      '<li>负责全省湿地保护和陆生野生动植物保护管理工作；</li>' +
      '<li>组织、指导全省森林防火和林业有害生物防治检疫工作；</li>' +
      '<li>指导全省林业产业发展和林业科技、信息化工作。</li></ol>' +
      DEMO_NOTE
    );
  if (column.code === 'ldjj')
    return `<p>局长主持局全面工作；各位副局长按分工分管有关处室和直属单位。领导分工详见“机构概况”。</p>${DEMO_NOTE}`;
  if (column.code === 'lxwm' || column.code === 'fwcn-jdts')
    return `<p>通信地址：${config.address}</p><p>联系电话：${config.phone}</p><p>监督投诉电话：0371-65000001（演示号码）</p>${DEMO_NOTE}`;
  if (column.code === 'sxlyj')
    return `<p>全省 18 个省辖市林业局及所属县（市、区）林业局的联系方式如下：</p><ul>${CITY_NAMES.map((c) => `<li>${c}林业局</li>`).join('')}</ul>${DEMO_NOTE}`;
  if (column.code === 'fwcn-nr')
    return `<p>政务受理中心实行“一站式”办公，凡行政许可项目全部进入中心受理，做到一次告知、限时办结。</p>${DEMO_NOTE}`;
  if (column.code === 'fwcn-xsbj')
    return `<p>行政许可事项在法定期限内办结；法定期限以工作日计算，法定节假日不计入。</p>${DEMO_NOTE}`;
  return `<p>${column.unitName}是河南省林业局${column.code.startsWith('zsdw-') ? '直属单位' : '内设机构'}，负责${column.name.replace(/处|办公室|站|中心|院$/, '')}相关工作。</p><p>办公地址：${config.address}（演示）</p>${DEMO_NOTE}`;
}
