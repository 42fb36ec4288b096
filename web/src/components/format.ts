// Dates and times as people here read them: Beijing time whatever the browser's time zone, the
// same clock the server counts working days and audit dates by.

const ZONE = 'Asia/Shanghai';

function parts(date: Date, withTime: boolean, withSeconds = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).formatToParts(date))
    out[p.type] = p.value;
  return out;
}

/** "2026-11-27 11:08" (or with seconds), Beijing time; "—" when absent. */
export function formatTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = parts(d, true, withSeconds);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** "11:08", Beijing time, for lists of one day whose date is said once above; "—" when absent. */
export function formatClock(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = parts(d, true);
  return `${p.hour}:${p.minute}`;
}

/** "2026-11-27", Beijing time; "—" when absent. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = parts(d, false);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026年12月8日", Beijing time: a date as an official document prints it (GB/T 9704 7.3.5.4). */
export function formatDocumentDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = parts(d, false);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

/** Today's date and the hour in China, for working-day facts and greetings. */
export function chinaNow(now = new Date()): { day: string; hour: number } {
  const p = parts(now, true);
  return { day: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) };
}

/** 受理查询码 as every page and document prints it: UQPH-W2K4-4Q8R (platform/receipts). */
export function formatReceiptCode(code: string | null | undefined): string {
  if (!code) return '—';
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
