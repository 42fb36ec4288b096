// The steps of "why this date" (为什么是这一天) as rows of text, from the platform clock's explanation:
// pure, so a test can read them without a browser.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ClockExplanation } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';

const UNIT: Record<string, string> = { workdays: '个工作日', days: '天', hours: '小时' };
const PAUSED_UNIT: Record<string, string> = { workdays: '个工作日', days: '天', minutes: '分钟' };

/** "2026年12月7日（星期一）". */
export function longDay(day: string): string {
  return dayjs(day).locale('zh-cn').format('YYYY年M月D日（dddd）');
}

/** "12月12日、12月13日、2027年1月2日": the year only where it is not the start's. */
export function dayList(days: readonly string[], startYear: number): string {
  return days
    .map((d) => dayjs(d).format(dayjs(d).year() === startYear ? 'M月D日' : 'YYYY年M月D日'))
    .join('、');
}

/** The rows of the explanation, in the order the count goes. Exported for the unit test. */
export function explanationRows(ex: ClockExplanation): Array<{ label: string; text: string }> {
  const rows: Array<{ label: string; text: string }> = [];
  const hours = ex.unit === 'hours';
  const startYear = dayjs(ex.startDay).year();
  rows.push({
    label: '起算',
    text: hours
      ? `自${formatTime(ex.startedAt)}起计时`
      : `${longDay(ex.startDay)} ${formatTime(ex.startedAt).slice(11)} 开始计时，当日不计入`,
  });
  const total = ex.limit + ex.extensionTotal;
  rows.push({
    label: '期限',
    text:
      ex.extensionTotal > 0
        ? `${ex.limit}${UNIT[ex.unit]}，延长${ex.extensionTotal}${UNIT[ex.unit]}，共${total}${UNIT[ex.unit]}`
        : `${ex.limit}${UNIT[ex.unit]}`,
  });
  for (const e of ex.extensions)
    rows.push({
      label: '延长',
      text: `${formatTime(e.at)}延长${e.amount}${UNIT[ex.unit]}：${e.reason}${e.approvedBy ? `（${e.approvedBy}批准）` : ''}`,
    });
  for (const p of ex.pauses) {
    const span = p.toDay
      ? `${dayList([p.fromDay], startYear)}至${dayList([p.toDay], startYear)}`
      : `${dayList([p.fromDay], startYear)}起`;
    const counted =
      p.notCounted === null
        ? '暂停中，恢复计时后重新计算届满日'
        : `不计入${p.notCounted}${PAUSED_UNIT[p.notCountedUnit]}${p.notCountedDays.length > 0 ? `（${dayList(p.notCountedDays, startYear)}）` : ''}`;
    rows.push({ label: '暂停', text: `${span}：${p.reason}；${counted}` });
  }
  if (!hours) {
    if (ex.skippedWeekends.length > 0)
      rows.push({
        label: '跳过周末',
        text: `${ex.skippedWeekends.length}天：${dayList(ex.skippedWeekends, startYear)}`,
      });
    if (ex.skippedHolidays.length > 0)
      rows.push({
        label: '跳过节假日',
        text: `${ex.skippedHolidays.length}天：${ex.skippedHolidays
          .map((h) => `${h.name}（${dayList([h.day], startYear)}）`)
          .join('、')}`,
      });
    if (ex.adjustedWorkdays.length > 0)
      rows.push({
        label: '计入调休上班日',
        text: ex.adjustedWorkdays.map((h) => `${dayList([h.day], startYear)}（${h.name}调休）`).join('、'),
      });
    if (ex.rolledFrom && ex.dueDay)
      rows.push({
        label: '顺延',
        text: `期满日${dayList([ex.rolledFrom], startYear)}为休息日，顺延至其后第一个工作日`,
      });
  }
  if (ex.stopped)
    rows.push({ label: '停止计时', text: `${formatTime(ex.stopped.at)}：${ex.stopped.reason}` });
  return rows;
}

/** The due date line: the day (or instant), or why there is none. */
export function dueLine(ex: ClockExplanation): string {
  if (ex.error) return `未能计算：${ex.error}`;
  if (ex.paused && !ex.dueAt) return '暂停中，恢复计时后确定';
  if (!ex.dueAt) return '未能计算';
  if (ex.unit === 'hours') return formatTime(ex.dueAt);
  return `${ex.dueDay ? longDay(ex.dueDay) : formatTime(ex.dueAt)}，当日 23:59:59（北京时间）前`;
}
