// The refusal rules of the harvesting permit, checked when the application is submitted
// (Forest Law 2019 art. 56–60, DOMAIN §4), and the two classifications that follow from the
// figures: the small-stand commitment path (告知承诺) and the pre-approval public notice (公示).
// Pure functions: the settings come in as `limits`, so every rule is testable by hand.
import { isValidDay } from '../../../platform/calendar/index.ts';
import type { FieldError } from '../../../platform/errors.ts';
import type { FormValues } from '../forms.ts';
import {
  FOREST_CATEGORIES,
  FOREST_TYPE_CATEGORY,
  FOREST_TYPES,
  type ForestCategory,
  type ForestType,
  fieldLabel,
  HARVEST_METHODS,
  HARVEST_TYPES,
  type HarvestMethod,
  type HarvestType,
  ORIGINS,
  type Origin,
  SPECIES_REQUIRED,
  SPECIES_ROWS,
  speciesField,
} from './harvest.form.ts';
import { findQuotaRegion } from './regions.ts';

export interface HarvestLimits {
  maxAreaMu: number;
  maxStockVolumeM3: number;
  maxTreeCount: number;
  maxPeriodDays: number;
  smallStandVolumeM3: number;
  smallStandAreaMu: number;
  noticeVolumeM3: number;
  noticeClearCutHa: number;
  /** The day of application (China date), for "the period may not start in the past". */
  today: string;
}

/** One row of 分树种采伐量 (1-based `row`); null where a value is missing or unreadable. */
export interface SpeciesRow {
  row: number;
  species: string | null;
  areaMu: number | null;
  treeCount: number | null;
  stockVolume: number | null;
  outputLogs: number;
  outputNonStandard: number;
  outputFuelwood: number;
}

/**
 * The application's figures, typed; null where a value is missing or unreadable. The amounts
 * (areaMu … outputFuelwood) and `species` are the totals of `rows`, never typed by the applicant.
 */
export interface HarvestApplication {
  forestRightCertNo: string | null;
  county: string | null;
  township: string | null;
  village: string | null;
  compartment: string | null;
  subCompartment: string | null;
  placeName: string | null;
  boundaries: { east: string | null; south: string | null; west: string | null; north: string | null };
  forestCategory: ForestCategory | null;
  forestType: ForestType | null;
  origin: Origin | null;
  species: string | null;
  standAge: number | null;
  canopyDensity: number | null;
  harvestType: HarvestType | null;
  harvestMethod: HarvestMethod | null;
  intensity: number | null;
  areaMu: number | null;
  treeCount: number | null;
  stockVolume: number | null;
  outputLogs: number;
  outputNonStandard: number;
  outputFuelwood: number;
  periodFrom: string | null;
  periodTo: string | null;
  regenSpecies: string | null;
  regenAreaMu: number | null;
  regenMethod: string | null;
  regenDeadline: string | null;
  smallStandCommitment: boolean;
  rows: SpeciesRow[];
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

function str(values: FormValues, name: string): string | null {
  const v = values[name];
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** A number, NaN when present but not a number, null when absent. */
function num(values: FormValues, name: string): number | null {
  const v = values[name];
  if (typeof v === 'number') return Number.isFinite(v) ? v : Number.NaN;
  if (typeof v !== 'string' || v.trim() === '') return null;
  return NUMBER_RE.test(v.trim()) ? Number(v.trim()) : Number.NaN;
}

function oneOf<K extends string>(values: FormValues, name: string, allowed: Record<K, string>): K | null {
  const v = str(values, name);
  return v !== null && Object.hasOwn(allowed, v) ? (v as K) : null;
}

function checked(values: FormValues, name: string): boolean {
  const v = values[name];
  return v === true || v === 'true' || v === 'on' || v === 'yes' || v === '1' || v === 1;
}

const orZero = (n: number | null) => (n !== null && Number.isFinite(n) ? n : 0);

const ROW_KEYS = [
  'species',
  'areaMu',
  'treeCount',
  'stockVolume',
  'outputLogs',
  'outputNonStandard',
  'outputFuelwood',
] as const;

/** The rows with anything in them, in order. */
export function readSpeciesRows(values: FormValues): SpeciesRow[] {
  const rows: SpeciesRow[] = [];
  for (let row = 1; row <= SPECIES_ROWS; row++) {
    const f = (key: (typeof ROW_KEYS)[number]) => speciesField(key, row);
    if (ROW_KEYS.every((k) => str(values, f(k)) === null)) continue;
    const finite = (key: (typeof ROW_KEYS)[number]) => {
      const n = num(values, f(key));
      return n !== null && Number.isFinite(n) ? n : null;
    };
    rows.push({
      row,
      species: str(values, f('species')),
      areaMu: finite('areaMu'),
      treeCount: finite('treeCount'),
      stockVolume: finite('stockVolume'),
      outputLogs: orZero(num(values, f('outputLogs'))),
      outputNonStandard: orZero(num(values, f('outputNonStandard'))),
      outputFuelwood: orZero(num(values, f('outputFuelwood'))),
    });
  }
  return rows;
}

/** The sum of a column over the rows that have it; null when none has. Rounded to 0.01. */
function total(rows: SpeciesRow[], key: 'areaMu' | 'treeCount' | 'stockVolume'): number | null {
  const given = rows.map((r) => r[key]).filter((n): n is number => n !== null);
  return given.length ? Math.round(given.reduce((a, b) => a + b, 0) * 100) / 100 : null;
}
const sumOf = (rows: SpeciesRow[], key: 'outputLogs' | 'outputNonStandard' | 'outputFuelwood') =>
  Math.round(rows.reduce((a, r) => a + r[key], 0) * 100) / 100;

export function readHarvest(values: FormValues): HarvestApplication {
  const rows = readSpeciesRows(values);
  const species = rows.map((r) => r.species).filter((x): x is string => x !== null);
  const day = (name: string) => {
    const v = str(values, name);
    return v && isValidDay(v) ? v : null;
  };
  const finite = (name: string) => {
    const n = num(values, name);
    return n !== null && Number.isFinite(n) ? n : null;
  };
  return {
    forestRightCertNo: str(values, 'forestRightCertNo'),
    county: str(values, 'county'),
    township: str(values, 'township'),
    village: str(values, 'village'),
    compartment: str(values, 'compartment'),
    subCompartment: str(values, 'subCompartment'),
    placeName: str(values, 'placeName'),
    boundaries: {
      east: str(values, 'boundaryEast'),
      south: str(values, 'boundarySouth'),
      west: str(values, 'boundaryWest'),
      north: str(values, 'boundaryNorth'),
    },
    forestCategory: oneOf(values, 'forestCategory', FOREST_CATEGORIES),
    forestType: oneOf(values, 'forestType', FOREST_TYPES),
    origin: oneOf(values, 'origin', ORIGINS),
    species: species.length ? species.join('、') : null,
    standAge: finite('standAge'),
    canopyDensity: finite('canopyDensity'),
    harvestType: oneOf(values, 'harvestType', HARVEST_TYPES),
    harvestMethod: oneOf(values, 'harvestMethod', HARVEST_METHODS),
    intensity: finite('intensity'),
    areaMu: total(rows, 'areaMu'),
    treeCount: total(rows, 'treeCount'),
    stockVolume: total(rows, 'stockVolume'),
    outputLogs: sumOf(rows, 'outputLogs'),
    outputNonStandard: sumOf(rows, 'outputNonStandard'),
    outputFuelwood: sumOf(rows, 'outputFuelwood'),
    periodFrom: day('periodFrom'),
    periodTo: day('periodTo'),
    regenSpecies: str(values, 'regenSpecies'),
    regenAreaMu: finite('regenAreaMu'),
    regenMethod: str(values, 'regenMethod'),
    regenDeadline: day('regenDeadline'),
    smallStandCommitment: checked(values, 'smallStandCommitment'),
    rows,
  };
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const hasAtMostDecimals = (n: number, places: number) => {
  const scaled = n * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};
/** 12.5 → '12.5', 12 → '12', 3.456 → '3.46'. */
export const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The refusal of 主伐 in 天然林, naming the rule (DOMAIN §4). */
export const NATURAL_FOREST_FINAL_MESSAGE = (method: HarvestMethod | null) =>
  `天然林不得进行主伐${method ? `（${HARVEST_METHODS[method]}）` : ''}。依据：《中华人民共和国森林法》第三十二条（国家实行天然林全面保护制度，严格限制天然林采伐）和《天然林保护修复制度方案》（全面停止天然林商业性采伐）；可申请抚育采伐、更新采伐或其他采伐（如卫生伐）`;

// Harvest types allowed in public-welfare forest (DOMAIN §4: tending, renewal, upgrading only).
const PUBLIC_WELFARE_TYPES: HarvestType[] = ['tending', 'renewal', 'upgrading'];
// Harvest types after which the land must be regenerated (更新造林).
export const REGENERATION_TYPES: HarvestType[] = ['final', 'renewal', 'upgrading'];

/** Every rule the application breaks, each naming its field in Chinese; [] when none. */
export function checkHarvestRules(values: FormValues, limits: HarvestLimits): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => {
    errors.push({ field, message: `${fieldLabel(field)}：${message}` });
  };
  const a = readHarvest(values);

  // Where: a real county-level division of Henan.
  const county = str(values, 'county');
  if (county !== null && !findQuotaRegion(county)) fail('county', `“${county}”不是河南省的县级行政区划代码`);

  // What: category, forest type and harvest type must agree with the law.
  if (a.forestCategory && a.forestType && FOREST_TYPE_CATEGORY[a.forestType] !== a.forestCategory)
    fail(
      'forestType',
      `${FOREST_TYPES[a.forestType]}属于${FOREST_CATEGORIES[FOREST_TYPE_CATEGORY[a.forestType]]}，与所选森林类别“${FOREST_CATEGORIES[a.forestCategory]}”不符`,
    );
  if (
    a.forestCategory === 'public_welfare' &&
    a.harvestType &&
    !PUBLIC_WELFARE_TYPES.includes(a.harvestType)
  ) {
    const what =
      a.harvestType === 'final'
        ? `主伐${a.harvestMethod ? `（${HARVEST_METHODS[a.harvestMethod]}）` : ''}`
        : HARVEST_TYPES[a.harvestType];
    fail('harvestType', `公益林只能进行抚育采伐、更新采伐或低质低效林改造，不得进行${what}`);
  }
  if (a.harvestType === 'final' && !a.harvestMethod) fail('harvestMethod', '主伐须选择皆伐、择伐或渐伐');
  // 天然林全面保护 (森林法 第三十二条) and the 2019 天然林保护修复制度方案, which stops commercial
  // felling of natural forest: no final felling for timber; tending, renewal and other felling
  // (卫生伐, 病虫害除治) stay open on their own rules. Public-welfare stands are refused above already.
  if (a.origin === 'natural' && a.harvestType === 'final' && a.forestCategory !== 'public_welfare')
    fail('harvestType', NATURAL_FOREST_FINAL_MESSAGE(a.harvestMethod));

  // The applicant's declarations: statutory bans.
  if (str(values, 'hillClosure') === 'yes')
    fail('hillClosure', '采伐地块处于封山育林期或封山育林区内，不得采伐');
  if (str(values, 'lastRegeneration') === 'not_done')
    fail('lastRegeneration', '上次采伐后未按规定完成更新造林的，不予核发林木采伐许可证');
  if (str(values, 'violationLastYear') === 'yes')
    fail('violationLastYear', '上年度发生重大滥伐、森林火灾或病虫害且未整改的，不予核发林木采伐许可证');

  // How much: positive, plausible, no more than what stands there.
  const range = (
    field: string,
    opts: { min: number; minInclusive: boolean; max: number; unit: string; decimals: number },
  ) => {
    const n = num(values, field);
    if (n === null) return;
    if (Number.isNaN(n)) return fail(field, '应为数字');
    if (opts.minInclusive ? n < opts.min : n <= opts.min)
      return fail(
        field,
        opts.minInclusive ? `不得小于 ${opts.min}${opts.unit}` : `应大于 ${opts.min}${opts.unit}`,
      );
    if (n > opts.max) return fail(field, `${fmt(n)}${opts.unit}超过上限 ${opts.max}${opts.unit}，请核对`);
    if (!hasAtMostDecimals(n, opts.decimals))
      fail(field, opts.decimals === 0 ? '应为整数' : `最多保留 ${opts.decimals} 位小数`);
  };
  range('intensity', { min: 0, minInclusive: false, max: 100, unit: '%', decimals: 1 });
  range('standAge', { min: 1, minInclusive: true, max: 500, unit: '年', decimals: 0 });
  range('canopyDensity', { min: 0.1, minInclusive: true, max: 1, unit: '', decimals: 2 });

  // Per species (分树种): each row whole, positive and consistent; the totals within the limits.
  const seen = new Map<string, number>();
  for (const r of a.rows) {
    const f = (key: Parameters<typeof speciesField>[0]) => speciesField(key, r.row);
    // Row 1's required columns are the form's; a further row, once begun, needs the same.
    if (r.row > 1)
      for (const key of SPECIES_REQUIRED)
        if (str(values, f(key)) === null) fail(f(key), '该行已填写，此项必填');
    if (r.species) {
      const first = seen.get(r.species);
      if (first !== undefined) fail(f('species'), `与第 ${first} 行树种相同，同一树种请填在一行`);
      else seen.set(r.species, r.row);
    }
    range(f('areaMu'), {
      min: 0,
      minInclusive: false,
      max: Number.POSITIVE_INFINITY,
      unit: '亩',
      decimals: 2,
    });
    range(f('treeCount'), {
      min: 1,
      minInclusive: true,
      max: Number.POSITIVE_INFINITY,
      unit: '株',
      decimals: 0,
    });
    range(f('stockVolume'), {
      min: 0,
      minInclusive: false,
      max: Number.POSITIVE_INFINITY,
      unit: 'm³',
      decimals: 2,
    });
    for (const key of ['outputLogs', 'outputNonStandard', 'outputFuelwood'] as const)
      range(f(key), { min: 0, minInclusive: true, max: Number.POSITIVE_INFINITY, unit: 'm³', decimals: 2 });
    const output = r.outputLogs + r.outputNonStandard + r.outputFuelwood;
    if (r.stockVolume !== null && r.stockVolume > 0 && output > r.stockVolume + 1e-9)
      errors.push({
        field: f('outputLogs'),
        message: `第 ${r.row} 行出材量：原木、非规格材、薪材合计 ${fmt(output)}m³，超过该行采伐蓄积 ${fmt(r.stockVolume)}m³`,
      });
  }
  const overTotal = (
    field: 'areaMu' | 'treeCount' | 'stockVolume',
    label: string,
    max: number,
    unit: string,
  ) => {
    const n = a[field];
    if (n !== null && n > max)
      errors.push({ field, message: `${label}合计：${fmt(n)}${unit}超过上限 ${max}${unit}，请核对` });
  };
  overTotal('areaMu', '采伐面积', limits.maxAreaMu, '亩');
  overTotal('treeCount', '采伐株数', limits.maxTreeCount, '株');
  overTotal('stockVolume', '采伐蓄积', limits.maxStockVolumeM3, 'm³');

  // When: a forward period of limited length, starting no earlier than today.
  for (const f of ['periodFrom', 'periodTo', 'regenDeadline']) {
    const v = str(values, f);
    if (v !== null && !isValidDay(v)) fail(f, `“${v}”不是有效日期（应为 YYYY-MM-DD）`);
  }
  if (a.periodFrom && a.periodFrom < limits.today) fail('periodFrom', `不得早于申请之日（${limits.today}）`);
  if (a.periodFrom && a.periodTo) {
    if (a.periodTo < a.periodFrom) fail('periodTo', `早于起日（${a.periodFrom}），起止颠倒`);
    else {
      const days = dayNumber(a.periodTo) - dayNumber(a.periodFrom) + 1;
      if (days > limits.maxPeriodDays)
        fail('periodTo', `采伐期限共 ${days} 天，超过最长 ${limits.maxPeriodDays} 天`);
    }
  }

  // After: a regeneration plan for harvests that clear or renew the stand.
  if (a.harvestType && REGENERATION_TYPES.includes(a.harvestType)) {
    const need = `${HARVEST_TYPES[a.harvestType]}须填写更新造林计划`;
    if (!a.regenSpecies) fail('regenSpecies', need);
    if (num(values, 'regenAreaMu') === null) fail('regenAreaMu', need);
    if (!a.regenMethod) fail('regenMethod', need);
    if (!str(values, 'regenDeadline')) fail('regenDeadline', need);
  }
  const regenArea = num(values, 'regenAreaMu');
  if (regenArea !== null) {
    if (Number.isNaN(regenArea)) fail('regenAreaMu', '应为数字');
    else if (regenArea <= 0) fail('regenAreaMu', '应大于 0亩');
    else if (
      a.harvestType === 'final' &&
      a.harvestMethod === 'clear' &&
      a.areaMu !== null &&
      a.areaMu > 0 &&
      regenArea < a.areaMu
    )
      fail('regenAreaMu', `皆伐后的更新面积（${fmt(regenArea)}亩）不得小于采伐面积（${fmt(a.areaMu)}亩）`);
  }
  if (a.regenDeadline && a.periodTo) {
    const latest = `${Number(a.periodTo.slice(0, 4)) + 1}-12-31`;
    if (a.regenDeadline <= a.periodTo) fail('regenDeadline', `应晚于采伐期限结束日（${a.periodTo}）`);
    else if (a.regenDeadline > latest)
      fail('regenDeadline', `更新造林应在采伐当年或次年内完成，最迟为 ${latest}`);
  }

  // The commitment path only for the stands it was made for.
  if (a.smallStandCommitment && !isSmallStand(a, limits))
    fail(
      'smallStandCommitment',
      `告知承诺制仅适用于采伐蓄积不超过 ${limits.smallStandVolumeM3} 立方米或面积不超过 ${limits.smallStandAreaMu} 亩的人工商品林`,
    );
  return errors;
}

/** 小面积人工商品林: planted commercial forest, small by volume or by area (either suffices). */
export function isSmallStand(a: HarvestApplication, limits: HarvestLimits): boolean {
  if (a.forestCategory !== 'commercial' || a.origin !== 'planted') return false;
  const byVolume = a.stockVolume !== null && a.stockVolume > 0 && a.stockVolume <= limits.smallStandVolumeM3;
  const byArea = a.areaMu !== null && a.areaMu > 0 && a.areaMu <= limits.smallStandAreaMu;
  return byVolume || byArea;
}

export const MU_PER_HECTARE = 15;

/** Whether a harvest is large enough to be publicly noticed before the decision (公示). */
export function needsNotice(a: HarvestApplication, limits: HarvestLimits): boolean {
  const byVolume = limits.noticeVolumeM3 > 0 && (a.stockVolume ?? 0) >= limits.noticeVolumeM3;
  const byClearCut =
    limits.noticeClearCutHa > 0 &&
    a.harvestType === 'final' &&
    a.harvestMethod === 'clear' &&
    (a.areaMu ?? 0) >= limits.noticeClearCutHa * MU_PER_HECTARE;
  return byVolume || byClearCut;
}
