// Public interaction's runtime settings (DOMAIN §9, figures of local practice: M): each channel's
// name, whether it is open, its reply limits, the categories, the sensitive-word list, attachments
// and the tracking page's attempt limit. The national veto (a public message unanswered for 3
// months, DOMAIN §6) is statutory (H) and stays in letters/veto.ts.
import { defineClockKind } from '../../platform/notify/index.ts';
import { defineSetting, type SettingDef } from '../../platform/settings/settings.service.ts';
import type { ChannelCode } from './interaction.table.ts';

interface ChannelSettings {
  name: SettingDef<'string'>;
  open: SettingDef<'boolean'>;
  limitWorkdays: SettingDef<'integer'>;
  complexWorkdays: SettingDef<'integer'>;
}

function channelSettings(code: ChannelCode, name: string): ChannelSettings {
  return {
    name: defineSetting({
      key: `interaction.${code}.name`,
      label: `${name}：栏目名称`,
      description: '公众写信页和答复公开页上显示的名称',
      type: 'string',
      default: name,
      min: 2,
      max: 20,
    }),
    open: defineSetting({
      key: `interaction.${code}.open`,
      label: `${name}：接受来信`,
      description: '关闭后写信页提示暂停受理，已收到的来信照常办理',
      type: 'boolean',
      default: true,
    }),
    limitWorkdays: defineSetting({
      key: `interaction.${code}.limitWorkdays`,
      label: `${name}：答复期限（工作日）`,
      description: '自收到来信的次一工作日起算（本地做法，默认 5 个工作日）',
      type: 'integer',
      default: 5,
      min: 1,
      max: 60,
    }),
    complexWorkdays: defineSetting({
      key: `interaction.${code}.complexWorkdays`,
      label: `${name}：复杂来信经批准的答复期限（工作日）`,
      description: '办公室批准按复杂来信办理后的总期限（本地做法，默认 15 个工作日）',
      type: 'integer',
      default: 15,
      min: 1,
      max: 90,
    }),
  };
}

export const CHANNEL_SETTINGS: Record<ChannelCode, ChannelSettings> = {
  mailbox: channelSettings('mailbox', '厅长信箱'),
  report: channelSettings('report', '网上举报'),
  consult: channelSettings('consult', '专家咨询'),
  prereview: channelSettings('prereview', '在线审核'),
};

export const CATEGORIES = defineSetting({
  key: 'interaction.categories',
  label: '来信类别',
  description: '写信页“类别”的选项，用“、”分隔',
  type: 'string',
  default:
    '林木采伐、林地管理、森林防火、林业有害生物、野生动植物保护、国土绿化、林业改革与政策、行政执法、其他',
  min: 2,
});

export const SENSITIVE_WORDS = defineSetting({
  key: 'interaction.sensitiveWords',
  label: '敏感词',
  description: '来信含有这些词时标记提示办公室关注（不会被删除或拒收），用“、”分隔',
  type: 'string',
  default: '自杀、爆炸、上访、集体上访、围堵、杀人、纵火、行贿、受贿',
  max: 2000,
});

export const ATTACHMENT_MAX_MB = defineSetting({
  key: 'interaction.attachmentMaxMb',
  label: '来信附件单个文件上限（MB）',
  type: 'integer',
  default: 10,
  min: 1,
  max: 50,
});

export const ATTACHMENT_MAX_COUNT = defineSetting({
  key: 'interaction.attachmentMaxCount',
  label: '来信附件最多几个',
  type: 'integer',
  default: 5,
  min: 0,
  max: 20,
});

export const PASSWORD_ATTEMPTS = defineSetting({
  key: 'interaction.passwordAttempts',
  label: '查询密码连续输错几次后锁定',
  type: 'integer',
  default: 5,
  min: 3,
  max: 20,
});

export const LOCK_MINUTES = defineSetting({
  key: 'interaction.lockMinutes',
  label: '查询码锁定时长（分钟）',
  type: 'integer',
  default: 30,
  min: 5,
  max: 1440,
});

export const HUMAN_CHECK_FREE = defineSetting({
  key: 'interaction.humanCheckFreePerHour',
  label: '同一地址每小时免验证问题的写信次数',
  description: '0 表示每封来信都要回答验证问题',
  type: 'integer',
  default: 0,
  min: 0,
  max: 50,
});

export const LETTERS_PER_HOUR = defineSetting({
  key: 'interaction.lettersPerHourPerAddress',
  label: '同一地址每小时最多写信几封',
  description: '超过后提示稍后再写（防止刷屏）',
  type: 'integer',
  default: 10,
  min: 1,
  max: 1000,
});

export const VETO_WARN_DAYS = defineSetting({
  key: 'interaction.vetoWarnDays',
  label: '距“3 个月未答复”单项否决还有几天时列入预警',
  type: 'integer',
  default: 15,
  min: 1,
  max: 60,
});

export const NUMBER_FORMAT = defineSetting({
  key: 'interaction.numberFormat',
  label: '来信编号格式',
  description: '须含 {year} 与 {serial}，如 信〔{year}〕{serial:6}号',
  type: 'string',
  default: '信〔{year}〕{serial:6}号',
  min: 8,
  max: 40,
});

export const TRIAGE_UNIT_CODE = defineSetting({
  key: 'interaction.triageUnitCode',
  label: '来信分办单位（单位编码）',
  description: '新来信先由该单位分办，催办提醒也发给该单位（默认厅办公室）',
  type: 'string',
  default: 'HNLY-BGS',
  min: 2,
  max: 40,
});

export const INTERACTION_SETTINGS: SettingDef[] = [
  ...Object.values(CHANNEL_SETTINGS).flatMap((c) => [c.name, c.open, c.limitWorkdays, c.complexWorkdays]),
  CATEGORIES,
  SENSITIVE_WORDS,
  ATTACHMENT_MAX_MB,
  ATTACHMENT_MAX_COUNT,
  PASSWORD_ATTEMPTS,
  LOCK_MINUTES,
  HUMAN_CHECK_FREE,
  LETTERS_PER_HOUR,
  VETO_WARN_DAYS,
  NUMBER_FORMAT,
  TRIAGE_UNIT_CODE,
];

/**
 * The reply clock (答复期限) of every letter, with its escalation ladder (提醒 → 催办 → 督办): the
 * handling unit is reminded before and on the due day, its head and the office are chased from the
 * first working day overdue, the leader in charge from the fifth — long before the national veto
 * (3 months unanswered) could be reached. A transfer hands the running clock to the new unit.
 */
export const REPLY_CLOCK = defineClockKind({
  kind: 'interaction.reply',
  label: '来信答复期限',
  description: '自收到来信起的答复期限（各栏目的答复期限见上方设置）',
  ladder:
    '到期前提醒（届满前2个工作日，承办人）→到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人、单位负责人、办公室）→督办（超期5个工作日，分管领导、办公室）',
});

/** A setting that lists words or names with 、，, or spaces between them. */
export function listOf(value: string): string[] {
  return value
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
