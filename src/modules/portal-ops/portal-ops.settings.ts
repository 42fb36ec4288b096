// The portal operations' runtime settings: figures of local practice (DOMAIN.md M/L) and switches
// that the system administrator may change without a restart. The national veto figures of
// DOMAIN §6 (2 weeks, 6 months, 5 / 10 / 5 columns) are statutory (H) and stay in freshness.rules.ts.
import { defineSetting, type SettingDef } from '../../platform/settings/settings.service.ts';

export const REMINDER_LEAD_DAYS = defineSetting({
  key: 'portalOps.reminderLeadDays',
  label: '栏目到期前几天提醒责任单位',
  description: '栏目距更新期限还有该天数时，向责任单位发出一次提醒（本地做法，默认 3 天）',
  type: 'integer',
  default: 3,
  min: 0,
  max: 30,
});

export const CHASE_EVERY_DAYS = defineSetting({
  key: 'portalOps.chaseEveryDays',
  label: '栏目逾期后每隔几天催办一次',
  description: '逾期当天催办一次，此后每隔该天数再催办一次；0 表示只催办一次（本地做法，默认 7 天）',
  type: 'integer',
  default: 7,
  min: 0,
  max: 90,
});

export const LONG_STALE_DAYS = defineSetting({
  key: 'portalOps.longStaleDays',
  label: '“长期未更新”栏目的天数',
  description:
    '栏目超过此天数未更新即列为“长期未更新”。国家规定未明确期限，默认按政府网站检查的通行做法取 1 年（365 天）',
  type: 'integer',
  default: 365,
  min: 30,
  max: 1095,
});

export const LINK_CHECK_NIGHTLY = defineSetting({
  key: 'portalOps.linkCheckNightly',
  label: '每晚自动检查失效链接',
  description: '开启后每晚 2 时起检查已发布内容中的链接；内网或无外网的环境请保持关闭',
  type: 'boolean',
  default: false,
});

export const LINK_TIMEOUT_SECONDS = defineSetting({
  key: 'portalOps.linkTimeoutSeconds',
  label: '链接检查的超时（秒）',
  type: 'integer',
  default: 10,
  min: 1,
  max: 60,
});

export const FEEDS_ENABLED = defineSetting({
  key: 'portalOps.feedsEnabled',
  label: '自动抓取信息采集订阅源',
  description: '关闭后订阅源只在工作台手动“立即抓取”时抓取',
  type: 'boolean',
  default: true,
});

export const FEEDS_ALLOW_PRIVATE = defineSetting({
  key: 'portalOps.feedsAllowPrivate',
  label: '信息采集允许抓取内网地址',
  description: '默认只抓取公网地址的订阅源，防止借订阅源读取内网（SSRF）；内网部署确需采集内网订阅源时开启',
  type: 'boolean',
  default: false,
});

export const BOARD_POSTS_PER_DAY = defineSetting({
  key: 'portalOps.boardPostsPerDay',
  label: '每个账号每天最多发布供求信息条数',
  type: 'integer',
  default: 5,
  min: 1,
  max: 100,
});

export const BOARD_REPORTS_PER_HOUR = defineSetting({
  key: 'portalOps.boardReportsPerHour',
  label: '每位访客每小时最多举报次数',
  type: 'integer',
  default: 5,
  min: 1,
  max: 100,
});

export const BOARD_MAX_VALID_DAYS = defineSetting({
  key: 'portalOps.boardMaxValidDays',
  label: '供求信息最长有效期（天）',
  type: 'integer',
  default: 180,
  min: 7,
  max: 730,
});

/** Every setting above, for the module's registration (the settings page lists them). */
export const PORTAL_OPS_SETTINGS: readonly SettingDef[] = [
  REMINDER_LEAD_DAYS,
  CHASE_EVERY_DAYS,
  LONG_STALE_DAYS,
  LINK_CHECK_NIGHTLY,
  LINK_TIMEOUT_SECONDS,
  FEEDS_ENABLED,
  FEEDS_ALLOW_PRIVATE,
  BOARD_POSTS_PER_DAY,
  BOARD_REPORTS_PER_HOUR,
  BOARD_MAX_VALID_DAYS,
];
