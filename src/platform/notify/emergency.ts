// The emergency report clock (突发事件信息报送时限): a forestry emergency (火情, 有害生物暴发, 安全生产
// 事故…) is to be reported upward within hours of becoming known — 4 hours by default, a setting of
// the administrator's (系统设置 › notify.emergencyReport.limit), as is its ladder. Counted in clock
// hours straight through nights, weekends and holidays: an hours clock never reads the calendar.
// The kind is the platform's so that every module that takes such reports (government information,
// the duty office) times them alike: start one with
//   startClock(tx, { kind: EMERGENCY_REPORT_CLOCK.kind, limit: await kindLimit(tx, EMERGENCY_REPORT_CLOCK), … }).
import { defineClockKind } from './escalation.ts';

export const EMERGENCY_REPORT_CLOCK = defineClockKind({
  kind: 'notify.emergencyReport',
  label: '突发事件信息报送时限',
  description: '自获悉突发事件起向上级报送信息的时限，按小时连续计算，夜间、周末和节假日不停止计时',
  limit: { value: 4, unit: 'hours', min: 1, max: 72 },
  ladder:
    '提醒（届满前1小时，承办人、单位负责人）→催报（届满时，承办人、单位负责人）→督报（超期1小时，分管领导、办公室）',
});
