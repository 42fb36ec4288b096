// The application form of 林木采伐许可证核发 (LIC-01) as data: the fields of DOMAIN §4 and the
// materials. Field names are the keys of the case's form values; the labels name them in errors.
import type { FieldOption, FormDefinition, FormField } from '../forms.ts';

export const HARVEST_ITEM_CODE = 'LIC-01';

export const FOREST_CATEGORIES = {
  public_welfare: '公益林',
  commercial: '商品林',
} as const;
export type ForestCategory = keyof typeof FOREST_CATEGORIES;

// 林种: 防护林 and 特种用途林 are public-welfare forest, the other three commercial (森林法 第八十三条).
export const FOREST_TYPES = {
  protection: '防护林',
  special_use: '特种用途林',
  timber: '用材林',
  economic: '经济林',
  energy: '能源林',
} as const;
export type ForestType = keyof typeof FOREST_TYPES;
export const FOREST_TYPE_CATEGORY: Record<ForestType, ForestCategory> = {
  protection: 'public_welfare',
  special_use: 'public_welfare',
  timber: 'commercial',
  economic: 'commercial',
  energy: 'commercial',
};

export const ORIGINS = { natural: '天然林', planted: '人工林' } as const;
export type Origin = keyof typeof ORIGINS;

// 采伐类型: also the harvest types of the quota (采伐限额按采伐类型分项).
export const HARVEST_TYPES = {
  final: '主伐',
  tending: '抚育采伐',
  renewal: '更新采伐',
  upgrading: '低质低效林改造',
  other: '其他采伐',
} as const;
export type HarvestType = keyof typeof HARVEST_TYPES;

// 采伐方式 of a final harvest.
export const HARVEST_METHODS = { clear: '皆伐', selective: '择伐', shelterwood: '渐伐' } as const;
export type HarvestMethod = keyof typeof HARVEST_METHODS;

export const REGEN_METHODS = {
  planting: '人工植苗造林',
  seeding: '人工播种造林',
  assisted: '人工促进天然更新',
  natural: '天然更新',
  sprouting: '萌芽更新',
} as const;

/** 主伐（皆伐） for final harvests, the type's name otherwise. */
export function harvestTypeLabel(type: string | null | undefined, method?: string | null): string {
  const t = HARVEST_TYPES[type as HarvestType] ?? type ?? '';
  const m = HARVEST_METHODS[method as HarvestMethod];
  return type === 'final' && m ? `${t}（${m}）` : t;
}

const options = (o: Record<string, string>): FieldOption[] =>
  Object.entries(o).map(([value, label]) => ({ value, label }));

const YES_NO: FieldOption[] = [
  { value: 'no', label: '否' },
  { value: 'yes', label: '是' },
];

const REGEN_TYPES = ['final', 'renewal', 'upgrading'];

// 分树种采伐量: a stand may be mixed, so its volume is given per species (DOMAIN §4), one row each.
export const SPECIES_ROWS = 5;
// The columns of a row. Row 1 keeps the names of the single-species form (species, areaMu, …), so an
// application filed before rows existed reads as a one-row application; row n ≥ 2 adds n (species2).
export const SPECIES_COLUMNS = [
  { key: 'species', label: '树种', type: 'text', max: 40 },
  { key: 'areaMu', label: '采伐面积', type: 'number', unit: '亩', min: 0.01 },
  { key: 'treeCount', label: '采伐株数', type: 'integer', unit: '株', min: 1 },
  { key: 'stockVolume', label: '采伐蓄积', type: 'number', unit: 'm³', min: 0.01 },
  { key: 'outputLogs', label: '出材量（原木）', type: 'number', unit: 'm³', min: 0 },
  { key: 'outputNonStandard', label: '出材量（非规格材）', type: 'number', unit: 'm³', min: 0 },
  { key: 'outputFuelwood', label: '出材量（薪材）', type: 'number', unit: 'm³', min: 0 },
] as const;
export type SpeciesColumn = (typeof SPECIES_COLUMNS)[number]['key'];

/** The form field of row `row` (1-based) and column `key`: species, species2, …. */
export const speciesField = (key: SpeciesColumn, row: number) => (row === 1 ? key : `${key}${row}`);

/** The columns every filled row must have (出材量 may be left empty: none of that assortment). */
export const SPECIES_REQUIRED: SpeciesColumn[] = ['species', 'areaMu', 'treeCount', 'stockVolume'];

function speciesRow(row: number): FormField[] {
  return SPECIES_COLUMNS.map((c) => ({
    name: speciesField(c.key, row),
    label: `第 ${row} 行${c.label}`,
    type: c.type,
    // Row 1 is the stand's main species and always asked; rows 2–5 are checked by the rules when used.
    required: row === 1 && SPECIES_REQUIRED.includes(c.key),
    ...('min' in c ? { min: c.min } : {}),
    ...('max' in c ? { max: c.max } : {}),
    ...('unit' in c ? { unit: c.unit } : {}),
  }));
}

// 林木经营主体: who manages the stand decides who is competent (森林法 第五十七条, DOMAIN §4).
export const STAND_OWNERS = {
  other: '集体、个人或其他单位',
  city_farm: '市属国有林场',
  provincial_farm: '省属国有林场',
} as const;
export type StandOwner = keyof typeof STAND_OWNERS;

export const HARVEST_FORM: FormDefinition = {
  // 森林法 第五十六条、第五十七条: the county-level authority where the stand lies issues the permit;
  // state forest farms are the business of the level that owns them.
  competence: {
    level: 'county',
    rules: [
      { field: 'standOwner', in: ['provincial_farm'], level: 'province', reason: '省属国有林场' },
      { field: 'standOwner', in: ['city_farm'], level: 'city', reason: '市属国有林场' },
    ],
  },
  sections: [
    {
      title: '申请人与林权',
      fields: [
        {
          name: 'forestRightCertNo',
          label: '林权证（不动产权证书）号',
          type: 'text',
          required: true,
          min: 4,
          max: 60,
          help: '填写林权证或不动产权证书上的证号，如“豫(2021)中牟县不动产权第0001234号”',
        },
        {
          name: 'standOwner',
          label: '林木经营主体',
          type: 'radio',
          options: options(STAND_OWNERS),
          help: '省属国有林场的采伐由省林业局审批，市属国有林场由所在省辖市林业局审批，其他由采伐地所在县级林业主管部门审批；不选按“集体、个人或其他单位”办理',
        },
        { name: 'contactName', label: '联系人', type: 'text', required: true, min: 2, max: 30 },
        { name: 'contactPhone', label: '联系电话', type: 'phone', required: true },
      ],
    },
    {
      title: '采伐地点',
      fields: [
        { name: 'county', label: '县（市、区）', type: 'county', required: true },
        { name: 'township', label: '乡（镇）', type: 'text', required: true, min: 2, max: 30 },
        { name: 'village', label: '村', type: 'text', required: true, min: 2, max: 30 },
        {
          name: 'compartment',
          label: '林班',
          type: 'text',
          required: true,
          max: 10,
          pattern: '^[0-9A-Za-z-]{1,10}$',
          patternMessage: '林班号应为数字或字母，如 012',
        },
        {
          name: 'subCompartment',
          label: '小班',
          type: 'text',
          required: true,
          max: 10,
          pattern: '^[0-9A-Za-z-]{1,10}$',
          patternMessage: '小班号应为数字或字母，如 03',
        },
        { name: 'placeName', label: '小地名', type: 'text', required: true, min: 2, max: 40 },
        { name: 'boundaryEast', label: '四至（东至）', type: 'text', required: true, max: 60 },
        { name: 'boundarySouth', label: '四至（南至）', type: 'text', required: true, max: 60 },
        { name: 'boundaryWest', label: '四至（西至）', type: 'text', required: true, max: 60 },
        { name: 'boundaryNorth', label: '四至（北至）', type: 'text', required: true, max: 60 },
      ],
    },
    {
      title: '林分情况',
      fields: [
        {
          name: 'forestCategory',
          label: '森林类别',
          type: 'radio',
          required: true,
          options: options(FOREST_CATEGORIES),
        },
        { name: 'forestType', label: '林种', type: 'select', required: true, options: options(FOREST_TYPES) },
        { name: 'origin', label: '起源', type: 'radio', required: true, options: options(ORIGINS) },
        { name: 'standAge', label: '林龄', type: 'integer', required: true, min: 1, max: 500, unit: '年' },
        {
          name: 'canopyDensity',
          label: '郁闭度',
          type: 'number',
          required: true,
          min: 0.1,
          max: 1,
          help: '0.1–1.0，保留两位小数',
        },
      ],
    },
    {
      title: '采伐设计',
      fields: [
        {
          name: 'harvestType',
          label: '采伐类型',
          type: 'select',
          required: true,
          options: options(HARVEST_TYPES),
          help: '公益林只能进行抚育采伐、更新采伐或低质低效林改造；天然林不得主伐（森林法第三十二条）',
        },
        {
          name: 'harvestMethod',
          label: '采伐方式',
          type: 'radio',
          options: options(HARVEST_METHODS),
          showIf: { field: 'harvestType', in: ['final'] },
        },
        {
          name: 'otherTypeNote',
          label: '其他采伐说明',
          type: 'text',
          max: 100,
          showIf: { field: 'harvestType', in: ['other'] },
          help: '如：林业生产设施建设、病虫害除治等',
        },
        { name: 'intensity', label: '采伐强度', type: 'number', required: true, min: 1, max: 100, unit: '%' },
        { name: 'periodFrom', label: '采伐期限起日', type: 'date', required: true },
        { name: 'periodTo', label: '采伐期限止日', type: 'date', required: true },
      ],
    },
    {
      title: '分树种采伐量',
      table: {
        columns: SPECIES_COLUMNS.map((c) => ('unit' in c ? `${c.label}（${c.unit}）` : c.label)),
        note: '混交林每个树种填一行，最多 5 行；合计面积、株数、蓄积和出材量由各行相加，不必另填。第 1 行必填',
      },
      fields: Array.from({ length: SPECIES_ROWS }, (_, i) => speciesRow(i + 1)).flat(),
    },
    {
      title: '更新造林',
      fields: [
        {
          name: 'regenSpecies',
          label: '更新树种',
          type: 'text',
          max: 40,
          showIf: { field: 'harvestType', in: REGEN_TYPES },
        },
        {
          name: 'regenAreaMu',
          label: '更新面积',
          type: 'number',
          min: 0.01,
          unit: '亩',
          showIf: { field: 'harvestType', in: REGEN_TYPES },
        },
        {
          name: 'regenMethod',
          label: '更新方式',
          type: 'select',
          options: options(REGEN_METHODS),
          showIf: { field: 'harvestType', in: REGEN_TYPES },
        },
        {
          name: 'regenDeadline',
          label: '更新完成期限',
          type: 'date',
          showIf: { field: 'harvestType', in: REGEN_TYPES },
          help: '应在采伐期限结束之后、采伐当年或者次年内完成更新造林',
        },
      ],
    },
    {
      title: '申请人声明',
      fields: [
        {
          name: 'hillClosure',
          label: '采伐地块是否处于封山育林期或封山育林区',
          type: 'radio',
          required: true,
          options: YES_NO,
        },
        {
          name: 'lastRegeneration',
          label: '上次采伐的更新造林',
          type: 'radio',
          required: true,
          options: [
            { value: 'none', label: '该地块无上次采伐' },
            { value: 'done', label: '已完成更新造林' },
            { value: 'not_done', label: '未完成更新造林' },
          ],
        },
        {
          name: 'violationLastYear',
          label: '上年度是否发生重大滥伐、森林火灾或病虫害且未整改',
          type: 'radio',
          required: true,
          options: YES_NO,
        },
        {
          name: 'smallStandCommitment',
          label: '适用告知承诺制（小面积人工商品林采伐，提交告知承诺书）',
          type: 'checkbox',
          help: '人工商品林采伐蓄积不超过 15 立方米或面积不超过 3 亩的，可签署告知承诺书，1 个工作日内办结',
        },
      ],
    },
  ],
  materials: [
    {
      code: 'forest_right_cert',
      name: '林权证或不动产权证书',
      required: true,
      formats: ['pdf', 'jpg', 'png'],
    },
    {
      code: 'applicant_id',
      name: '申请人身份证明（身份证或营业执照）',
      required: true,
      formats: ['pdf', 'jpg', 'png'],
    },
    {
      code: 'harvest_design',
      name: '伐区调查设计或采伐作业设计',
      required: false,
      formats: ['pdf'],
      note: '告知承诺的小面积采伐免交；其他采伐必须提交',
    },
    {
      code: 'regeneration_plan',
      name: '更新造林方案',
      required: false,
      formats: ['pdf', 'jpg', 'png'],
      note: '主伐、更新采伐、低质低效林改造必须提交',
    },
    {
      code: 'commitment_letter',
      name: '林木采伐告知承诺书',
      required: false,
      formats: ['pdf', 'jpg', 'png'],
      note: '选择告知承诺制的必须提交（申请人签字或盖章）',
    },
    {
      code: 'authorization',
      name: '授权委托书',
      required: false,
      formats: ['pdf', 'jpg', 'png'],
      note: '委托他人代办的提交',
    },
  ],
};

const FIELDS = new Map<string, FormField>(
  HARVEST_FORM.sections.flatMap((s) => s.fields.map((f) => [f.name, f])),
);

/** The label of a form field, for messages that name it. */
export function fieldLabel(name: string): string {
  return FIELDS.get(name)?.label ?? name;
}
