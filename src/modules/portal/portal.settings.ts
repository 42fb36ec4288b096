// The portal's runtime settings (系统设置), changed by the system admin.
import { defineSetting, type SettingDef } from '../../platform/settings/settings.service.ts';

export const INFO_CENTRE_UNIT = defineSetting({
  key: 'portal.infoCentreUnitCode',
  label: '网站主管单位（信息中心）的单位代码',
  description: '未经审核发布的稿件通知该单位；默认为信息中心 HNLY-XXZX',
  type: 'string',
  default: 'HNLY-XXZX',
  min: 1,
  max: 40,
});

/** Every setting above, for the module's registration (the settings page lists them). */
export const PORTAL_SETTINGS: readonly SettingDef[] = [INFO_CENTRE_UNIT];
