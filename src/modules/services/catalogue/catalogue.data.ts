// The demo catalogue of licensing items (行政许可事项): the reference data's names, legal basis and
// verification status, plus the guide elements of DOMAIN §3 and an application form per item.
// Conditions, materials and procedures are drafted for the demo from common provincial guides and
// are marked as such on every guide (指南内容待核实) until the department confirms them.
import type { FieldOption, FormDefinition, FormField, MaterialSpec } from '../forms.ts';
import type {
  FeeInfo,
  ItemDataStatus,
  ItemKind,
  LegalBasis,
  NotCountedProcedure,
} from '../services.table.ts';
import { notCountedFor } from './not-counted.data.ts';
import { REFERENCE_ITEMS, type ReferenceItem } from './reference-items.data.ts';

export interface CatalogueItem {
  code: string;
  name: string;
  kind: ItemKind;
  legalBasis: LegalBasis[];
  conditions: string;
  place: string;
  hours: string;
  phone: string;
  procedure: string[];
  statutoryWorkdays: number;
  promisedWorkdays: number;
  fees: FeeInfo;
  topics: string[];
  lifeEvents: string[];
  audiences: Array<'citizen' | 'org'>;
  form: FormDefinition;
  handlingUnitCode: string;
  issuingLevels: string[];
  /** 行政许可法 第四十五条: the procedures whose time is not counted, with their basis. */
  notCounted: NotCountedProcedure[];
  dataStatus: ItemDataStatus;
  verificationNote: string;
  sort: number;
  /** In the demo's 21 items (the 2007 department's count); the grassland and scenic-area items came in 2018. */
  demo: boolean;
}

// 行政许可法 第四十二条: 20 working days unless a law sets otherwise (no item-specific limit verified).
export const STATUTORY_WORKDAYS = 20;

export const TOPICS = [
  '林木采伐',
  '林地使用',
  '林草种苗',
  '植物检疫',
  '野生动物',
  '野生植物',
  '种质资源',
  '自然保护地',
  '森林草原防火',
  '草原',
] as const;

export const LIFE_EVENTS = [
  '林木经营与采伐',
  '工程建设用地',
  '开办种苗企业',
  '野生动植物经营利用',
  '科研考察与拍摄',
  '野外用火与作业',
  '狩猎',
  '境外人员来豫',
] as const;

const PLACE = '河南省林业局政务受理中心（郑州市农业路东段，一楼大厅窗口）；或通过本网站“网上办事”在线申请';
const HOURS = '工作日上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）';
const PHONE = '0371-65000000';

const FREE: FeeInfo = { free: true, lines: [], note: '不收费' };

const VEGETATION_FEE: FeeInfo = {
  free: false,
  lines: [
    {
      code: 'FEE-01',
      name: '森林植被恢复费',
      basis:
        '财政部、国家林业局《森林植被恢复费征收使用管理暂行办法》（财综〔2002〕73号）；《河南省森林植被恢复费征收使用管理实施办法》（2005）',
      standard:
        '按使用林地面积和林地类型计征：用材林、经济林、薪炭林林地及苗圃地每平方米 6 元；未成林造林地 4 元；防护林和特种用途林林地 8 元（国家重点 10 元）；疏林地、灌木林地 3 元；宜林地、采伐迹地、火烧迹地 2 元；城市及规划区内加倍（2007 年标准，2015 年已调整，以现行标准为准）',
    },
  ],
  note: '经审核后按核定金额缴纳，凭缴款票据办理；临时使用林地自 2023 年 4 月 25 日起不再收取。',
};

const PROCEDURE_PROMISED = [
  '申请：在线提交或到政务受理中心窗口提交申请材料',
  '受理：窗口对材料进行审查，材料齐全、符合法定形式的予以受理并出具受理通知；材料不齐全的一次性告知需补正的内容（补正期间不计入办理时限）',
  '审查：承办处室对申请材料进行审查，需要现场核查的组织核查（核查时间不计入办理时限）',
  '决定：作出准予或不予行政许可的决定；不予许可的说明理由，并告知申请复议或提起诉讼的权利',
  '送达：准予许可的自决定之日起 10 个工作日内颁发、送达许可证件或决定书',
];

const PROCEDURE_ON_THE_SPOT = [
  '申请：到政务受理中心窗口或在线提交申请材料',
  '受理与审查：材料齐全、符合法定形式的，窗口当场审查',
  '决定与发证：符合条件的当场作出决定并出具证件；需要检疫检验或核实的，按承诺时限办结',
];

// ---- forms ----

const opts = (...labels: string[]): FieldOption[] => labels.map((l) => ({ value: l, label: l }));

const CONTACT: FormField[] = [
  { name: 'contactName', label: '联系人', type: 'text', required: true, min: 2, max: 30 },
  { name: 'contactPhone', label: '联系电话', type: 'phone', required: true },
  { name: 'address', label: '通讯地址', type: 'text', required: true, min: 5, max: 100 },
];

function genericForm(opts2: {
  countyLabel?: string;
  extra?: FormField[];
  materials: MaterialSpec[];
}): FormDefinition {
  return {
    sections: [
      { title: '申请人与联系方式', fields: CONTACT },
      {
        title: '申请事项',
        fields: [
          {
            name: 'county',
            label: opts2.countyLabel ?? '项目所在县（市、区）',
            type: 'county',
            required: true,
          },
          ...(opts2.extra ?? []),
          {
            name: 'summary',
            label: '申请事项说明',
            type: 'textarea',
            required: true,
            min: 10,
            max: 2000,
            help: '简要说明申请的内容、地点、规模、期限和理由',
          },
        ],
      },
    ],
    materials: opts2.materials,
  };
}

const APPLICATION: MaterialSpec = {
  code: 'application',
  name: '申请书',
  required: true,
  formats: ['pdf'],
  note: '申请人签字或盖章',
};
const IDENTITY: MaterialSpec = {
  code: 'identity',
  name: '申请人身份证明（身份证或营业执照）',
  required: true,
  formats: ['pdf', 'jpg', 'png'],
};
const mat = (code: string, name: string, required = true, note?: string): MaterialSpec => ({
  code,
  name,
  required,
  formats: ['pdf', 'jpg', 'png'],
  ...(note ? { note } : {}),
});

// ---- the items: the parts the reference data does not give ----

interface Draft {
  kind?: ItemKind;
  promised: number;
  unit: string;
  topics: string[];
  lifeEvents: string[];
  audiences?: Array<'citizen' | 'org'>;
  conditions: string;
  extra?: FormField[];
  countyLabel?: string;
  materials: MaterialSpec[];
  fees?: FeeInfo;
}

const AREA_HA: FormField = {
  name: 'areaHa',
  label: '使用面积',
  type: 'number',
  required: true,
  min: 0.0001,
  max: 100_000,
  unit: '公顷',
};
const PERIOD: FormField[] = [
  { name: 'periodFrom', label: '期限：起', type: 'date', required: true },
  { name: 'periodTo', label: '期限：止', type: 'date', required: true },
];
const SPECIES: FormField = {
  name: 'species',
  label: '物种名称',
  type: 'text',
  required: true,
  min: 1,
  max: 60,
};
const QUANTITY: FormField = {
  name: 'quantity',
  label: '数量',
  type: 'integer',
  required: true,
  min: 1,
  max: 1_000_000,
  unit: '只（株、件）',
};

const DRAFTS: Record<string, Draft> = {
  'LIC-01': {
    promised: 6,
    unit: 'HNLY-ZYC',
    topics: ['林木采伐'],
    lifeEvents: ['林木经营与采伐'],
    countyLabel: '采伐地点所在县（市、区）',
    conditions:
      '1. 申请人为林木所有者或经营者，林木权属清楚、无争议；2. 采伐符合森林经营方案和年度采伐限额；3. 公益林只能进行抚育采伐、更新采伐或低质低效林改造；4. 不在封山育林期或封山育林区内；5. 上年度采伐后已按规定完成更新造林。',
    materials: [
      APPLICATION,
      IDENTITY,
      mat('forestRight', '林木权属证明（林权证或不动产权证书）'),
      mat('design', '伐区调查设计或采伐作业说明'),
    ],
  },
  'LIC-02': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['林地使用'],
    lifeEvents: ['工程建设用地'],
    audiences: ['org'],
    conditions:
      '1. 建设项目符合林地保护利用规划和使用林地定额；2. 已取得项目批准、核准或备案文件；3. 已编制使用林地可行性报告或现状调查表；4. 按规定缴纳森林植被恢复费。',
    extra: [
      { name: 'projectName', label: '建设项目名称', type: 'text', required: true, min: 2, max: 100 },
      AREA_HA,
      {
        name: 'landType',
        label: '林地类型',
        type: 'select',
        required: true,
        options: opts(
          '用材林/经济林/薪炭林林地',
          '防护林/特种用途林林地',
          '未成林造林地',
          '疏林地/灌木林地',
          '宜林地/采伐迹地/火烧迹地',
        ),
      },
    ],
    materials: [
      APPLICATION,
      IDENTITY,
      mat('approval', '建设项目批准、核准或备案文件'),
      mat('feasibility', '使用林地可行性报告或林地现状调查表'),
      mat('landOwner', '被使用林地的权属证明及补偿协议'),
    ],
    fees: VEGETATION_FEE,
  },
  'LIC-03': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['林地使用'],
    lifeEvents: ['工程建设用地'],
    conditions:
      '1. 确因建设项目施工、地质勘查等需要临时使用林地；2. 临时使用期限一般不超过两年，不得修建永久性建筑物；3. 使用期满后一年内恢复植被和林业生产条件。',
    extra: [AREA_HA, ...PERIOD],
    materials: [
      APPLICATION,
      IDENTITY,
      mat('restoration', '植被恢复方案'),
      mat('landOwner', '林地权属证明及使用协议'),
    ],
    fees: { free: true, lines: [], note: '自 2023 年 4 月 25 日起不再收取森林植被恢复费' },
  },
  'LIC-04': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['林地使用'],
    lifeEvents: ['林木经营与采伐', '工程建设用地'],
    conditions:
      '1. 申请人为森林经营单位；2. 工程设施直接为林业生产经营服务，位于其经营范围内；3. 符合林地保护利用规划。',
    extra: [AREA_HA],
    materials: [APPLICATION, IDENTITY, mat('design', '工程设施设计方案及位置图')],
  },
  'LIC-05': {
    promised: 15,
    unit: 'HNLY-LCC',
    topics: ['林草种苗'],
    lifeEvents: ['开办种苗企业'],
    audiences: ['org'],
    conditions:
      '1. 具有与种子生产经营相适应的生产经营设施、设备及专业技术人员；2. 生产林木良种的，具有良种生产基地；3. 法律、法规规定的其他条件。',
    extra: [
      {
        name: 'scope',
        label: '生产经营范围',
        type: 'checkbox',
        required: true,
        options: opts('林木良种繁殖材料生产', '林木良种繁殖材料经营', '其他林草种子生产', '其他林草种子经营'),
      },
    ],
    materials: [
      APPLICATION,
      IDENTITY,
      mat('facilities', '生产经营场所和设施设备证明'),
      mat('staff', '专业技术人员资格证明'),
    ],
  },
  'LIC-06': {
    kind: 'on_the_spot',
    promised: 0,
    unit: 'HNLY-SFZ',
    topics: ['植物检疫'],
    lifeEvents: ['林木经营与采伐', '开办种苗企业'],
    conditions: '调运的林草植物及其产品经检疫未发现检疫性有害生物，或经除害处理合格。',
    extra: [
      SPECIES,
      QUANTITY,
      { name: 'destination', label: '调入地', type: 'text', required: true, min: 2, max: 60 },
    ],
    materials: [APPLICATION, IDENTITY, mat('origin', '产地检疫合格证或复检材料')],
  },
  'LIC-07': {
    promised: 15,
    unit: 'HNLY-SFZ',
    topics: ['植物检疫', '林草种苗'],
    lifeEvents: ['开办种苗企业'],
    conditions: '引进的种子、苗木不属于禁止进境物，引进单位具备隔离试种条件。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('contract', '引种合同或意向书'), mat('isolation', '隔离试种计划')],
  },
  'LIC-08': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生动物'],
    lifeEvents: ['野生动植物经营利用'],
    conditions:
      '1. 有适宜人工繁育的固定场所和必需的设施；2. 具备与繁育物种相适应的资金、技术和人员；3. 人工繁育的种源来源合法。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('site', '繁育场所及设施证明'), mat('source', '种源合法来源证明')],
  },
  'LIC-09': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生动物'],
    lifeEvents: ['野生动植物经营利用'],
    conditions: '出售、购买、利用的野生动物及其制品来源合法，用途符合法律规定，并附有专用标识。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('source', '来源合法证明'), mat('purpose', '用途说明')],
  },
  'LIC-10': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生动物'],
    lifeEvents: ['狩猎', '科研考察与拍摄'],
    conditions: '因科学研究、种群调控、疫源疫病监测或其他特殊情况，需要猎捕国家二级保护野生动物。',
    extra: [SPECIES, QUANTITY, ...PERIOD],
    materials: [APPLICATION, IDENTITY, mat('plan', '猎捕方案（时间、地点、工具、方法）')],
  },
  'LIC-11': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生动物'],
    lifeEvents: ['狩猎'],
    audiences: ['citizen'],
    conditions: '猎捕非国家重点保护野生动物，符合县级野生动物保护主管部门核定的限额。',
    extra: [SPECIES, QUANTITY, ...PERIOD],
    materials: [APPLICATION, IDENTITY],
  },
  'LIC-12': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生动物'],
    lifeEvents: ['科研考察与拍摄', '境外人员来豫'],
    conditions:
      '外国人在我省对国家重点保护陆生野生动物进行野外考察或拍摄，应有中方合作单位并提交考察或拍摄计划。',
    extra: [...PERIOD],
    materials: [APPLICATION, IDENTITY, mat('partner', '中方合作单位证明'), mat('plan', '考察或拍摄计划')],
  },
  'LIC-13': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生植物'],
    lifeEvents: ['野生动植物经营利用', '科研考察与拍摄'],
    conditions: '因科学研究、人工培育、文化交流等特殊需要，采集国家二级保护野生植物，且不破坏野生植物资源。',
    extra: [SPECIES, QUANTITY, ...PERIOD],
    materials: [APPLICATION, IDENTITY, mat('plan', '采集方案（地点、数量、方法）')],
  },
  'LIC-14': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['野生植物'],
    lifeEvents: ['野生动植物经营利用'],
    conditions: '出售、收购的国家二级保护野生植物来源合法。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('source', '来源合法证明')],
  },
  'LIC-15': {
    promised: 15,
    unit: 'HNLY-LCC',
    topics: ['种质资源', '林草种苗'],
    lifeEvents: ['科研考察与拍摄'],
    conditions: '因科研、育种等需要，采集或采伐国家重点保护的天然林草种质资源，且不影响资源保护。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('plan', '采集或采伐方案')],
  },
  'LIC-16': {
    promised: 15,
    unit: 'HNLY-LCC',
    topics: ['种质资源', '林草种苗'],
    lifeEvents: ['科研考察与拍摄', '开办种苗企业'],
    conditions:
      '向境外提供或从境外引进林草种质资源，符合国家有关规定（由国家林业和草原局审批，省级受理并转报）。',
    extra: [SPECIES, QUANTITY],
    materials: [APPLICATION, IDENTITY, mat('contract', '合作协议或合同')],
  },
  'LIC-17': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['自然保护地'],
    lifeEvents: ['工程建设用地'],
    audiences: ['org'],
    conditions: '在自然保护区实验区内修筑设施，不得污染环境、破坏资源或景观，并符合自然保护区总体规划。',
    countyLabel: '自然保护区所在县（市、区）',
    extra: [{ name: 'reserveName', label: '自然保护区名称', type: 'text', required: true, min: 2, max: 60 }],
    materials: [
      APPLICATION,
      IDENTITY,
      mat('design', '设施建设方案'),
      mat('impact', '对保护区影响的评价报告'),
    ],
  },
  'LIC-18': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['自然保护地'],
    lifeEvents: ['境外人员来豫', '科研考察与拍摄'],
    conditions: '外国人进入地方级自然保护区，应有接待单位并提交活动计划。',
    countyLabel: '自然保护区所在县（市、区）',
    extra: [
      { name: 'reserveName', label: '自然保护区名称', type: 'text', required: true, min: 2, max: 60 },
      ...PERIOD,
    ],
    materials: [APPLICATION, IDENTITY, mat('host', '接待单位证明'), mat('plan', '活动计划')],
  },
  'LIC-19': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['自然保护地'],
    lifeEvents: ['科研考察与拍摄'],
    conditions: '进入自然保护区从事科学研究、教学实习、参观考察等活动，应提交活动计划并遵守保护区管理规定。',
    countyLabel: '自然保护区所在县（市、区）',
    extra: [
      { name: 'reserveName', label: '自然保护区名称', type: 'text', required: true, min: 2, max: 60 },
      ...PERIOD,
    ],
    materials: [APPLICATION, IDENTITY, mat('plan', '活动计划')],
  },
  'LIC-20': {
    promised: 3,
    unit: 'HNLY-FHB',
    topics: ['森林草原防火'],
    lifeEvents: ['野外用火与作业'],
    conditions: '森林草原防火期内确需在防火区野外用火的，应有用火方案和防火措施，并在批准的时间、地点用火。',
    countyLabel: '用火地点所在县（市、区）',
    extra: [
      { name: 'fireDate', label: '用火日期', type: 'date', required: true },
      {
        name: 'firePurpose',
        label: '用火目的',
        type: 'select',
        required: true,
        options: opts('农事用火', '营林用火', '其他生产用火'),
      },
    ],
    materials: [APPLICATION, IDENTITY, mat('plan', '用火方案及防火措施')],
  },
  'LIC-21': {
    promised: 10,
    unit: 'HNLY-FHB',
    topics: ['森林草原防火'],
    lifeEvents: ['野外用火与作业', '工程建设用地'],
    conditions: '森林草原防火期内在防火区爆破、勘察和施工等活动，应有防火措施并配备必要的扑火设施。',
    extra: [...PERIOD],
    materials: [APPLICATION, IDENTITY, mat('plan', '作业方案及防火措施')],
  },
  'LIC-22': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['草原'],
    lifeEvents: ['工程建设用地'],
    audiences: ['org'],
    conditions: '矿藏开采和工程建设确需征收、征用或使用草原，已取得项目批准文件并编制草原使用方案。',
    extra: [{ ...AREA_HA, label: '使用草原面积' }],
    materials: [APPLICATION, IDENTITY, mat('approval', '项目批准文件'), mat('plan', '草原使用方案')],
  },
  'LIC-23': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['草原'],
    lifeEvents: ['工程建设用地'],
    conditions: '临时占用草原期限一般不超过两年，不得修建永久性建筑物，期满后恢复植被。',
    extra: [{ ...AREA_HA, label: '占用草原面积' }, ...PERIOD],
    materials: [APPLICATION, IDENTITY, mat('restoration', '植被恢复方案')],
  },
  'LIC-24': {
    promised: 15,
    unit: 'HNLY-ZYC',
    topics: ['草原'],
    lifeEvents: ['工程建设用地'],
    conditions: '工程设施直接为草原保护和畜牧业生产服务，符合草原保护建设利用规划。',
    extra: [{ ...AREA_HA, label: '使用草原面积' }],
    materials: [APPLICATION, IDENTITY, mat('design', '工程设施设计方案')],
  },
  'LIC-25': {
    promised: 15,
    unit: 'HNLY-YBC',
    topics: ['自然保护地'],
    lifeEvents: ['工程建设用地'],
    audiences: ['org'],
    conditions: '在风景名胜区内进行建设活动，应符合风景名胜区规划，不破坏景观、污染环境。',
    materials: [APPLICATION, IDENTITY, mat('design', '建设方案')],
  },
};

/** 'verified …' → verified, 'reconstructed …' → reconstructed, anything else → partially verified. */
export function dataStatusOf(verification: string): ItemDataStatus {
  const v = verification.trim().toLowerCase();
  if (v.startsWith('verified')) return 'verified';
  if (v.startsWith('reconstructed')) return 'reconstructed';
  return 'partially_verified';
}

/** The reference name without English remarks, with full-width brackets. */
export function cleanName(name: string): string {
  return name
    .replace(/\s*\([^)]*[A-Za-z][^)]*\)/g, '')
    .replace(/\s*\(([^)]*)\)/g, '（$1）')
    .trim();
}

function build(ref: ReferenceItem, index: number): CatalogueItem {
  const d = DRAFTS[ref.id];
  if (!d) throw new Error(`no catalogue draft for ${ref.id}`);
  const kind = d.kind ?? 'promised';
  return {
    code: ref.id,
    name: cleanName(ref.name),
    kind,
    legalBasis: ref.legalBasis,
    conditions: d.conditions,
    place: PLACE,
    hours: HOURS,
    phone: PHONE,
    procedure: kind === 'on_the_spot' ? PROCEDURE_ON_THE_SPOT : PROCEDURE_PROMISED,
    statutoryWorkdays: STATUTORY_WORKDAYS,
    promisedWorkdays: d.promised,
    fees: d.fees ?? FREE,
    topics: d.topics,
    lifeEvents: d.lifeEvents,
    audiences: d.audiences ?? ['citizen', 'org'],
    form: genericForm({ countyLabel: d.countyLabel, extra: d.extra, materials: d.materials }),
    handlingUnitCode: d.unit,
    issuingLevels: ref.issuingLevels,
    notCounted: notCountedFor(ref.id),
    dataStatus: dataStatusOf(ref.verification),
    verificationNote: ref.verification,
    sort: index + 1,
    demo: index < 21,
  };
}

/** Every current item of the reference data (25); the demo seeds the first 21 (LIC-01 … LIC-21). */
export const CATALOGUE: CatalogueItem[] = REFERENCE_ITEMS.map(build);
