// Government openness' runtime settings. The statutory figures of DOMAIN §5 (20 working days, 7,
// 15, 20; the fee bands of 国办函〔2020〕109号) are set by law (H); what is local practice here —
// the index number's form and the department's code in it — is a setting with its default.
import { defineSetting } from '../../platform/settings/settings.service.ts';

export const INDEX_FORMAT = defineSetting({
  key: 'openness.indexFormat',
  label: '政府信息公开目录索引号格式',
  description:
    '{issuer} 为本机关统一社会信用代码，{year} 为年份，{serial:5} 为 5 位年度流水号（每年从 00001 起，不跳号、不重号）。常见格式：{issuer}/{year}-{serial:5}',
  type: 'string',
  default: '{issuer}/{year}-{serial:5}',
  min: 8,
  max: 80,
});

export const ISSUER_CODE = defineSetting({
  key: 'openness.issuerCode',
  label: '本机关统一社会信用代码（用于索引号）',
  description:
    '18 位统一社会信用代码，按本机关《统一社会信用代码证书》填写；默认值为演示用代码，上线前须改为本机关的代码',
  type: 'string',
  default: '11410000MB1D8940X7',
  min: 18,
  max: 18,
});

// ---- applications for disclosure ----

export const SUPPLEMENT_DAYS = defineSetting({
  key: 'openness.supplementDays',
  label: '依申请公开：申请人补正期限（工作日）',
  description:
    '《条例》第三十条要求给予申请人“合理的补正期限”；申请人无正当理由逾期不补正的，视为放弃申请。自补正告知之日起计算',
  type: 'integer',
  default: 15,
  min: 5,
  max: 30,
});

export const TRACK_ATTEMPTS = defineSetting({
  key: 'openness.trackAttempts',
  label: '依申请公开查询：查询密码连续输错次数上限',
  description: '同一查询码连续输错达到此数后暂停查询；无论查询码是否存在都同样计数，不透露查询码是否存在',
  type: 'integer',
  default: 5,
  min: 3,
  max: 20,
});

export const TRACK_LOCK_MINUTES = defineSetting({
  key: 'openness.trackLockMinutes',
  label: '依申请公开查询：输错次数过多后暂停查询的时长（分钟）',
  type: 'integer',
  default: 30,
  min: 5,
  max: 1440,
});

export const OPENNESS_SETTINGS = [
  INDEX_FORMAT,
  ISSUER_CODE,
  SUPPLEMENT_DAYS,
  TRACK_ATTEMPTS,
  TRACK_LOCK_MINUTES,
];
