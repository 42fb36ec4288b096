// Twelve small months: statutory holidays (休) and adjusted working days (班) marked.
import type { CalendarDay } from '../../api/types.ts';
import { dayInfo, monthWeeks } from './workdays.ts';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

export function YearView({ year, days, today }: { year: number; days: CalendarDay[]; today: string }) {
  return (
    <div className="lz-year">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <table key={month} className="lz-month">
          <caption>{month}月</caption>
          <thead>
            <tr>
              {HEAD.map((h) => (
                <th key={h} scope="col" abbr={`星期${h}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(year, month).map((week) => (
              <tr key={week[0].key === 'before-0' ? `w-${week[6].key}` : week[0].key}>
                {week.map(({ key, day }) => {
                  if (!day) return <td key={key} />;
                  const info = dayInfo(day, days);
                  const label =
                    info.kind === 'holiday'
                      ? `${info.name}，休`
                      : info.kind === 'workday'
                        ? `${info.name}调休，上班`
                        : info.kind === 'weekend'
                          ? '周末'
                          : '工作日';
                  return (
                    <td
                      key={day}
                      className={`lz-day lz-day-${info.kind}${day === today ? ' lz-day-today' : ''}`}
                      title={`${day} ${label}`}
                    >
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      {info.kind === 'holiday' && <sup aria-hidden="true">休</sup>}
                      {info.kind === 'workday' && <sup aria-hidden="true">班</sup>}
                      <span className="lz-sr-only">
                        {Number(day.slice(8))}日 {label}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
