// Numbering (编号): gap-free serials by series and year, and the printed form of a number —
// 豫林采〔2026〕000123号, 督字〔2026〕17号, 2026年第3期. One table (number_serials) for every
// series; a serial is taken inside the caller's transaction, so a caller that rolls back frees
// its number for the next one (no gap) and two callers never get the same one (no repeat).
import { sql } from 'drizzle-orm';
import { chinaDay } from '../calendar/china-date.ts';
import type { Ctx } from '../context.ts';
import { numberSerials } from './numbering.table.ts';

/**
 * A numbered series: its key in number_serials and the format its numbers are printed in.
 * Placeholders: {year} (the year, 2026), {serial} (the serial, 17) or {serial:6} (padded with
 * zeros to 6 digits, 000017), and any {name} given in `vars` ({county} → 410122).
 */
export interface NumberSeries {
  /** Unique across modules, e.g. 'harvest.certificate', 'services.doc:受', 'gov-info.bulletin'. */
  key: string;
  /** e.g. '豫林采〔{year}〕{serial:6}号', '督字〔{year}〕{serial}号', '{year}年第{serial}期'. */
  format: string;
}

export function defineSeries(key: string, format: string): NumberSeries {
  if (!isNumberFormat(format)) throw new Error(`series ${key}: format "${format}" lacks {year} or {serial}`);
  return { key, format };
}

/**
 * Whether a format prints distinct numbers: it needs {serial} (else every number is the same) and
 * {year} (else the first number of 2027 repeats the first of 2026). For settings' validation.
 */
export function isNumberFormat(format: string): boolean {
  return /\{serial(:\d+)?\}/.test(format) && /\{year\}/.test(format);
}

const MAX_PAD = 12;

/** '豫林采〔{year}〕{serial:6}号' with year 2026 and serial 123 → '豫林采〔2026〕000123号'. */
export function formatNumber(
  format: string,
  v: { year: number; serial: number; vars?: Record<string, string> },
): string {
  return format.replace(/\{(\w+)(?::(\d+))?\}/g, (_whole, name: string, width: string | undefined) => {
    if (name === 'year') return String(v.year);
    if (name === 'serial')
      return String(v.serial).padStart(width ? Math.min(Number(width), MAX_PAD) : 0, '0');
    // An unknown placeholder prints as nothing rather than as "{name}" on a certificate.
    return v.vars?.[name] ?? '';
  });
}

/**
 * The next serial of a series in a year (1 for the first), counted in the series' row, which stays
 * locked until the caller's transaction ends: concurrent callers wait in turn. Must run inside a
 * transaction (inTransaction), or the number would be spent even when the caller's work fails.
 */
export async function nextSerial(tx: Ctx, series: string, year: number): Promise<number> {
  if (tx.db === tx.database.db)
    throw new Error(`nextSerial(${series}) outside a transaction: run it inside the caller's inTransaction`);
  const [row] = await tx.db
    .insert(numberSerials)
    .values({ series, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [numberSerials.series, numberSerials.year],
      set: { lastValue: sql`${numberSerials.lastValue} + 1` },
    })
    .returning({ lastValue: numberSerials.lastValue });
  return row.lastValue;
}

export interface TakenNumber {
  year: number;
  serial: number;
  /** The printed number, e.g. 豫林采〔2026〕000123号. */
  number: string;
}

/**
 * Takes the next number of a series: the year is the China year of ctx.now unless given; the
 * format is the series' own unless `format` (a setting, say) is given and valid.
 */
export async function takeNumber(
  tx: Ctx,
  series: NumberSeries,
  options: { year?: number; format?: string; vars?: Record<string, string> } = {},
): Promise<TakenNumber> {
  const year = options.year ?? Number(chinaDay(tx.now).slice(0, 4));
  const serial = await nextSerial(tx, series.key, year);
  const format = options.format && isNumberFormat(options.format) ? options.format : series.format;
  return { year, serial, number: formatNumber(format, { year, serial, vars: options.vars }) };
}

/**
 * `count` consecutive numbers of a series at once (a group commit's members), in one statement:
 * the series' row moves by `count` and stays locked until the caller's transaction ends.
 */
export async function takeNumbers(
  tx: Ctx,
  series: NumberSeries,
  count: number,
  options: { year?: number; format?: string } = {},
): Promise<TakenNumber[]> {
  if (count < 1) return [];
  if (tx.db === tx.database.db)
    throw new Error(
      `takeNumbers(${series.key}) outside a transaction: run it inside the caller's inTransaction`,
    );
  const year = options.year ?? Number(chinaDay(tx.now).slice(0, 4));
  const [row] = await tx.db
    .insert(numberSerials)
    .values({ series: series.key, year, lastValue: count })
    .onConflictDoUpdate({
      target: [numberSerials.series, numberSerials.year],
      set: { lastValue: sql`${numberSerials.lastValue} + ${count}` },
    })
    .returning({ lastValue: numberSerials.lastValue });
  const format = options.format && isNumberFormat(options.format) ? options.format : series.format;
  const first = row.lastValue - count + 1;
  return Array.from({ length: count }, (_, i) => ({
    year,
    serial: first + i,
    number: formatNumber(format, { year, serial: first + i }),
  }));
}

const OPEN = /[〔［[【（(｛{]/g;
const CLOSE = /[〕］\]】）)｝}]/g;

/**
 * The comparable form of a number: brackets unified, full-width digits and letters folded, no
 * spaces — so a number typed by hand (豫林采[2026]000123号, 豫林采（２０２６）000123号) is found.
 */
export function numberKey(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').replace(OPEN, '〔').replace(CLOSE, '〕').toUpperCase();
}
