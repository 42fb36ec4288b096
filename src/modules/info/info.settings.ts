// Government information work's settings. Every figure of DOMAIN §7 is local practice (M): the
// points of each adoption level, a leader's instruction, the weekly quota per unit type, the
// emergency report's hours, the annual assessment's bonus and deduction — settings with defaults.

import { defineSetting } from '../../platform/settings/settings.service.ts';
import type { AdoptionLevel } from './info.table.ts';

const points = (level: AdoptionLevel, label: string, value: number) =>
  defineSetting({
    key: `info.points.${level}`,
    label: `政务信息采用积分：${label}（分）`,
    description:
      '每条信息在该级别采用一次所得积分；设为 0 表示不再在该级别登记采用。修改后对新的采用生效，已登记的积分不变',
    type: 'integer',
    default: value,
    min: 0,
    max: 100,
  });

/** The adoption levels in order, with their Chinese names and points settings (DOMAIN §7 defaults). */
export const LEVELS: ReadonlyArray<{
  level: AdoptionLevel;
  label: string;
  setting: ReturnType<typeof points>;
}> = [
  { level: 'website', label: '局网站采用', setting: points('website', '局网站采用', 1) },
  { level: 'bulletin', label: '局信息专报采用', setting: points('bulletin', '局信息专报采用', 3) },
  { level: 'province', label: '省委、省政府采用', setting: points('province', '省委、省政府采用', 10) },
  { level: 'nfga', label: '国家林业和草原局采用', setting: points('nfga', '国家林业和草原局采用', 10) },
  { level: 'central', label: '中办、国办采用', setting: points('central', '中办、国办采用', 20) },
];

export const LEVEL_LABELS: Record<AdoptionLevel, string> = Object.fromEntries(
  LEVELS.map((l) => [l.level, l.label]),
) as Record<AdoptionLevel, string>;

export const INSTRUCTION_POINTS_PROVINCIAL = defineSetting({
  key: 'info.points.instructionProvincial',
  label: '政务信息积分：省级领导批示加分（分）',
  description: '省委、省政府领导同志在信息专报所刊信息上作出批示的，该信息的报送单位加分',
  type: 'integer',
  default: 10,
  min: 0,
  max: 100,
});

export const INSTRUCTION_POINTS_DEPARTMENT = defineSetting({
  key: 'info.points.instructionDepartment',
  label: '政务信息积分：局领导批示加分（分）',
  description: '局领导在信息专报所刊信息上作出批示的加分（默认值为本平台的假设，请按本局考核办法调整）',
  type: 'integer',
  default: 3,
  min: 0,
  max: 100,
});

const quota = (type: string, label: string) =>
  defineSetting({
    key: `info.quota.${type}`,
    label: `政务信息每周报送任务：${label}（条）`,
    description:
      '每个自然周（周一至周日）至少报送的条数；整周为法定节假日的周不计任务。设为 0 表示该类单位不考核周任务',
    type: 'integer',
    default: 1,
    min: 0,
    max: 20,
  });

export const QUOTAS = {
  division: quota('division', '局机关处室'),
  affiliated: quota('affiliated', '局直属单位'),
  city_bureau: quota('cityBureau', '省辖市林业局'),
  county_bureau: quota('countyBureau', '县级林业局'),
} as const;

// 突发事件信息 are timed by the platform's emergency report clock (notify.emergencyReport: 4 hours by
// default, its limit and ladder settings of the platform's), on the kernel's hours clock.

export const RANK_BONUS = defineSetting({
  key: 'info.assessment.bonus',
  label: '政务信息年度考核：采用量前三名加分（分）',
  description: '年终通报中各组采用量前三名的单位在年度目标考核中加分（默认值为假设，请按本局考核办法调整）',
  type: 'integer',
  default: 2,
  min: 0,
  max: 20,
});

export const RANK_DEDUCTION = defineSetting({
  key: 'info.assessment.deduction',
  label: '政务信息年度考核：采用量后三名减分（分）',
  description: '年终通报中各组采用量后三名的单位在年度目标考核中减分（默认值为假设，请按本局考核办法调整）',
  type: 'integer',
  default: 2,
  min: 0,
  max: 20,
});

export const PUBLICATION = defineSetting({
  key: 'info.bulletin.publication',
  label: '信息专报刊名',
  type: 'string',
  default: '林业信息专报',
  min: 2,
  max: 30,
});

export const BULLETIN_OFFICE = defineSetting({
  key: 'info.bulletin.office',
  label: '信息专报编发单位',
  type: 'string',
  default: '河南省林业局办公室',
  min: 2,
  max: 40,
});

export const DISTRIBUTION = defineSetting({
  key: 'info.bulletin.reportTo',
  label: '信息专报默认报送范围（“报：”，各项用“；”分隔）',
  type: 'string',
  default: '省委书记、省长；省委、省政府分管领导同志',
  min: 2,
  max: 300,
});

export const SEND_TO = defineSetting({
  key: 'info.bulletin.sendTo',
  label: '信息专报默认分送范围（“送：”，各项用“；”分隔）',
  type: 'string',
  default: '国家林业和草原局办公室；省委办公厅、省政府办公厅；局领导',
  min: 0,
  max: 300,
});

export const ATTACHMENT_TYPES = defineSetting({
  key: 'info.attachmentTypes',
  label: '政务信息附件允许的文件类型（扩展名，用“、”分隔）',
  type: 'string',
  default: 'docx、doc、pdf、jpg、png、xlsx',
  min: 2,
  max: 200,
});

export const INFO_SETTINGS = [
  ...LEVELS.map((l) => l.setting),
  INSTRUCTION_POINTS_PROVINCIAL,
  INSTRUCTION_POINTS_DEPARTMENT,
  ...Object.values(QUOTAS),
  RANK_BONUS,
  RANK_DEDUCTION,
  PUBLICATION,
  BULLETIN_OFFICE,
  DISTRIBUTION,
  SEND_TO,
  ATTACHMENT_TYPES,
];

/** A list setting's entries: extensions by 、 or ，; distribution entries by ；. */
export const listOf = (s: string, by: RegExp = /[、，,]/) =>
  s
    .split(by)
    .map((x) => x.trim())
    .filter(Boolean);
