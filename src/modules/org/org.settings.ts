// The organisation's runtime settings (系统设置), changed by the system admin.
import { defineSetting } from '../../platform/settings/settings.service.ts';

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
  description: '演示数据中部分处室、厅直单位名称系据通常设置推定；核对并更正后可关闭此标记',
  type: 'boolean',
  default: true,
});
