// The clocks of a case and their escalation ladders (提醒 → 催办 → 督办): the platform's ladders
// (platform/notify/escalation.ts) do the sending, once per step and due date, with recipients from
// org (unit head, leader in charge, office); each ladder is a setting the system administrator may
// change (系统设置 › services.*.ladder). A case past its statutory date is reported to the leader in
// charge of the handling division (分管局领导) from the first working day overdue.
import { defineClockKind } from '../../platform/notify/index.ts';

/** 受理审查 (行政许可法 第三十二条): 5 working days to decide on acceptance. */
export const ACCEPTANCE_CLOCK = defineClockKind({
  kind: 'services.acceptance',
  label: '受理审查期限',
  description: '收到申请后决定是否受理的期限；逾期未作决定的，自收到申请之日起即为受理',
  ladder:
    '到期前提醒（届满前1个工作日，承办人）→到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人、单位负责人）',
});

/** 法定办理期限 (第四十二条): 20 working days from acceptance, extensions and pauses on the clock. */
export const STATUTORY_CLOCK = defineClockKind({
  kind: 'services.statutory',
  label: '法定办理期限',
  description: '自受理之日起的法定审查决定期限',
  ladder:
    '到期前提醒（届满前3个工作日，承办人）→到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人、单位负责人）→督办（超期1个工作日，分管领导）',
});

/** 承诺办结时限: the shorter limit the guide promises. */
export const PROMISED_CLOCK = defineClockKind({
  kind: 'services.promised',
  label: '承诺办结时限',
  description: '办事指南承诺的办结时限（短于法定期限）',
  ladder: '到期前提醒（届满前2个工作日，承办人）→到期提醒（届满当日，承办人）',
});

/** 发证期限 (第四十四条): the certificate within 10 working days of the decision. */
export const CERTIFICATE_CLOCK = defineClockKind({
  kind: 'services.certificate',
  label: '发证期限',
  description: '作出准予许可决定后颁发、送达证件的期限',
  ladder: '到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人、单位负责人）',
});

export const SERVICES_CLOCK_KINDS = [ACCEPTANCE_CLOCK, STATUTORY_CLOCK, PROMISED_CLOCK, CERTIFICATE_CLOCK];
