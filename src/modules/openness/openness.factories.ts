// Fixtures of government openness shared by the tests and the demo data: the catalogue's
// categories (the seed: 8 kinds of matters disclosed to society, 4 inside the department — the seed
// counts them without naming them; the names below follow what the seed says is disclosed: 机构设置,
// 政策法规, 审批事项, 收费项目, 公告公示, 重大项目, 大额资金, 内部管理制度, 干部考核与职称评聘), a
// complete disclosure guide, and catalogue entries.
import type { Ctx } from '../../platform/context.ts';
import {
  type CategoryView,
  createCategory,
  type EntryInput,
  type EntryView,
  registerEntry,
} from './catalogue/catalogue.service.ts';
import { DEMO_FEE_ITEMS, type FeeItemSpec } from './fees/fee-items.data.ts';
import { createFeeItem, type FeeItemView } from './fees/fees.service.ts';
import { type GuideInput, type GuideView, saveGuide } from './guide/guide.service.ts';
import { DEMO_LAWS, type LawSpec } from './laws/laws.data.ts';
import { createLaw, type LawView } from './laws/laws.service.ts';
import { createNotice, type NoticeInput, type NoticeView } from './notices/notices.service.ts';
import type { CategoryAudience } from './openness.table.ts';

export interface CategorySpec {
  code: string;
  name: string;
  audience: CategoryAudience;
  description: string;
}

export const DEMO_CATEGORIES: CategorySpec[] = [
  {
    code: 'jgzn',
    name: '机构职能',
    audience: 'public',
    description: '机构设置、主要职责、领导分工与内设机构',
  },
  { code: 'zcfg', name: '政策法规', audience: 'public', description: '林业法律法规、规章和规范性文件' },
  { code: 'ghjh', name: '规划计划', audience: 'public', description: '林业发展规划、年度计划与统计信息' },
  {
    code: 'xzxk',
    name: '行政许可',
    audience: 'public',
    description: '行政许可事项的依据、条件、程序、时限与许可决定',
  },
  { code: 'sfxm', name: '行政事业性收费', audience: 'public', description: '收费项目、依据和标准' },
  { code: 'czzj', name: '财政资金', audience: 'public', description: '部门预算、决算与专项资金安排' },
  { code: 'zdxm', name: '重点项目', audience: 'public', description: '重大项目安排、招标采购与实施情况' },
  { code: 'ggqs', name: '公告公示', audience: 'public', description: '公告、公示与监督举报渠道' },
  { code: 'nbzd', name: '内部管理制度', audience: 'internal', description: '机关内部管理和行业管理制度' },
  {
    code: 'gbrs',
    name: '干部人事',
    audience: 'internal',
    description: '干部选拔任用、年度考核与专业技术职务评聘过程',
  },
  { code: 'cwgl', name: '财务管理', audience: 'internal', description: '机关经费与大额资金使用情况' },
  { code: 'jgjs', name: '机关建设', audience: 'internal', description: '机关党建、作风建设与党风廉政建设' },
];

export async function makeCategories(ctx: Ctx, specs = DEMO_CATEGORIES): Promise<Map<string, CategoryView>> {
  const out = new Map<string, CategoryView>();
  let sort = 10;
  for (const s of specs) {
    out.set(s.code, await createCategory(ctx, { ...s, sort }));
    sort += 10;
  }
  return out;
}

/** A guide with every part the Regulations ask for (what the demo publishes as version 1). */
export const DEMO_GUIDE: GuideInput = {
  title: '河南省林业局政府信息公开指南',
  sections: {
    scope:
      '本局依照《中华人民共和国政府信息公开条例》，主动公开下列政府信息：机构职能、政策法规、规划计划、行政许可、行政事业性收费、财政资金、重点项目和公告公示等八类信息。\n' +
      '具体内容见本网站“政府信息公开目录”，每条信息载明索引号、信息类别、发布机构、成文日期、发布日期、文号和有效性。\n' +
      '属于主动公开范围的政府信息，自该信息形成或者变更之日起 20 个工作日内予以公开。',
    channels:
      '主动公开的政府信息通过本局门户网站“政务公开”栏目发布，并可在本局政务受理中心和省档案馆、省图书馆设立的政府信息查阅场所查阅。\n' +
      '本局还通过新闻发布会、政务新媒体等方式公开政府信息。',
    procedure:
      '公民、法人或者其他组织可以向本局申请获取政府信息。申请应当采用书面形式，可以在本网站“依申请公开”栏目在线提交，也可以当面、邮寄提交申请表；采用书面形式确有困难的，可以口头提出，由受理人员代为填写。\n' +
      '申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。\n' +
      '本局收到申请后能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过 20 个工作日。申请内容不明确的，本局自收到申请之日起 7 个工作日内一次性告知申请人补正，答复期限自收到补正的申请之日起计算；申请人无正当理由逾期不补正的，视为放弃申请。征求第三方和其他机关意见所需时间不计算在答复期限内。',
    fees: '本局依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）收取信息处理费，按件计收或者按量计收，二者不同时适用，并事先书面告知申请人。',
    remedies:
      '公民、法人或者其他组织认为本局在政府信息公开工作中侵犯其合法权益的，可以向河南省人民政府政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
    office: '本局政府信息公开工作机构为河南省林业局办公室，负责受理依申请公开、提供政府信息查阅服务。',
  },
  officeAddress: '郑州市农业路东段，河南省林业局政务受理中心',
  officeHours: '法定工作日上午 9:00—12:00，下午 13:00—17:00（节假日除外）',
  officePhone: '0371-65000000',
  note: '首次发布',
};

export async function makeGuide(ctx: Ctx, input: GuideInput = DEMO_GUIDE): Promise<GuideView> {
  return saveGuide(ctx, input);
}

export interface EntrySpec extends Omit<EntryInput, 'categoryId'> {
  category: string;
}

export async function makeEntries(
  ctx: Ctx,
  categories: Map<string, CategoryView>,
  specs: EntrySpec[],
): Promise<EntryView[]> {
  const out: EntryView[] = [];
  for (const { category, ...spec } of specs)
    out.push(await registerEntry(ctx, { ...spec, categoryId: categories.get(category)!.id }));
  return out;
}

const ISSUER = '河南省林业局';

/** The demo's catalogue: a few entries per category, with one amended pair and one repealed. */
export function demoEntrySpecs(year: number): EntrySpec[] {
  const y = year;
  const e = (
    category: string,
    title: string,
    madeOn: string,
    genre: string,
    subject: string,
    extra: Partial<EntrySpec> = {},
  ): EntrySpec => ({
    category,
    title,
    madeOn,
    publishedOn: extra.publishedOn ?? madeOn,
    genre,
    subject,
    issuer: ISSUER,
    summary: extra.summary ?? '',
    docNumber: extra.docNumber ?? '',
    body: extra.body ?? '',
  });
  return [
    e('jgzn', '河南省林业局主要职责', `${y - 1}-03-15`, '其他', '机构职能', {
      summary: '本局的主要职责、内设机构和直属单位。',
      body: '贯彻落实党中央关于林业和草原工作的方针政策和决策部署，负责全省林业和草原及其生态保护修复的监督管理……',
    }),
    e('jgzn', '河南省林业局领导分工', `${y}-01-08`, '其他', '机构职能', {
      summary: '局领导班子成员的工作分工。',
    }),
    e('zcfg', '河南省林业局关于规范林木采伐管理的通知', `${y - 1}-05-20`, '通知', '农业、林业、水利', {
      docNumber: `豫林资〔${y - 1}〕21号`,
      summary: '规范林木采伐许可的申请、审核与监管。',
      body: '各省辖市林业局：为规范林木采伐管理，依据《中华人民共和国森林法》及其实施条例，现就有关事项通知如下……',
    }),
    e('zcfg', '河南省林业局行政规范性文件管理办法', `${y - 2}-09-01`, '办法', '综合政务', {
      docNumber: `豫林办〔${y - 2}〕30号`,
      summary: '行政规范性文件的起草、审核、发布与清理。',
    }),
    e('ghjh', `河南省林业局${y}年工作要点`, `${y}-02-10`, '计划', '农业、林业、水利', {
      docNumber: `豫林办〔${y}〕4号`,
      summary: `${y}年全省林业重点工作安排。`,
    }),
    e('ghjh', `${y - 1}年全省森林资源主要指标`, `${y}-03-20`, '报告', '农业、林业、水利', {
      summary: '森林覆盖率、森林蓄积量等年度统计指标。',
    }),
    e('xzxk', '林木采伐许可证核发办事指南', `${y - 1}-06-30`, '其他', '农业、林业、水利', {
      summary: '申请条件、材料、程序、时限与收费；在线办理见“网上办事”。',
    }),
    e('sfxm', '河南省林业局行政事业性收费项目目录', `${y}-01-20`, '公告', '财政、金融、审计', {
      summary: '本局收费项目的名称、依据、标准和执收单位。',
    }),
    e('czzj', `河南省林业局${y}年部门预算`, `${y}-02-05`, '报告', '财政、金融、审计', {
      summary: `${y}年部门收支预算、“三公”经费预算。`,
    }),
    e('czzj', `河南省林业局${y - 1}年部门决算`, `${y}-08-15`, '报告', '财政、金融、审计', {
      summary: `${y - 1}年部门收支决算、“三公”经费决算。`,
    }),
    e('zdxm', `${y}年中央财政林业改革发展资金项目安排`, `${y}-04-12`, '通知', '财政、金融、审计', {
      docNumber: `豫林规〔${y}〕7号`,
      summary: '造林补助、森林抚育、林业有害生物防治等项目的资金安排。',
    }),
    e('zdxm', '国家储备林建设项目招标公告', `${y}-05-06`, '公告', '城乡建设、环境保护', {
      summary: '项目概况、投标人资格要求与投标时间。',
    }),
    e('ggqs', '关于林业专业技术职务任职资格评审结果的公示', `${y}-06-02`, '公示', '劳动、人事、监察', {
      summary: '公示期内对评审结果有异议的，可向局人事处反映。',
    }),
    e('ggqs', '河南省林业局监督举报电话和投诉渠道', `${y}-01-05`, '公告', '综合政务', {
      summary: '监督举报电话、信箱及投诉的途径和方法。',
    }),
    e('nbzd', '河南省林业局机关公文处理办法', `${y - 1}-04-01`, '办法', '综合政务', {
      docNumber: `豫林办〔${y - 1}〕12号`,
      summary: '机关公文的拟制、办理与管理。',
    }),
    e('nbzd', '河南省林业局政务公开考核评议及责任追究办法', `${y - 1}-04-01`, '办法', '综合政务', {
      docNumber: `豫林办〔${y - 1}〕13号`,
    }),
    e('gbrs', `${y - 1}年度机关工作人员考核结果`, `${y}-01-25`, '报告', '劳动、人事、监察'),
    e('cwgl', `${y}年第一季度机关大额资金使用情况`, `${y}-04-10`, '报告', '财政、金融、审计'),
    e('jgjs', `${y}年机关党风廉政建设工作安排`, `${y}-02-20`, '计划', '综合政务'),
  ];
}

/** The fee items (行政事业性收费), in the given order; the demo's are the seed's 15. */
export async function makeFeeItems(ctx: Ctx, specs: FeeItemSpec[] = DEMO_FEE_ITEMS): Promise<FeeItemView[]> {
  const out: FeeItemView[] = [];
  let sort = 10;
  for (const s of specs) {
    out.push(await createFeeItem(ctx, { ...s, sort }));
    sort += 10;
  }
  return out;
}

/** Entries of the laws library (政策法规库); the demo's are in laws/laws.data.ts. */
export async function makeLaws(ctx: Ctx, specs: LawSpec[] = DEMO_LAWS): Promise<LawView[]> {
  const out: LawView[] = [];
  for (const s of specs) out.push(await createLaw(ctx, s));
  return out;
}

/** Public notices (公示); the demo's, dated around `today` (YYYY-MM-DD), are demoNoticeSpecs. */
export async function makeNotices(ctx: Ctx, specs: NoticeInput[]): Promise<NoticeView[]> {
  const out: NoticeView[] = [];
  for (const s of specs) out.push(await createNotice(ctx, s));
  return out;
}

const OFFICE_CONTACT =
  '对公示内容有异议的，请在公示期内以书面、电话或在线方式向河南省林业局反映。受理单位：河南省林业局人事处；电话：0371-65500000；地址：郑州市农业路东段。';

/** Two notices in their period, one about to begin and one archived (all marked as demo data). */
export function demoNoticeSpecs(today: string): NoticeInput[] {
  const day = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      type: 'cadre',
      title: '河南省林业局干部任前公示',
      body: '根据干部选拔任用工作有关规定，经局党组研究，拟任用以下同志，现予以公示：\n王某某，男，1982年生，研究生学历，现任森林资源管理处副处长，拟任森林资源管理处处长。\n（本公示为演示数据。）',
      startsOn: day(-2),
      endsOn: day(4),
      contact: OFFICE_CONTACT,
    },
    {
      type: 'title',
      title: '全省林业工程系列高级专业技术职务任职资格评审结果公示',
      body: '经全省林业工程系列高级专业技术职务任职资格评审委员会评审，张某某等42名同志通过高级工程师任职资格评审，名单见附表，现予以公示。\n（本公示为演示数据。）',
      startsOn: day(-1),
      endsOn: day(5),
      contact: OFFICE_CONTACT,
    },
    {
      type: 'project',
      title: '中央财政造林补助项目拟安排情况公示',
      body: '拟安排中央财政造林补助项目12个，涉及8个省辖市，补助面积与资金见附表，现予以公示。\n（本公示为演示数据。）',
      startsOn: day(3),
      endsOn: day(9),
      contact: '受理单位：河南省林业局生态保护修复处；电话：0371-65500000。',
    },
    {
      type: 'other',
      title: '省级森林乡村认定名单公示',
      body: '经县级推荐、市级审核和专家评审，拟认定50个村为省级森林乡村，现予以公示。\n（本公示为演示数据。）',
      startsOn: day(-20),
      endsOn: day(-14),
      contact: '受理单位：河南省林业局生态保护修复处；电话：0371-65500000。',
    },
  ];
}
