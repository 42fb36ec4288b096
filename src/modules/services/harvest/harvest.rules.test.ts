import { describe, expect, it } from 'vitest';
import type { FormValues } from '../forms.ts';
import { GOOD } from './harvest.fixtures.ts';
import {
  checkHarvestRules,
  type HarvestLimits,
  isSmallStand,
  needsNotice,
  readHarvest,
} from './harvest.rules.ts';

// The settings' defaults, on the day of application.
const LIMITS: HarvestLimits = {
  maxAreaMu: 15_000,
  maxStockVolumeM3: 50_000,
  maxTreeCount: 1_000_000,
  maxPeriodDays: 365,
  smallStandVolumeM3: 15,
  smallStandAreaMu: 3,
  noticeVolumeM3: 100,
  noticeClearCutHa: 5,
  today: '2026-03-02',
};

const check = (patch: FormValues) => checkHarvestRules({ ...GOOD, ...patch }, LIMITS);

describe('refusal rules at application time', () => {
  it('accepts an application that breaks no rule', () => {
    expect(check({})).toEqual([]);
  });

  it('limits public-welfare forest to tending, renewal and upgrading', () => {
    expect(check({ forestCategory: 'public_welfare', forestType: 'protection' })).toEqual([
      {
        field: 'harvestType',
        message: '采伐类型：公益林只能进行抚育采伐、更新采伐或低质低效林改造，不得进行主伐（皆伐）',
      },
    ]);
    expect(
      check({
        forestCategory: 'public_welfare',
        forestType: 'protection',
        harvestType: 'tending',
        harvestMethod: null,
      }),
    ).toEqual([]);
  });

  it('refuses 主伐 in natural forest under 森林法 §32, and keeps tending, renewal and other felling', () => {
    const natural = { origin: 'natural' };
    const rule =
      '依据：《中华人民共和国森林法》第三十二条（国家实行天然林全面保护制度，严格限制天然林采伐）和《天然林保护修复制度方案》（全面停止天然林商业性采伐）；可申请抚育采伐、更新采伐或其他采伐（如卫生伐）';
    expect(check(natural)).toEqual([
      { field: 'harvestType', message: `采伐类型：天然林不得进行主伐（皆伐）。${rule}` },
    ]);
    expect(check({ ...natural, harvestMethod: 'selective' })).toEqual([
      { field: 'harvestType', message: `采伐类型：天然林不得进行主伐（择伐）。${rule}` },
    ]);
    const noRegen = { regenSpecies: null, regenAreaMu: null, regenMethod: null, regenDeadline: null };
    expect(check({ ...natural, harvestType: 'tending', harvestMethod: null, ...noRegen })).toEqual([]);
    expect(check({ ...natural, harvestType: 'renewal', harvestMethod: null })).toEqual([]);
    expect(
      check({
        ...natural,
        harvestType: 'other',
        harvestMethod: null,
        otherTypeNote: '卫生伐：清除松材线虫病枯死木',
        ...noRegen,
      }),
    ).toEqual([]);
    // 主伐 in a planted stand stays possible.
    expect(check({ origin: 'planted' })).toEqual([]);
  });

  it('refuses a forest type of the other category', () => {
    expect(check({ forestType: 'protection' })).toEqual([
      { field: 'forestType', message: '林种：防护林属于公益林，与所选森林类别“商品林”不符' },
    ]);
  });

  it('refuses hill closure, undone regeneration and last year’s uncorrected damage', () => {
    expect(check({ hillClosure: 'yes' })).toEqual([
      {
        field: 'hillClosure',
        message: '采伐地块是否处于封山育林期或封山育林区：采伐地块处于封山育林期或封山育林区内，不得采伐',
      },
    ]);
    expect(check({ lastRegeneration: 'not_done' })).toEqual([
      {
        field: 'lastRegeneration',
        message: '上次采伐的更新造林：上次采伐后未按规定完成更新造林的，不予核发林木采伐许可证',
      },
    ]);
    expect(check({ violationLastYear: 'yes' })[0].field).toBe('violationLastYear');
  });

  it('refuses negative, zero and absurd figures, naming the field', () => {
    expect(check({ areaMu: -5, regenAreaMu: 30 })).toEqual([
      { field: 'areaMu', message: '第 1 行采伐面积：应大于 0亩' },
    ]);
    expect(check({ stockVolume: 900_000 })).toEqual([
      { field: 'stockVolume', message: '采伐蓄积合计：900000m³超过上限 50000m³，请核对' },
    ]);
    expect(check({ intensity: 120 })).toEqual([
      { field: 'intensity', message: '采伐强度：120%超过上限 100%，请核对' },
    ]);
    expect(check({ treeCount: 0 })).toEqual([
      { field: 'treeCount', message: '第 1 行采伐株数：不得小于 1株' },
    ]);
    expect(check({ stockVolume: '九十' })).toEqual([
      { field: 'stockVolume', message: '第 1 行采伐蓄积：应为数字' },
    ]);
  });

  it('refuses output by assortment above the stock volume', () => {
    // 55 + 15 + 30 = 100 m³ of timber out of 90 m³ standing.
    expect(check({ outputFuelwood: 30 })).toEqual([
      {
        field: 'outputLogs',
        message: '第 1 行出材量：原木、非规格材、薪材合计 100m³，超过该行采伐蓄积 90m³',
      },
    ]);
  });

  it('refuses a reversed, overlong or backdated cutting period', () => {
    expect(check({ periodFrom: '2026-06-01', periodTo: '2026-05-01', regenDeadline: '2027-03-31' })).toEqual([
      { field: 'periodTo', message: '采伐期限止日：早于起日（2026-06-01），起止颠倒' },
    ]);
    // 2026-03-10 to 2027-03-10 inclusive: 297 days in 2026 (22 of March + 275) and 69 in 2027 = 366.
    expect(check({ periodTo: '2027-03-10', regenDeadline: '2027-06-30' })).toEqual([
      { field: 'periodTo', message: '采伐期限止日：采伐期限共 366 天，超过最长 365 天' },
    ]);
    expect(check({ periodFrom: '2026-03-01' })).toEqual([
      { field: 'periodFrom', message: '采伐期限起日：不得早于申请之日（2026-03-02）' },
    ]);
  });

  it('requires a regeneration plan that ends after the cutting and by the end of next year', () => {
    expect(check({ regenSpecies: null })).toEqual([
      { field: 'regenSpecies', message: '更新树种：主伐须填写更新造林计划' },
    ]);
    expect(check({ regenDeadline: '2026-12-31' })).toEqual([
      { field: 'regenDeadline', message: '更新完成期限：应晚于采伐期限结束日（2026-12-31）' },
    ]);
    expect(check({ regenDeadline: '2028-01-01' })).toEqual([
      {
        field: 'regenDeadline',
        message: '更新完成期限：更新造林应在采伐当年或次年内完成，最迟为 2027-12-31',
      },
    ]);
    expect(check({ regenAreaMu: 20 })).toEqual([
      { field: 'regenAreaMu', message: '更新面积：皆伐后的更新面积（20亩）不得小于采伐面积（30亩）' },
    ]);
    // Tending needs no regeneration plan.
    expect(
      check({
        harvestType: 'tending',
        harvestMethod: null,
        intensity: 20,
        regenSpecies: null,
        regenAreaMu: null,
        regenMethod: null,
        regenDeadline: null,
      }),
    ).toEqual([]);
  });

  it('refuses a county outside Henan', () => {
    expect(check({ county: '420102' })).toEqual([
      { field: 'county', message: '县（市、区）：“420102”不是河南省的县级行政区划代码' },
    ]);
  });

  it('keeps the commitment path to the stands it was made for', () => {
    expect(check({ smallStandCommitment: true })).toEqual([
      {
        field: 'smallStandCommitment',
        message:
          '适用告知承诺制（小面积人工商品林采伐，提交告知承诺书）：告知承诺制仅适用于采伐蓄积不超过 15 立方米或面积不超过 3 亩的人工商品林',
      },
    ]);
    expect(
      check({
        smallStandCommitment: true,
        stockVolume: 12,
        outputLogs: 6,
        outputNonStandard: 2,
        outputFuelwood: 1,
      }),
    ).toEqual([]);
  });
});

describe('small stands and public notices', () => {
  const app = (patch: FormValues) => readHarvest({ ...GOOD, ...patch });

  it('takes planted commercial stands of at most 15 m³ or at most 3 mu', () => {
    expect(isSmallStand(app({ stockVolume: 15, areaMu: 30 }), LIMITS)).toBe(true);
    expect(isSmallStand(app({ stockVolume: 40, areaMu: 3 }), LIMITS)).toBe(true);
    expect(isSmallStand(app({ stockVolume: 15.01, areaMu: 3.01 }), LIMITS)).toBe(false);
    expect(isSmallStand(app({ stockVolume: 10, origin: 'natural' }), LIMITS)).toBe(false);
    expect(isSmallStand(app({ stockVolume: 10, forestCategory: 'public_welfare' }), LIMITS)).toBe(false);
  });

  it('notices harvests of 100 m³ or more, and clear-cuts of 5 ha (75 mu) or more', () => {
    expect(needsNotice(app({ stockVolume: 100 }), LIMITS)).toBe(true);
    expect(needsNotice(app({ stockVolume: 99.99 }), LIMITS)).toBe(false);
    expect(needsNotice(app({ stockVolume: 50, areaMu: 75 }), LIMITS)).toBe(true);
    expect(needsNotice(app({ stockVolume: 50, areaMu: 74.99 }), LIMITS)).toBe(false);
    expect(needsNotice(app({ stockVolume: 50, areaMu: 80, harvestMethod: 'selective' }), LIMITS)).toBe(false);
    expect(needsNotice(app({ stockVolume: 500 }), { ...LIMITS, noticeVolumeM3: 0 })).toBe(false);
  });
});

describe('volume by species (分树种采伐量)', () => {
  // GOOD's row 1: 杨树 30 亩, 1200 株, 90 m³ (原木 55, 非规格材 15, 薪材 8); a second row of 刺槐.
  const ROBINIA = {
    species2: '刺槐',
    areaMu2: 12.5,
    treeCount2: 400,
    stockVolume2: 35.25,
    outputLogs2: 20,
    outputNonStandard2: 5,
    outputFuelwood2: 3,
    regenAreaMu: 45,
  };

  it('derives the totals from the rows', () => {
    const a = readHarvest({ ...GOOD, ...ROBINIA });
    // 30 + 12.5 = 42.5 亩; 1200 + 400 = 1600 株; 90 + 35.25 = 125.25 m³; 55 + 20, 15 + 5, 8 + 3.
    expect(a).toMatchObject({
      species: '杨树、刺槐',
      areaMu: 42.5,
      treeCount: 1600,
      stockVolume: 125.25,
      outputLogs: 75,
      outputNonStandard: 20,
      outputFuelwood: 11,
    });
    expect(a.rows.map((r) => [r.row, r.species, r.stockVolume])).toEqual([
      [1, '杨树', 90],
      [2, '刺槐', 35.25],
    ]);
    expect(check(ROBINIA)).toEqual([]);
  });

  it('applies the rules to the totals: 125.25 m³ needs the public notice, 90 m³ alone does not', () => {
    expect(needsNotice(readHarvest(GOOD), LIMITS)).toBe(false);
    expect(needsNotice(readHarvest({ ...GOOD, ...ROBINIA }), LIMITS)).toBe(true);
    // A clear-cut of 42.5 亩 must be regenerated on 42.5 亩 at least.
    expect(check({ ...ROBINIA, regenAreaMu: 30 })).toEqual([
      { field: 'regenAreaMu', message: '更新面积：皆伐后的更新面积（30亩）不得小于采伐面积（42.5亩）' },
    ]);
  });

  it('asks a begun row for its species, area, trees and volume, naming the row', () => {
    expect(check({ species2: '刺槐' })).toEqual([
      { field: 'areaMu2', message: '第 2 行采伐面积：该行已填写，此项必填' },
      { field: 'treeCount2', message: '第 2 行采伐株数：该行已填写，此项必填' },
      { field: 'stockVolume2', message: '第 2 行采伐蓄积：该行已填写，此项必填' },
    ]);
    expect(check({ areaMu3: 4, treeCount3: 100, stockVolume3: 8, regenAreaMu: 34 })).toEqual([
      { field: 'species3', message: '第 3 行树种：该行已填写，此项必填' },
    ]);
  });

  it('refuses a species twice and a row whose output exceeds its own volume', () => {
    expect(check({ ...ROBINIA, species2: '杨树' })).toEqual([
      { field: 'species2', message: '第 2 行树种：与第 1 行树种相同，同一树种请填在一行' },
    ]);
    // 8 + 2 + 1 = 11 m³ out of the row's 10 m³ (the stand's 100 m³ would hold it).
    expect(
      check({ ...ROBINIA, stockVolume2: 10, outputLogs2: 8, outputNonStandard2: 2, outputFuelwood2: 1 }),
    ).toEqual([
      {
        field: 'outputLogs2',
        message: '第 2 行出材量：原木、非规格材、薪材合计 11m³，超过该行采伐蓄积 10m³',
      },
    ]);
    expect(check({ ...ROBINIA, areaMu2: 0 })).toEqual([
      { field: 'areaMu2', message: '第 2 行采伐面积：应大于 0亩' },
    ]);
  });

  it('holds the totals, not each row, to the limits', () => {
    // 30 000 + 25 000 = 55 000 m³ > 50 000, though each row is below it.
    expect(check({ ...ROBINIA, stockVolume: 30_000, stockVolume2: 25_000 })).toEqual([
      { field: 'stockVolume', message: '采伐蓄积合计：55000m³超过上限 50000m³，请核对' },
    ]);
  });
});
