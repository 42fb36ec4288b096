// The organisation's runtime settings (系统设置), changed by the system admin.
import { defineSetting, type SettingDef } from '../../platform/settings/settings.service.ts';

export const DIRECTORY_SHOWS_PHONES = defineSetting({
  key: 'org.directoryShowsPhones',
  label: '通讯录显示联系电话（脱敏）',
  description: '关闭后，人员列表与详情不显示联系电话；有权限者仍可按数据范围查看完整号码（留审计记录）',
  type: 'boolean',
  default: true,
});

export const TAG_UNVERIFIED_NAMES = defineSetting({
  key: 'org.tagUnverifiedUnitNames',
  label: '对未经核实的单位名称显示“名称待核实”',
  description: '演示数据中部分处室、直属单位名称系据通常设置推定；核对并更正后可关闭此标记',
  type: 'boolean',
  default: true,
});

// Who the escalation ladders' 办公室 is (recipients.ts).
export const OFFICE_UNIT_CODE = defineSetting({
  key: 'org.officeUnitCode',
  label: '督办抄送的办公室（单位代码）',
  description: '提醒与催办督办步骤中的“办公室”指该单位的工作人员账号，默认为厅办公室（HNLY-BGS）',
  type: 'string',
  default: 'HNLY-BGS',
  min: 1,
  max: 64,
});

/** Every setting above, for the module's registration (the settings page lists them). */
export const ORG_SETTINGS: readonly SettingDef[] = [
  DIRECTORY_SHOWS_PHONES,
  TAG_UNVERIFIED_NAMES,
  OFFICE_UNIT_CODE,
];
