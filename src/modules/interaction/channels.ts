// The four channels (渠道) and how each behaves. What a channel is called, whether it is open and
// its reply limits are settings (interaction.settings.ts); what it does is here.
import type { Ctx } from '../../platform/context.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { CHANNEL_SETTINGS } from './interaction.settings.ts';
import { CHANNEL_CODES, type ChannelCode } from './interaction.table.ts';

export interface ChannelBehaviour {
  code: ChannelCode;
  /** The default name (the setting may rename it). */
  defaultName: string;
  /** One line under the channel's name on the public page. */
  purpose: string;
  /** 网上举报: visible to the discipline staff only; the reporter's identity never shown. */
  confidential: boolean;
  /** The writer must give a name and a phone number (专家咨询 may be anonymous). */
  identityRequired: boolean;
  /** After the unit head, the office approves too (厅长信箱). */
  officeApproval: boolean;
  /** Who answers: a unit, a registered expert, or the acceptance centre's reviewers. */
  answeredBy: 'unit' | 'expert' | 'prereview' | 'discipline';
  /** Replies may be published (with consent): never for reports and pre-reviews. */
  publishable: boolean;
}

export const CHANNELS: Record<ChannelCode, ChannelBehaviour> = {
  mailbox: {
    code: 'mailbox',
    defaultName: '厅长信箱',
    purpose: '向厅领导反映问题、提出意见建议',
    confidential: false,
    identityRequired: true,
    officeApproval: true,
    answeredBy: 'unit',
    publishable: true,
  },
  report: {
    code: 'report',
    defaultName: '网上举报',
    purpose: '举报林业系统工作人员违纪违法行为，严格为举报人保密',
    confidential: true,
    identityRequired: true,
    officeApproval: false,
    answeredBy: 'discipline',
    publishable: false,
  },
  consult: {
    code: 'consult',
    defaultName: '专家咨询',
    purpose: '造林营林、林业有害生物、野生动植物、林业法规等问题，由注册专家解答',
    confidential: false,
    identityRequired: false,
    officeApproval: false,
    answeredBy: 'expert',
    publishable: true,
  },
  prereview: {
    code: 'prereview',
    defaultName: '在线审核',
    purpose: '申请行政许可前，上传申请材料草稿，由受理人员逐项提出修改意见',
    confidential: false,
    identityRequired: true,
    officeApproval: false,
    answeredBy: 'prereview',
    publishable: false,
  },
};

export function isChannel(code: unknown): code is ChannelCode {
  return typeof code === 'string' && (CHANNEL_CODES as readonly string[]).includes(code);
}

export interface ChannelView extends ChannelBehaviour {
  name: string;
  open: boolean;
  limitWorkdays: number;
  complexWorkdays: number;
}

export async function channelView(ctx: Ctx, code: ChannelCode): Promise<ChannelView> {
  const s = CHANNEL_SETTINGS[code];
  return {
    ...CHANNELS[code],
    name: await getSetting(ctx, s.name),
    open: await getSetting(ctx, s.open),
    limitWorkdays: await getSetting(ctx, s.limitWorkdays),
    complexWorkdays: await getSetting(ctx, s.complexWorkdays),
  };
}

export async function listChannels(ctx: Ctx): Promise<ChannelView[]> {
  return Promise.all(CHANNEL_CODES.map((c) => channelView(ctx, c)));
}

// Statuses in Chinese: what staff and writers read.
export const STATUS_LABELS = {
  received: '待分办',
  assigned: '办理中',
  drafted: '待单位审核',
  office_review: '待办公室审核',
  answered: '已答复',
  rejected: '不予受理',
  forwarded: '已转办',
  merged: '已合并',
} as const;

/** What the writer reads on the tracking page (internal steps are 办理中 to them). */
export const PUBLIC_STATUS_LABELS = {
  received: '已收到，待分办',
  assigned: '办理中',
  drafted: '办理中',
  office_review: '办理中',
  answered: '已答复',
  rejected: '不予受理',
  forwarded: '已转其他机关办理',
  merged: '已合并办理',
} as const;

export const OPEN_STATUSES = ['received', 'assigned', 'drafted', 'office_review'] as const;

export const RATING_LABELS = { satisfied: '满意', fair: '基本满意', unsatisfied: '不满意' } as const;

// Fields of expertise (专家咨询).
export const EXPERT_FIELDS = {
  silviculture: '造林营林',
  pests: '林业有害生物防治',
  wildlife: '野生动植物保护',
  law: '林业法律法规',
  fire: '森林防火',
  economy: '林下经济与林产品',
} as const;
export type ExpertField = keyof typeof EXPERT_FIELDS;
