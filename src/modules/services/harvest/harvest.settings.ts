// The harvesting permit's figures of local practice (DOMAIN §4, confidence M): settings that the
// system administrator may change at run time, never constants in the code.
import { defineSetting, type SettingDef } from '../../../platform/settings/settings.service.ts';
import { CERTIFICATE_SERIES } from './certificate-number.ts';

// 告知承诺制: small planted commercial stands, decided within 1 working day.
export const SMALL_STAND_VOLUME_M3 = defineSetting({
  key: 'harvest.smallStandVolumeM3',
  label: '告知承诺小面积采伐：蓄积上限（立方米）',
  description: '人工商品林采伐蓄积不超过此数（或面积不超过下一项）时，可凭告知承诺书在 1 个工作日内办结',
  type: 'integer',
  default: 15,
  min: 0,
  max: 1000,
});

export const SMALL_STAND_AREA_MU = defineSetting({
  key: 'harvest.smallStandAreaMu',
  label: '告知承诺小面积采伐：面积上限（亩）',
  type: 'integer',
  default: 3,
  min: 0,
  max: 1000,
});

export const SMALL_STAND_WORKDAYS = defineSetting({
  key: 'harvest.smallStandWorkdays',
  label: '告知承诺小面积采伐：承诺办结时限（工作日）',
  type: 'integer',
  default: 1,
  min: 0,
  max: 20,
});

// Upper bounds that catch absurd input (a typo of three extra zeros), not legal limits.
export const MAX_AREA_MU = defineSetting({
  key: 'harvest.maxAreaMu',
  label: '单证采伐面积上限（亩）',
  description: '超过此面积的申请视为填写错误，不予接收',
  type: 'integer',
  default: 15_000,
  min: 1,
  max: 1_000_000,
});

export const MAX_STOCK_VOLUME_M3 = defineSetting({
  key: 'harvest.maxStockVolumeM3',
  label: '单证采伐蓄积上限（立方米）',
  type: 'integer',
  default: 50_000,
  min: 1,
  max: 10_000_000,
});

export const MAX_TREE_COUNT = defineSetting({
  key: 'harvest.maxTreeCount',
  label: '单证采伐株数上限',
  type: 'integer',
  default: 1_000_000,
  min: 1,
  max: 100_000_000,
});

export const MAX_PERIOD_DAYS = defineSetting({
  key: 'harvest.maxPeriodDays',
  label: '采伐期限最长天数',
  description: '采伐期限（起止日期，含首尾两日）不得超过此天数',
  type: 'integer',
  default: 365,
  min: 1,
  max: 1096,
});

// 公示: larger harvests are publicly noticed before the decision.
export const NOTICE_VOLUME_M3 = defineSetting({
  key: 'harvest.noticeVolumeM3',
  label: '采伐前公示：蓄积达到（立方米）',
  description: '申请采伐蓄积达到此数的，作出决定前在网站公示；设为 0 表示不按蓄积公示',
  type: 'integer',
  default: 100,
  min: 0,
  max: 10_000_000,
});

export const NOTICE_CLEAR_CUT_HA = defineSetting({
  key: 'harvest.noticeClearCutHa',
  label: '采伐前公示：皆伐面积达到（公顷）',
  description: '皆伐面积达到此数（1 公顷 = 15 亩）的，作出决定前公示；设为 0 表示不按皆伐面积公示',
  type: 'integer',
  default: 5,
  min: 0,
  max: 100_000,
});

export const NOTICE_WORKDAYS = defineSetting({
  key: 'harvest.noticeWorkdays',
  label: '采伐前公示期（工作日）',
  type: 'integer',
  default: 5,
  min: 1,
  max: 30,
});

export const CERTIFICATE_NUMBER_SCHEME = defineSetting({
  key: 'harvest.certificateNumberScheme',
  label: '林木采伐许可证编号规则',
  description:
    '{year} 为发证年度，{serial:6} 为当年流水号（补零至 6 位），{county} 为县级区划代码；缺 {year} 或 {serial} 的规则不生效，按默认规则编号',
  type: 'string',
  default: CERTIFICATE_SERIES.format,
  min: 8,
  max: 60,
});

export const ISSUING_AUTHORITY = defineSetting({
  key: 'harvest.issuingAuthority',
  label: '林木采伐许可证发证机关（省级）',
  description: '省属国有林场等由省林业局审批的许可证上的发证机关；县、市审批的许可证写该县（市）林业局的名称',
  type: 'string',
  default: '河南省林业局',
  min: 2,
  max: 60,
});

export const HANDLING_UNIT_CODE = defineSetting({
  key: 'harvest.handlingUnitCode',
  label: '采伐许可承办单位（单位编码）',
  description: '公示期间收到异议时通知该单位（及采伐地所在县级林业局）',
  type: 'string',
  default: 'HNLY-ZYC',
  min: 1,
  max: 40,
});

export const DISPLAY_ROTATE_SECONDS = defineSetting({
  key: 'display.rotateSeconds',
  label: '大厅显示屏：每个事项停留秒数',
  type: 'integer',
  default: 15,
  min: 5,
  max: 120,
});

/** Every setting above, for the module's registration (the settings page lists them). */
export const HARVEST_SETTINGS: readonly SettingDef[] = [
  SMALL_STAND_VOLUME_M3,
  SMALL_STAND_AREA_MU,
  SMALL_STAND_WORKDAYS,
  MAX_AREA_MU,
  MAX_STOCK_VOLUME_M3,
  MAX_TREE_COUNT,
  MAX_PERIOD_DAYS,
  NOTICE_VOLUME_M3,
  NOTICE_CLEAR_CUT_HA,
  NOTICE_WORKDAYS,
  CERTIFICATE_NUMBER_SCHEME,
  ISSUING_AUTHORITY,
  HANDLING_UNIT_CODE,
  DISPLAY_ROTATE_SECONDS,
];
