// The demo site's column tree, as the seed describes the department's portal in 2007: 13
// first-level, 71 second-level and 95 third-level columns, "重点突出了政务信息发布、信息服务和网上
// 办事". Names follow what Henan's and other provincial forestry portals used; each column has the
// unit the seed's "分解任务" would make responsible for it (unit codes of the org demo data).
import type { ColumnCategory, ColumnKind } from '../portal.table.ts';

export interface ColumnDef {
  code: string;
  name: string;
  /** Responsible unit's code (org demo data). */
  unit: string;
  kind?: ColumnKind;
  target?: string;
  category?: ColumnCategory;
  reviewSteps?: 1 | 2;
  description?: string;
  children?: ColumnDef[];
}

/** The 18 省辖市: column code suffix, name, bureau unit code. */
export const DEMO_CITIES: Array<[string, string, string]> = [
  ['zhengzhou', '郑州', 'C410100'],
  ['kaifeng', '开封', 'C410200'],
  ['luoyang', '洛阳', 'C410300'],
  ['pingdingshan', '平顶山', 'C410400'],
  ['anyang', '安阳', 'C410500'],
  ['hebi', '鹤壁', 'C410600'],
  ['xinxiang', '新乡', 'C410700'],
  ['jiaozuo', '焦作', 'C410800'],
  ['puyang', '濮阳', 'C410900'],
  ['xuchang', '许昌', 'C411000'],
  ['luohe', '漯河', 'C411100'],
  ['sanmenxia', '三门峡', 'C411200'],
  ['nanyang', '南阳', 'C411300'],
  ['shangqiu', '商丘', 'C411400'],
  ['xinyang', '信阳', 'C411500'],
  ['zhoukou', '周口', 'C411600'],
  ['zhumadian', '驻马店', 'C411700'],
  ['jiyuan', '济源', 'C419001'],
];

const DIVISIONS: Array<[string, string, string]> = [
  ['bgs', '办公室', 'HNLY-BGS'],
  ['zcfgc', '政策法规处', 'HNLY-ZCFG'],
  ['zyc', '森林资源管理处', 'HNLY-ZYC'],
  ['zlc', '造林绿化管理处', 'HNLY-ZLC'],
  ['ybc', '野生动植物保护处', 'HNLY-YBC'],
  ['ghc', '发展规划与资金管理处', 'HNLY-GHC'],
  ['kjc', '科技处', 'HNLY-KJC'],
  ['rsc', '人事处', 'HNLY-RSC'],
  ['cyc', '林业产业发展处', 'HNLY-CYC'],
  ['gjc', '国际合作处', 'HNLY-GJC'],
  ['fhb', '森林防火办公室', 'HNLY-FHB'],
  ['sdc', '湿地保护管理处', 'HNLY-SDC'],
  ['lcc', '国有林场和林木种苗工作处', 'HNLY-LCC'],
  ['jgdw', '机关党委', 'HNLY-JGDW'],
  ['ltg', '离退休干部处', 'HNLY-LTG'],
];

const AFFILIATED: Array<[string, string, string]> = [
  ['xxzx', '信息中心', 'HNLY-XXZX'],
  ['slzx', '政务受理中心', 'HNLY-SLZX'],
  ['ghy', '林业调查规划院', 'HNLY-GHY'],
  ['lky', '林业科学研究院', 'HNLY-LKY'],
  ['sfz', '森林病虫害防治检疫站', 'HNLY-SFZ'],
  ['zmz', '林木种苗和经济林管理站', 'HNLY-ZMZ'],
  ['lgz', '林业技术工作总站', 'HNLY-LGZ'],
  ['ybzx', '野生动植物保护中心', 'HNLY-YBZX'],
  ['jjz', '林业基金管理站', 'HNLY-JJZ'],
  ['fwzx', '机关服务中心', 'HNLY-FWZX'],
];

const page = (code: string, name: string, unit: string): ColumnDef => ({ code, name, unit, kind: 'page' });
const mod = (code: string, name: string, unit: string, target: string): ColumnDef => ({
  code,
  name,
  unit,
  kind: 'module',
  target,
});
const news = (code: string, name: string, unit: string, children?: ColumnDef[]): ColumnDef => ({
  code,
  name,
  unit,
  category: 'news',
  children,
});
const list = (code: string, name: string, unit: string, children?: ColumnDef[]): ColumnDef => ({
  code,
  name,
  unit,
  children,
});

export const DEMO_COLUMNS: ColumnDef[] = [
  {
    code: 'jggk',
    name: '机构概况',
    unit: 'HNLY-BGS',
    description: '河南省林业局的主要职责、领导分工、内设机构与直属单位。',
    children: [
      page('jgzn', '机构职能', 'HNLY-BGS'),
      page('ldjj', '领导简介', 'HNLY-RSC'),
      {
        code: 'nsjg',
        name: '内设机构',
        unit: 'HNLY-RSC',
        children: DIVISIONS.map(([c, n, u]) => page(`nsjg-${c}`, n, u)),
      },
      {
        code: 'zsdw',
        name: '直属单位',
        unit: 'HNLY-RSC',
        children: AFFILIATED.map(([c, n, u]) => page(`zsdw-${c}`, n, u)),
      },
      page('sxlyj', '市县林业部门', 'HNLY-BGS'),
      page('lxwm', '联系我们', 'HNLY-BGS'),
    ],
  },
  {
    code: 'zwgk',
    name: '政务公开',
    unit: 'HNLY-BGS',
    description: '政府信息公开指南、目录、年度报告与依申请公开。',
    children: [
      mod('zfxxgkzn', '政府信息公开指南', 'HNLY-BGS', 'openness-guide'),
      mod('zfxxgkml', '政府信息公开目录', 'HNLY-BGS', 'openness-catalogue'),
      list('zfxxgknb', '政府信息公开年报', 'HNLY-BGS'),
      mod('ysqgk', '依申请公开', 'HNLY-BGS', 'openness-apply'),
      list('rsxx', '人事信息', 'HNLY-RSC', [
        list('rsxx-gbrm', '干部任免', 'HNLY-RSC'),
        list('rsxx-zlzp', '招录招聘', 'HNLY-RSC'),
        list('rsxx-pxjy', '教育培训', 'HNLY-RSC'),
      ]),
      list('czzj', '财政资金', 'HNLY-GHC', [
        list('czzj-bmys', '部门预算', 'HNLY-GHC'),
        list('czzj-bmjs', '部门决算', 'HNLY-GHC'),
        list('czzj-zxzj', '专项资金', 'HNLY-JJZ'),
      ]),
      list('ghjh', '规划计划', 'HNLY-GHC', [
        list('ghjh-fzgh', '发展规划', 'HNLY-GHC'),
        list('ghjh-ndjh', '年度计划', 'HNLY-GHC'),
        list('ghjh-tjxx', '统计信息', 'HNLY-GHY'),
      ]),
      list('zdxm', '重点项目', 'HNLY-GHC', [
        list('zdxm-xmap', '项目安排', 'HNLY-GHC'),
        list('zdxm-zbcg', '招标采购', 'HNLY-FWZX'),
      ]),
    ],
  },
  {
    code: 'wsbs',
    name: '网上办事',
    unit: 'HNLY-SLZX',
    kind: 'module',
    target: 'services',
    description: '行政许可事项的办事指南、在线申报、办件查询与证书查验。',
    children: [
      mod('bszn', '办事指南', 'HNLY-SLZX', 'services'),
      mod('zxsb', '在线申报', 'HNLY-SLZX', 'services'),
      mod('bjcx', '办件查询', 'HNLY-SLZX', 'services'),
      mod('zscx', '证书查验', 'HNLY-SLZX', 'services'),
      list('xzsp', '行政审批事项', 'HNLY-SLZX', [
        list('xzsp-lmcf', '林木采伐', 'HNLY-ZYC'),
        list('xzsp-ldsh', '林地审核', 'HNLY-ZYC'),
        list('xzsp-ydzw', '野生动植物', 'HNLY-YBC'),
        list('xzsp-lmzm', '林木种苗', 'HNLY-ZMZ'),
        list('xzsp-zwjy', '植物检疫', 'HNLY-SFZ'),
      ]),
      list('bgxz', '表格下载', 'HNLY-SLZX'),
    ],
  },
  {
    code: 'hdjl',
    name: '互动交流',
    unit: 'HNLY-BGS',
    kind: 'module',
    target: 'interaction',
    description: '局长信箱、在线咨询、网上举报、专家咨询与民意征集。',
    children: [
      mod('tzxx', '局长信箱', 'HNLY-BGS', 'interaction'),
      mod('zxzx', '在线咨询', 'HNLY-BGS', 'interaction'),
      mod('wsjb', '网上举报', 'HNLY-BGS', 'interaction'),
      list('zjzx', '专家咨询', 'HNLY-KJC'),
      list('myzj', '民意征集', 'HNLY-BGS'),
      list('zxft', '在线访谈', 'HNLY-XXZX'),
    ],
  },
  {
    ...news('lydt', '林业动态', 'HNLY-XXZX', [
      { ...news('tnyw', '局内要闻', 'HNLY-BGS'), reviewSteps: 2 },
      news(
        'sxdt',
        '市县动态',
        'HNLY-XXZX',
        DEMO_CITIES.map(([c, n, u]) => news(`sxdt-${c}`, n, u)),
      ),
      news('zsdwdt', '直属单位动态', 'HNLY-XXZX'),
      news('gnlydt', '国内林业动态', 'HNLY-XXZX'),
      news('gjlydt', '国际林业动态', 'HNLY-GJC'),
      news('tpxw', '图片新闻', 'HNLY-XXZX'),
    ]),
    description: '局内要闻、市县动态和国内外林业动态。',
  },
  {
    code: 'zcfg',
    name: '政策法规',
    unit: 'HNLY-ZCFG',
    category: 'policy',
    reviewSteps: 2,
    description: '林业法律、行政法规、部门规章、地方性法规、规范性文件与政策解读。',
    children: [
      { code: 'fl', name: '法律', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
      { code: 'xzfg', name: '行政法规', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
      { code: 'bmgz', name: '部门规章', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
      { code: 'dfxfg', name: '地方性法规', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
      {
        code: 'gfxwj',
        name: '规范性文件',
        unit: 'HNLY-ZCFG',
        category: 'policy',
        reviewSteps: 2,
        children: [
          { code: 'gfxwj-szf', name: '省政府文件', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
          { code: 'gfxwj-tfw', name: '局发文件', unit: 'HNLY-BGS', category: 'policy', reviewSteps: 2 },
        ],
      },
      { code: 'zcjd', name: '政策解读', unit: 'HNLY-ZCFG', category: 'policy' },
    ],
  },
  {
    code: 'gggs',
    name: '公告公示',
    unit: 'HNLY-BGS',
    category: 'notice',
    reviewSteps: 2,
    description: '通知公告、行政许可公示、招标公告、人事与项目公示。',
    children: [
      { code: 'tzgg', name: '通知公告', unit: 'HNLY-BGS', category: 'notice', reviewSteps: 2 },
      {
        code: 'xzxkgs',
        name: '行政许可公示',
        unit: 'HNLY-SLZX',
        category: 'notice',
        children: [
          { code: 'xzxkgs-lmcf', name: '林木采伐许可', unit: 'HNLY-ZYC', category: 'notice' },
          { code: 'xzxkgs-syld', name: '使用林地审核同意', unit: 'HNLY-ZYC', category: 'notice' },
          { code: 'xzxkgs-qt', name: '其他行政许可', unit: 'HNLY-SLZX', category: 'notice' },
        ],
      },
      { code: 'zbgg', name: '招标公告', unit: 'HNLY-FWZX', category: 'notice' },
      { code: 'rsgs', name: '人事公示', unit: 'HNLY-RSC', category: 'notice', reviewSteps: 2 },
      { code: 'xmgs', name: '项目公示', unit: 'HNLY-GHC', category: 'notice' },
    ],
  },
  {
    code: 'fwcn',
    name: '服务承诺',
    unit: 'HNLY-SLZX',
    description: '政务受理中心的服务承诺、限时办结制度与监督投诉渠道。',
    children: [
      page('fwcn-nr', '服务承诺', 'HNLY-SLZX'),
      page('fwcn-xsbj', '限时办结', 'HNLY-SLZX'),
      page('fwcn-jdts', '监督投诉', 'HNLY-BGS'),
    ],
  },
  {
    code: 'jgjs',
    name: '机关建设',
    unit: 'HNLY-JGDW',
    description: '党建工作、廉政建设、机关文化与规章制度。',
    children: [
      list('djgz', '党建工作', 'HNLY-JGDW', [
        list('djgz-llxx', '理论学习', 'HNLY-JGDW'),
        list('djgz-zbjs', '支部建设', 'HNLY-JGDW'),
      ]),
      list('lzjs', '廉政建设', 'HNLY-JGDW'),
      list('jgwh', '机关文化', 'HNLY-JGDW'),
      list('gzzd', '规章制度', 'HNLY-BGS'),
      list('ltxgb', '离退休干部', 'HNLY-LTG'),
    ],
  },
  {
    code: 'lycy',
    name: '林业产业',
    unit: 'HNLY-CYC',
    description: '林业产业发展动态、林下经济、花卉苗木、经济林与林产品加工。',
    children: [
      news('cydt', '产业动态', 'HNLY-CYC'),
      list('lxjj', '林下经济', 'HNLY-CYC'),
      list('hhmm', '花卉苗木', 'HNLY-ZMZ'),
      list('jjl', '经济林', 'HNLY-ZMZ', [
        list('jjl-ht', '核桃', 'HNLY-ZMZ'),
        list('jjl-yc', '油茶', 'HNLY-ZMZ'),
        list('jjl-lg', '林果', 'HNLY-ZMZ'),
      ]),
      list('lcpjg', '林产品加工', 'HNLY-CYC'),
    ],
  },
  {
    code: 'gqxx',
    name: '供求信息',
    unit: 'HNLY-XXZX',
    description: '林产品、苗木的供应与求购信息和市场行情。',
    children: [
      list('gyxx', '供应信息', 'HNLY-XXZX'),
      list('qgxx', '求购信息', 'HNLY-XXZX'),
      list('schq', '市场行情', 'HNLY-XXZX'),
      list('mmxx', '苗木信息', 'HNLY-ZMZ'),
    ],
  },
  {
    code: 'stjs',
    name: '生态建设',
    unit: 'HNLY-ZLC',
    description: '造林绿化、森林资源、湿地与野生动植物保护、森林防火、有害生物防治与林业科技。',
    children: [
      list('zlh', '造林绿化', 'HNLY-ZLC', [
        list('zlh-gtlh', '国土绿化', 'HNLY-ZLC'),
        list('zlh-ywzs', '义务植树', 'HNLY-ZLC'),
        list('zlh-pylh', '平原绿化', 'HNLY-LGZ'),
      ]),
      list('zybh', '资源保护', 'HNLY-ZYC', [
        list('zybh-slzy', '森林资源', 'HNLY-GHY'),
        list('zybh-ldgl', '林地管理', 'HNLY-ZYC'),
        list('zybh-cfgl', '采伐管理', 'HNLY-ZYC'),
        list('zybh-gsmm', '古树名木', 'HNLY-ZLC'),
      ]),
      list('sdbh', '湿地保护', 'HNLY-SDC', [
        list('sdbh-sdgy', '湿地公园', 'HNLY-SDC'),
        list('sdbh-sdzy', '湿地资源', 'HNLY-SDC'),
      ]),
      list('ybdzw', '野生动植物保护', 'HNLY-YBC', [
        list('ybdzw-zrbhq', '自然保护区', 'HNLY-YBC'),
        list('ybdzw-jh', '野生动物救护', 'HNLY-YBZX'),
        list('ybdzw-yyjc', '疫源疫病监测', 'HNLY-YBZX'),
      ]),
      list('slfh', '森林防火', 'HNLY-FHB', [
        news('slfh-fhdt', '防火动态', 'HNLY-FHB'),
        list('slfh-hxyj', '火险预警', 'HNLY-FHB'),
      ]),
      list('yhsw', '林业有害生物防治', 'HNLY-SFZ', [
        list('yhsw-scxc', '松材线虫病防治', 'HNLY-SFZ'),
        list('yhsw-mgbe', '美国白蛾防治', 'HNLY-SFZ'),
        list('yhsw-jyzf', '检疫执法', 'HNLY-SFZ'),
      ]),
      list('lykj', '林业科技', 'HNLY-KJC', [
        list('lykj-kjcg', '科技成果', 'HNLY-LKY'),
        list('lykj-bzgf', '标准规范', 'HNLY-KJC'),
        list('lykj-kjtg', '科技推广', 'HNLY-LGZ'),
      ]),
    ],
  },
  {
    code: 'ztzl',
    name: '专题专栏',
    unit: 'HNLY-XXZX',
    description: '林业重点工作的专题。',
    children: [
      list('ztzl-lzz', '林长制', 'HNLY-ZYC', [
        news('ztzl-lzz-gzdt', '工作动态', 'HNLY-ZYC'),
        list('ztzl-lzz-zcwj', '政策文件', 'HNLY-ZCFG'),
      ]),
      list('ztzl-slhn', '森林河南建设', 'HNLY-ZLC', [
        news('ztzl-slhn-jsdt', '建设动态', 'HNLY-ZLC'),
        list('ztzl-slhn-dxjy', '典型经验', 'HNLY-ZLC'),
      ]),
      list('ztzl-tghl', '退耕还林', 'HNLY-ZLC', [
        list('ztzl-tghl-gcgl', '工程管理', 'HNLY-ZLC'),
        list('ztzl-tghl-zcdx', '政策兑现', 'HNLY-JJZ'),
      ]),
      list('ztzl-trlbh', '天然林保护', 'HNLY-ZYC'),
    ],
  },
];

/** How often a column must get a new article, by the seed's rule (monthly) and DOMAIN §6 (news: 2 weeks). */
export function defaultUpdateDays(
  kind: ColumnKind,
  category: ColumnCategory,
  hasChildren: boolean,
): number | null {
  if (kind !== 'list' || hasChildren) return null;
  return category === 'news' ? 14 : 30;
}
