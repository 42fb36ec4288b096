// The fixed vocabularies of applications for disclosure: applicant types (the annual report's),
// statuses, the statutory reply types with the reason categories each needs (第三十六条, and the
// 2021 annual-report template's rows), the forms and channels an applicant may ask for. Pure data.
import type { ApplicantType, ApplicationStatus, ReplyType } from '../openness.table.ts';

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  person: '自然人',
  business: '法人或其他组织：商业企业',
  research: '法人或其他组织：科研机构',
  public_interest: '法人或其他组织：社会公益组织',
  legal_service: '法人或其他组织：法律服务机构',
  other_org: '法人或其他组织：其他',
};

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  received: '已收到，待审查',
  supplement: '待申请人补正',
  processing: '办理中',
  consulting: '征求第三方意见中',
  answered: '已答复',
  abandoned: '视为放弃申请',
};

export const SUBMITTED_VIA_LABELS: Record<string, string> = {
  online: '网上申请',
  counter: '当面提交',
  mail: '信函',
  fax: '传真',
  email: '电子邮件',
};

export const FORM_LABELS: Record<string, string> = { paper: '纸质', electronic: '电子文档' };
export const CHANNEL_LABELS: Record<string, string> = {
  mail: '邮寄',
  email: '电子邮件',
  pickup: '当面领取',
  online: '网上查阅（在申请查询页面下载）',
};

export const REPLY_TYPE_LABELS: Record<ReplyType, string> = {
  already_public: '已主动公开（告知获取途径）',
  disclosed: '予以公开',
  partly: '部分公开',
  withheld: '不予公开',
  not_held: '无法提供',
  not_ours: '不属于本机关公开职责（告知负责公开的机关）',
  not_handled: '不予处理',
  other: '其他处理',
};

/** Reason categories per reply type (the annual report's rows); a type listed here needs one. */
export const REPLY_REASONS: Partial<Record<ReplyType, Record<string, string>>> = {
  partly: {
    state_secret: '属于国家秘密',
    law_forbids: '其他法律行政法规禁止公开',
    security: '危及“三安全一稳定”',
    third_party: '保护第三方合法权益',
    internal: '属于三类内部事务信息',
    process: '属于四类过程性信息',
    enforcement: '属于行政执法案卷',
    inquiry: '属于行政查询事项',
  },
  withheld: {
    state_secret: '属于国家秘密',
    law_forbids: '其他法律行政法规禁止公开',
    security: '危及“三安全一稳定”',
    third_party: '保护第三方合法权益',
    internal: '属于三类内部事务信息',
    process: '属于四类过程性信息',
    enforcement: '属于行政执法案卷',
    inquiry: '属于行政查询事项',
  },
  not_held: {
    not_held: '本机关不掌握相关政府信息',
    must_create: '没有现成信息需要另行制作',
    still_unclear: '补正后申请内容仍不明确',
  },
  not_handled: {
    petition: '信访举报投诉类申请',
    repeated: '重复申请',
    publication: '要求提供公开出版物',
    excessive: '无正当理由大量反复申请',
    confirm: '要求行政机关确认或重新出具已获取信息',
  },
  other: {
    not_supplemented: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    fee_unpaid: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    other: '其他',
  },
};

/** What the 告知书 says, by reply type: its title and the Regulations' article it rests on. */
export const NOTICE_TITLES: Record<ReplyType, { title: string; basis: string }> = {
  already_public: { title: '政府信息已主动公开告知书', basis: '第三十六条第（一）项' },
  disclosed: { title: '政府信息予以公开告知书', basis: '第三十六条第（二）项' },
  partly: { title: '政府信息部分公开告知书', basis: '第三十七条' },
  withheld: { title: '政府信息不予公开告知书', basis: '第三十六条第（三）项' },
  not_held: { title: '政府信息无法提供告知书', basis: '第三十六条第（四）项' },
  not_ours: { title: '非本机关政府信息告知书', basis: '第三十六条第（五）项' },
  not_handled: { title: '政府信息公开申请不予处理告知书', basis: '第三十五条、第三十六条第（六）项' },
  other: { title: '政府信息公开申请处理告知书', basis: '第三十条、第四十二条' },
};
