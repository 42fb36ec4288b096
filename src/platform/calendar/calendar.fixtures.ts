// The 2026 schedule of DOMAIN.md §2 (published 2025-11-04), typed in by hand for the tests rather
// than read from the package, so the tests check the package data and the arithmetic independently.
import { type Calendar, makeCalendar } from './working-days.ts';

function range(first: string, last: string, name: string) {
  const out: Array<{ day: string; kind: 'holiday'; name: string }> = [];
  for (
    let d = new Date(`${first}T00:00:00Z`);
    d <= new Date(`${last}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push({ day: d.toISOString().slice(0, 10), kind: 'holiday', name });
  return out;
}
const work = (day: string, name: string) => ({ day, kind: 'workday' as const, name });

// New Year off 1/1–1/3, work 1/4; Spring Festival off 2/15–2/23, work 2/14 and 2/28; Qingming off
// 4/4–4/6; Labour Day off 5/1–5/5, work 5/9; Dragon Boat off 6/19–6/21; Mid-Autumn off 9/25–9/27;
// National Day off 10/1–10/7, work 9/20 and 10/10.
export const CAL_2026: Calendar = makeCalendar(
  [2026],
  [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    work('2026-01-04', '元旦'),
    work('2026-02-14', '春节'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    work('2026-02-28', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    work('2026-05-09', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午'),
    work('2026-09-20', '国庆节'),
    ...range('2026-09-25', '2026-09-27', '中秋'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
    work('2026-10-10', '国庆节'),
  ],
);

/** The same schedule as the rows a year edit (PUT /api/calendar/years/2026) would send. */
export const DAYS_2026 = [...CAL_2026.days.entries()].map(([day, d]) => ({
  day,
  kind: d.kind,
  name: d.name,
}));
