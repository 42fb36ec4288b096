// Figures of local practice for online services (DOMAIN.md M/L): settings with defaults.
import { defineSetting, type SettingDef } from '../../platform/settings/settings.service.ts';

export const ACCEPTANCE_WORKDAYS = defineSetting({
  key: 'services.acceptanceWorkdays',
  label: '网上办事：受理审查期限（工作日，行政许可法第三十二条为 5 日）',
  type: 'integer',
  default: 5,
  min: 1,
  max: 20,
});

export const UPLOAD_MAX_MB = defineSetting({
  key: 'services.uploadMaxMb',
  label: '网上办事：单个材料文件大小上限（MB）',
  type: 'integer',
  default: 10,
  min: 1,
  max: 50,
});

export const NEAR_DEADLINE_WORKDAYS = defineSetting({
  key: 'services.nearDeadlineWorkdays',
  label: '网上办事：临近期限提示（剩余工作日）',
  type: 'integer',
  default: 3,
  min: 1,
  max: 20,
});

export const DOCUMENT_PREFIX = defineSetting({
  key: 'services.documentPrefix',
  label: '网上办事：许可文书文号前缀',
  type: 'string',
  default: '豫林许',
  min: 1,
  max: 20,
});

export const TRACK_MAX_FAILURES = defineSetting({
  key: 'services.trackMaxFailures',
  label: '网上办事：查询码核验连续失败次数上限（超过后锁定 1 小时）',
  type: 'integer',
  default: 5,
  min: 3,
  max: 20,
});

/** Every setting above, for the module's registration (the settings page lists them). */
export const SERVICES_SETTINGS: readonly SettingDef[] = [
  ACCEPTANCE_WORKDAYS,
  UPLOAD_MAX_MB,
  NEAR_DEADLINE_WORKDAYS,
  DOCUMENT_PREFIX,
  TRACK_MAX_FAILURES,
];
