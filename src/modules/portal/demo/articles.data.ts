// Demo articles: fictitious but plausible news and notices of a provincial forestry department,
// generated from templates with a fixed seed (the same text on every machine). Every body ends
// with a line saying it is demo content. Dates are relative to the day the demo is loaded, so
// some columns are fresh, some stale, and a few are left empty for the freshness monitor.
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

const CITY_ACTIONS = [
  '全面启动春季植树造林工作',
  '开展松材线虫病秋季专项普查',
  '召开森林防火工作会议部署重点时段防控',
  '举办林业科技下乡活动',
  '推进国土绿化提速提质',
  '开展古树名木保护专项行动',
  '完成年度森林资源监测外业调查',
  '加强野生动物疫源疫病监测',
  '实施中幼龄林森林抚育项目',
  '开展美国白蛾第二代幼虫防治',
  '启动林长制巡林工作',
  '推进退化林修复试点',
  '发展林下经济带动群众增收',
  '油茶种植面积稳步扩大',
  '开展打击破坏森林资源违法犯罪专项行动',
  '举办全民义务植树活动',
  '推进森林乡村建设',
  '林木采伐许可证实现网上办理',
  '开展湿地保护宣传月活动',
  '组织生态护林员业务培训',
];

const HQ_NEWS = [
  '省林业厅召开全省林业工作会议',
  '省林业厅党组传达学习全省经济工作会议精神',
  '厅领导带队赴{city}调研国土绿化工作',
  '全省森林防火工作电视电话会议召开',
  '全省林业有害生物防治工作会议在{city}召开',
  '省林业厅召开政务信息工作会议',
  '省林业厅开展春季造林质量督查',
  '全省林长制工作推进会召开',
  '省林业厅举办林业行政执法培训班',
  '厅机关开展义务植树活动',
  '全省林业信息化工作座谈会召开',
  '省林业厅部署天然林保护工作',
  '全省退耕还林工程建设现场会在{city}召开',
  '省林业厅召开厅长办公会议研究重点工作',
  '全省湿地保护工作会议召开',
  '省林业厅开展“政务公开日”活动',
];

const HOME_NEWS = [
  '国家林业和草原局部署全国春季造林绿化工作',
  '全国森林防火形势总体平稳',
  '国家林草局发布林草产业发展报告',
  '全国松材线虫病防控工作推进会召开',
  '我国森林覆盖率持续提高',
  '全国古树名木资源普查成果发布',
  '国家林草局召开天然林保护修复工作会议',
  '全国油茶产业发展现场会召开',
];

const WORLD_NEWS = [
  '联合国粮农组织发布全球森林资源评估报告',
  '国际竹藤组织举办竹产业发展研讨会',
  '多国专家研讨森林可持续经营',
  '亚太地区林业委员会召开会议',
  '国际湿地公约缔约方大会关注湿地修复',
];

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

export const LAW_TITLES: Record<string, string[]> = {
  fl: [
    '中华人民共和国森林法',
    '中华人民共和国野生动物保护法',
    '中华人民共和国种子法',
    '中华人民共和国湿地保护法',
    '中华人民共和国防沙治沙法',
  ],
  xzfg: [
    '中华人民共和国森林法实施条例',
    '森林防火条例',
    '森林病虫害防治条例',
    '退耕还林条例',
    '植物检疫条例',
    '中华人民共和国野生植物保护条例',
  ],
  bmgz: [
    '林木和林地权属登记管理办法',
    '林业行政处罚程序规定',
    '林木种子生产经营许可证管理办法',
    '建设项目使用林地审核审批管理办法',
  ],
  dfxfg: ['河南省林业有害生物防治办法', '河南省古树名木保护办法', '河南省湿地保护条例'],
};

const GENERAL_TITLES = [
  '{year}年全省{subject}工作要点',
  '关于做好{subject}工作的通知',
  '{city}{subject}工作取得新进展',
  '全省{subject}工作现场会在{city}召开',
  '{year}年上半年{subject}工作情况',
  '{subject}典型经验：{city}的做法',
  '关于开展{subject}专项检查的通知',
  '{subject}工作问答',
];
const NOTICE_TITLES = [
  '关于{subject}有关事项的通知',
  '{year}年第{n}批{subject}结果公示',
  '关于{subject}的公告',
  '关于征求{subject}意见的通知',
];
const POLICY_TITLES = [
  '关于进一步加强{subject}工作的意见',
  '河南省{subject}管理办法',
  '关于印发《{subject}实施细则》的通知',
  '《关于加强{subject}工作的意见》政策解读',
];

const NEWS_PARAGRAPHS = [
  '{date}，{city}林业局组织召开专题会议，对{subject}工作进行安排部署。会议要求各县（市、区）提高思想认识，压实工作责任，确保各项任务按期完成。',
  '据了解，今年以来{city}已累计完成{subject}相关任务{n}万亩，较去年同期增长{p}%。各地坚持规划先行，因地制宜，注重实效。',
  '会议强调，要严格落实林长制，加强森林资源保护管理，做好森林防火和林业有害生物防治工作，巩固国土绿化成果。',
  '下一步，{city}将继续加大投入力度，强化技术指导和督促检查，推动全市林业高质量发展。',
  '活动现场，技术人员向群众发放宣传资料{n}余份，解答林木采伐许可证办理、林权证变更、公益林补偿等方面的咨询。',
];

const GENERAL_PARAGRAPHS = [
  '为贯彻落实全省林业工作会议精神，进一步做好{subject}工作，现将有关事项通知如下。',
  '一、提高认识。{subject}是林业生态建设的重要内容，各地要高度重视，明确分管领导和具体责任人。',
  '二、突出重点。要围绕天然林保护、森林抚育、退耕还林等重点工程，科学安排{subject}任务，确保质量和进度。',
  '三、加强督导。省林业厅将适时组织督查，对工作进展缓慢的单位进行通报。',
  '联系电话：0371-65{n4}（演示号码）。',
];

const NOTICE_PARAGRAPHS = [
  '根据有关规定，现将{subject}有关情况予以公示。公示期为 5 个工作日。',
  '公示期间，如有异议，请以书面形式向省林业厅反映。反映情况须实事求是，并提供联系方式。',
  '附：{subject}情况一览表（演示）。',
];

const POLICY_PARAGRAPHS = [
  '第一条　为了加强{subject}管理，保护和合理利用森林资源，根据《中华人民共和国森林法》等法律法规，结合本省实际，制定本办法。',
  '第二条　本省行政区域内从事{subject}相关活动，适用本办法。',
  '第三条　县级以上林业主管部门负责本行政区域内{subject}的监督管理工作。',
  '第四条　采伐林木应当申请林木采伐许可证，按照许可证的规定进行采伐；采伐限额内的公益林、商品林采伐按有关规定执行。',
  '第五条　本办法自发布之日起施行。',
];

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

/** The first paragraph and n − 1 of the others, kept in their order (numbered items stay in sequence). */
function paragraphs(list: string[], vars: Record<string, string>, rnd: () => number, n: number): string {
  const rest = list
    .slice(1)
    .map((p, i) => ({ p, i, r: rnd() }))
    .sort((a, b) => a.r - b.r)
    .slice(0, n - 1)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.p);
  return [list[0], ...rest].map((p) => `<p>${fill(p, vars)}</p>`).join('');
}

/** Title and body of the i-th demo article of a column. */
export function demoArticleText(
  column: { code: string; name: string; category: string; unitName: string },
  i: number,
  day: string,
): DemoArticleText {
  const rnd = prng(`${column.code}#${i}`);
  const year = day.slice(0, 4);
  const [, m, d] = day.split('-').map(Number);
  const cityCode = column.code.startsWith('sxdt-') ? column.code.slice(5) : null;
  const city = cityCode ? CITY_NAMES[DEMO_CITIES.findIndex(([c]) => c === cityCode)] : pick(rnd, CITY_NAMES);
  const subject = SUBJECTS[column.code] ?? column.name;
  const vars: Record<string, string> = {
    year,
    city,
    subject,
    date: `${m}月${d}日`,
    n: String(2 + Math.floor(rnd() * 30)),
    p: String(3 + Math.floor(rnd() * 20)),
    n4: String(1000 + Math.floor(rnd() * 9000)),
  };
  let title: string;
  let body: string;
  let origin: DemoArticleText['origin'] = 'original';
  let originName: string | undefined;
  let originUrl: string | undefined;
  let source = column.unitName;
  if (cityCode) {
    title = `${city}${CITY_ACTIONS[(i * 7 + cityCode.length) % CITY_ACTIONS.length]}`;
    body = paragraphs(NEWS_PARAGRAPHS, { ...vars, subject: title.replace(city, '') }, rnd, 3);
    source = `${city}林业局`;
  } else if (
    column.code === 'tnyw' ||
    column.code === 'zsdwdt' ||
    column.code === 'tpxw' ||
    column.code === 'cydt'
  ) {
    title = fill(HQ_NEWS[i % HQ_NEWS.length], vars);
    if (column.code === 'tpxw') title = `图片新闻：${title}`;
    body = paragraphs(NEWS_PARAGRAPHS, vars, rnd, 4);
    // 网刊共享: every fifth item also ran in the office's internal bulletin.
    if (i % 5 === 2) {
      origin = 'shared';
      originName = `《河南林业信息》${year}年第${1 + (i % 24)}期`;
    }
  } else if (column.code === 'gnlydt' || column.code === 'gjlydt' || column.code === 'schq') {
    const list =
      column.code === 'gjlydt'
        ? WORLD_NEWS
        : column.code === 'schq'
          ? [`${year}年${m}月木材及林产品市场行情`, '苗木价格走势分析', '核桃收购价格小幅上涨']
          : HOME_NEWS;
    title = list[i % list.length];
    body = paragraphs(NEWS_PARAGRAPHS, vars, rnd, 3);
    // 转载: taken from another site, with its name and address.
    origin = 'reposted';
    originName = column.code === 'gjlydt' ? '中国绿色时报' : '国家林业和草原局政府网';
    originUrl = `https://www.forestry.gov.cn/demo/${column.code}/${year}${String(m).padStart(2, '0')}${i}.html`;
    source = originName;
  } else if (LAW_TITLES[column.code]) {
    title = LAW_TITLES[column.code][i % LAW_TITLES[column.code].length];
    body = paragraphs(POLICY_PARAGRAPHS, { ...vars, subject: '林业' }, rnd, 5);
  } else if (column.category === 'policy') {
    title = fill(POLICY_TITLES[i % POLICY_TITLES.length], vars);
    body = paragraphs(POLICY_PARAGRAPHS, vars, rnd, 4);
  } else if (column.category === 'notice') {
    title = fill(NOTICE_TITLES[i % NOTICE_TITLES.length], vars);
    body = paragraphs(NOTICE_PARAGRAPHS, vars, rnd, 3);
  } else if (column.category === 'news') {
    title = `${city}${subject}工作扎实推进`;
    if (i > 0) title = fill(GENERAL_TITLES[(i + 2) % GENERAL_TITLES.length], vars);
    body = paragraphs(NEWS_PARAGRAPHS, vars, rnd, 3);
  } else {
    title = fill(GENERAL_TITLES[i % GENERAL_TITLES.length], vars);
    body = paragraphs(GENERAL_PARAGRAPHS, vars, rnd, 4);
  }
  return { title, bodyHtml: `${body}${DEMO_NOTE}`, source, origin, originName, originUrl };
}

/** How many articles a column gets, by kind of column. */
export function demoArticleCount(code: string, category: string, rnd: () => number): number {
  if (EMPTY_COLUMNS.includes(code)) return 0;
  if (code === 'tnyw') return 24;
  if (code.startsWith('sxdt-')) return 4 + Math.floor(rnd() * 5);
  if (category === 'news') return 6 + Math.floor(rnd() * 5);
  if (LAW_TITLES[code]) return LAW_TITLES[code].length;
  return 2 + Math.floor(rnd() * 3);
}

/** The body of a single-page column (机构职能, 联系我们, a division's page…). */
export function demoPageBody(
  column: { code: string; name: string; unitName: string },
  config: { address: string; phone: string },
): string {
  if (column.code === 'jgzn')
    return (
      '<p>河南省林业厅是省人民政府主管全省林业工作的组成部门。主要职责是：</p>' +
      '<ol><li>贯彻执行国家林业工作的方针、政策和法律法规，起草全省林业地方性法规、规章草案并组织实施；</li>' +
      '<li>组织、协调、指导和监督全省造林绿化、森林资源保护和管理工作；</li>' +
      '<li>负责全省湿地保护和陆生野生动植物保护管理工作；</li>' +
      '<li>组织、指导全省森林防火和林业有害生物防治检疫工作；</li>' +
      '<li>指导全省林业产业发展和林业科技、信息化工作。</li></ol>' +
      DEMO_NOTE
    );
  if (column.code === 'ldjj')
    return `<p>厅长主持厅全面工作；各位副厅长按分工分管有关处室和直属单位。领导分工详见“机构概况”。</p>${DEMO_NOTE}`;
  if (column.code === 'lxwm' || column.code === 'fwcn-jdts')
    return `<p>通信地址：${config.address}</p><p>联系电话：${config.phone}</p><p>监督投诉电话：0371-65000001（演示号码）</p>${DEMO_NOTE}`;
  if (column.code === 'sxlyj')
    return `<p>全省 18 个省辖市林业局及所属县（市、区）林业局的联系方式如下：</p><ul>${CITY_NAMES.map((c) => `<li>${c}林业局</li>`).join('')}</ul>${DEMO_NOTE}`;
  if (column.code === 'fwcn-nr')
    return `<p>政务受理中心实行“一站式”办公，凡行政许可项目全部进入中心受理，做到一次告知、限时办结。</p>${DEMO_NOTE}`;
  if (column.code === 'fwcn-xsbj')
    return `<p>行政许可事项在法定期限内办结；法定期限以工作日计算，法定节假日不计入。</p>${DEMO_NOTE}`;
  return `<p>${column.unitName}是河南省林业厅${column.code.startsWith('zsdw-') ? '直属单位' : '内设机构'}，负责${column.name.replace(/处|办公室|站|中心|院$/, '')}相关工作。</p><p>办公地址：${config.address}（演示）</p>${DEMO_NOTE}`;
}
