// 木材运输证 (timber transport permits), abolished on 2020-07-01: an archive filled by importing
// historical records from CSV, and a public lookup by number. There is deliberately no way to
// create one: the import refuses any permit issued after 2020-06-30.
import crypto from 'node:crypto';
import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { requirePermission } from '../../../platform/access/policy.ts';
import { type ScopeColumns, scopeWhere } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { isValidDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { containing } from '../../../platform/db/like.ts';
import { requireRegionScope } from './harvest.policy.ts';
import { maskPersonName } from './permit-facts.ts';
import { findRegionInText, regionOfCode } from './regions.ts';
import { timberTransportPermits } from './transport.table.ts';

export const TRANSPORT_ABOLISHED_ON = '2020-07-01';
export const TRANSPORT_LAST_ISSUE_DAY = '2020-06-30';
// 木材运输证 were required from the 1985 Forest Law on; earlier dates are typing errors.
const EARLIEST_DAY = '1985-01-01';

export type TransportRow = typeof timberTransportPermits.$inferSelect;

interface ColumnDef {
  key: keyof ParsedPermit;
  names: string[];
  label: string;
  required: boolean;
}

const COLUMNS: ColumnDef[] = [
  { key: 'number', names: ['证号', '运输证号', '编号', 'number'], label: '证号', required: true },
  {
    key: 'issuedOn',
    names: ['签发日期', '发证日期', 'issued_on', 'issuedOn'],
    label: '签发日期',
    required: true,
  },
  {
    key: 'validFrom',
    names: ['有效期起', '有效期自', 'valid_from', 'validFrom'],
    label: '有效期起',
    required: true,
  },
  {
    key: 'validUntil',
    names: ['有效期止', '有效期至', 'valid_until', 'validUntil'],
    label: '有效期止',
    required: true,
  },
  { key: 'issuer', names: ['签发机关', '发证机关', 'issuer'], label: '签发机关', required: true },
  { key: 'shipper', names: ['货主', '托运人', 'shipper'], label: '货主', required: true },
  { key: 'origin', names: ['起运地', '起运地点', 'origin'], label: '起运地', required: true },
  { key: 'destination', names: ['到达地', '到达地点', 'destination'], label: '到达地', required: true },
  { key: 'species', names: ['树种', 'species'], label: '树种', required: true },
  { key: 'assortment', names: ['材种', 'assortment'], label: '材种', required: true },
  {
    key: 'volume',
    names: ['数量(立方米)', '数量（立方米）', '数量', 'volume'],
    label: '数量（立方米）',
    required: true,
  },
  { key: 'pieces', names: ['件数', '根数', 'pieces'], label: '件数', required: false },
  { key: 'vehicle', names: ['运输工具', '车船号', 'vehicle'], label: '运输工具', required: false },
  { key: 'note', names: ['备注', 'note'], label: '备注', required: false },
  {
    key: 'regionCode',
    names: ['区划代码', '行政区划代码', '签发机关区划代码', 'region_code', 'regionCode'],
    label: '区划代码',
    required: false,
  },
];

export interface ParsedPermit {
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
  issuer: string;
  shipper: string;
  origin: string;
  destination: string;
  species: string;
  assortment: string;
  volume: number;
  pieces: number | null;
  vehicle: string | null;
  note: string | null;
  /** The optional 区划代码 column as given (a Henan county or city code). */
  regionCode: string | null;
}

export interface RowError {
  /** The line of the file the record starts on (the header is line 1). */
  line: number;
  field: string;
  message: string;
}

/** RFC 4180 CSV: quoted fields with commas, quotes and line breaks; a UTF-8 BOM is ignored. */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = [];
  const s = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
  return records;
}

/** 2019/5/3, 2019.05.03 and 2019-5-3 → 2019-05-03; null when it is not a real day. */
function toDay(raw: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isValidDay(day) ? day : null;
}

export interface ParsedCsv {
  rows: Array<{ line: number; permit: ParsedPermit }>;
  errors: RowError[];
  /** Rows read (the header excluded). */
  total: number;
}

/** Reads and checks every row; each problem names its line and column in Chinese. */
export function parseTransportCsv(text: string): ParsedCsv {
  const records = parseCsv(text);
  if (records.length === 0)
    return { rows: [], errors: [{ line: 1, field: 'file', message: '文件是空的' }], total: 0 };
  const header = records[0].cells.map((h) => h.trim().replace(/\s+/g, ''));
  const index = new Map<string, number>();
  const errors: RowError[] = [];
  for (const col of COLUMNS) {
    const at = header.findIndex((h) => col.names.some((n) => n.toLowerCase() === h.toLowerCase()));
    if (at >= 0) index.set(col.key, at);
    else if (col.required) errors.push({ line: 1, field: col.key, message: `表头缺少“${col.label}”列` });
  }
  if (errors.length) return { rows: [], errors, total: records.length - 1 };

  const rows: ParsedCsv['rows'] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records.slice(1)) {
    const get = (key: keyof ParsedPermit) => {
      const i = index.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const rowErrors: RowError[] = [];
    const fail = (field: keyof ParsedPermit, message: string) => {
      const label = COLUMNS.find((c) => c.key === field)!.label;
      rowErrors.push({ line, field, message: `第 ${line} 行 ${label}：${message}` });
    };
    for (const col of COLUMNS) if (col.required && !get(col.key)) fail(col.key, '不能为空');

    const number = get('number');
    if (number && !/^[0-9A-Za-z\u4e00-\u9fa5〔〕()（）[\]-]{4,40}$/.test(number))
      fail('number', '应为 4–40 位字母、数字或汉字，不含空格');
    if (number && seen.has(number)) fail('number', `与第 ${seen.get(number)} 行证号重复`);
    const days: Partial<Record<'issuedOn' | 'validFrom' | 'validUntil', string>> = {};
    for (const key of ['issuedOn', 'validFrom', 'validUntil'] as const) {
      const raw = get(key);
      if (!raw) continue;
      const day = toDay(raw);
      if (!day) fail(key, `“${raw}”不是有效日期（应为 YYYY-MM-DD）`);
      else if (day < EARLIEST_DAY) fail(key, `早于 ${EARLIEST_DAY}，请核对`);
      else days[key] = day;
    }
    if (days.issuedOn && days.issuedOn > TRANSPORT_LAST_ISSUE_DAY)
      fail(
        'issuedOn',
        `木材运输证已于2020年7月1日取消，签发日期不得晚于 ${TRANSPORT_LAST_ISSUE_DAY}（本平台不核发新证）`,
      );
    if (days.validFrom && days.validFrom > TRANSPORT_LAST_ISSUE_DAY)
      fail('validFrom', `木材运输证已于2020年7月1日取消，有效期起日不得在 ${TRANSPORT_ABOLISHED_ON} 或之后`);
    if (days.validFrom && days.issuedOn && days.validFrom < days.issuedOn) fail('validFrom', '早于签发日期');
    if (days.validFrom && days.validUntil && days.validUntil < days.validFrom)
      fail('validUntil', '早于有效期起日，起止颠倒');
    const volumeRaw = get('volume');
    const volume = Number(volumeRaw);
    if (volumeRaw && (!/^\d+(\.\d{1,3})?$/.test(volumeRaw) || volume <= 0))
      fail('volume', `“${volumeRaw}”应为大于 0 的数字（最多 3 位小数）`);
    else if (volume > 10_000) fail('volume', `${volume} 立方米超过单证上限 10000 立方米，请核对`);
    const piecesRaw = get('pieces');
    if (piecesRaw && !/^[1-9]\d{0,6}$/.test(piecesRaw)) fail('pieces', `“${piecesRaw}”应为正整数`);
    for (const key of [
      'issuer',
      'shipper',
      'origin',
      'destination',
      'species',
      'assortment',
      'vehicle',
      'note',
    ] as const)
      if (get(key).length > 100) fail(key, '最多 100 个字');

    const regionCode = get('regionCode');
    if (regionCode && !regionOfCode(regionCode))
      fail('regionCode', `“${regionCode}”不是河南省的县级或省辖市行政区划代码`);

    if (number && !seen.has(number)) seen.set(number, line);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      line,
      permit: {
        number,
        issuedOn: days.issuedOn!,
        validFrom: days.validFrom!,
        validUntil: days.validUntil!,
        issuer: get('issuer'),
        shipper: get('shipper'),
        origin: get('origin'),
        destination: get('destination'),
        species: get('species'),
        assortment: get('assortment'),
        volume,
        pieces: piecesRaw ? Number(piecesRaw) : null,
        vehicle: get('vehicle') || null,
        note: get('note') || null,
        regionCode: regionCode || null,
      },
    });
  }
  return { rows, errors, total: records.length - 1 };
}

function rowHash(p: ParsedPermit): string {
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify([
        p.number,
        p.issuedOn,
        p.validFrom,
        p.validUntil,
        p.issuer,
        p.shipper,
        p.origin,
        p.destination,
        p.species,
        p.assortment,
        p.volume,
        p.pieces,
        p.vehicle,
        p.note,
        // Files without the column hash as before it existed.
        ...(p.regionCode ? [p.regionCode] : []),
      ]),
    )
    .digest('hex');
}

/**
 * The county and city a permit belongs to, for the data scope: the 区划代码 column when given, else
 * the county its issuing office names (中牟县林业局), else its place of departure (郑州市中牟县).
 */
export function permitRegion(p: ParsedPermit): { countyCode: string | null; cityCode: string | null } {
  const r =
    (p.regionCode ? regionOfCode(p.regionCode) : undefined) ??
    findRegionInText(p.issuer) ??
    findRegionInText(p.origin);
  return { countyCode: r?.countyCode ?? null, cityCode: r?.cityCode ?? null };
}

export interface ImportReport {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: RowError[];
  /** False when nothing was written (errors in all-or-nothing mode, or a dry run). */
  imported: boolean;
}

/**
 * Imports historical permits. By default all or nothing: one bad row and nothing is written, every
 * bad row reported by line. `partial` writes the good rows; `dryRun` only checks. Re-importing the
 * same file changes nothing (rows are matched by number and compared by content).
 */
export async function importTransportCsv(
  ctx: Ctx,
  input: { csv: string; sourceName?: string; partial?: boolean; dryRun?: boolean },
): Promise<ImportReport> {
  requirePermission(ctx.actor, 'harvest:transport');
  const parsed = parseTransportCsv(input.csv);
  const base = {
    total: parsed.total,
    rejected: parsed.total - parsed.rows.length,
    errors: parsed.errors,
  };
  if (input.dryRun || (parsed.errors.length && !input.partial) || parsed.rows.length === 0)
    return { ...base, inserted: 0, updated: 0, unchanged: 0, imported: false };
  return inTransaction(ctx, async (tx) => {
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    for (let i = 0; i < parsed.rows.length; i += 500) {
      const batch = parsed.rows.slice(i, i + 500).map(({ permit }) => {
        const { regionCode: _, ...fields } = permit;
        return { ...fields, ...permitRegion(permit), rowHash: rowHash(permit) };
      });
      const existing = new Map(
        (
          await tx.db
            .select({ number: timberTransportPermits.number, rowHash: timberTransportPermits.rowHash })
            .from(timberTransportPermits)
            .where(
              inArray(
                timberTransportPermits.number,
                batch.map((b) => b.number),
              ),
            )
        ).map((e) => [e.number, e.rowHash]),
      );
      const fresh = batch.filter((b) => !existing.has(b.number));
      if (fresh.length)
        await tx.db.insert(timberTransportPermits).values(
          fresh.map((b) => ({
            ...b,
            sourceName: input.sourceName ?? null,
            importedAt: tx.now,
            importedBy: tx.actor.id,
          })),
        );
      inserted += fresh.length;
      for (const b of batch) {
        if (!existing.has(b.number)) continue;
        if (existing.get(b.number) === b.rowHash) {
          unchanged++;
          continue;
        }
        await tx.db
          .update(timberTransportPermits)
          .set({ ...b, sourceName: input.sourceName ?? null, importedAt: tx.now, importedBy: tx.actor.id })
          .where(eq(timberTransportPermits.number, b.number));
        updated++;
      }
    }
    await recordAudit(tx, {
      action: 'harvest.transport.import',
      objectType: 'timber_transport_permit',
      detail: {
        source: input.sourceName ?? null,
        total: parsed.total,
        inserted,
        updated,
        unchanged,
        rejected: base.rejected,
      },
    });
    return { ...base, inserted, updated, unchanged, imported: true };
  });
}

// ---- reading ----

export interface PublicTransportPermit {
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
  issuer: string;
  shipper: string;
  origin: string;
  destination: string;
  species: string;
  assortment: string;
  volume: number;
  pieces: number | null;
}

const ORG_WORDS = /(公司|厂|场|局|站|社|中心|集团|合作|企业|商行|经营部|研究所|院|学校|委员会|政府)/;

/** A private shipper's name is masked on the public page; organisations are named in full. */
export function publicShipper(name: string): string {
  return ORG_WORDS.test(name) ? name : maskPersonName(name);
}

export async function findTransportPermit(ctx: Ctx, number: string): Promise<PublicTransportPermit | null> {
  const no = number.normalize('NFKC').replace(/\s+/g, '');
  if (!no || no.length > 40) return null;
  const [row] = await ctx.db
    .select()
    .from(timberTransportPermits)
    .where(eq(timberTransportPermits.number, no));
  if (!row) return null;
  return {
    number: row.number,
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    issuer: row.issuer,
    shipper: publicShipper(row.shipper),
    origin: row.origin,
    destination: row.destination,
    species: row.species,
    assortment: row.assortment,
    volume: row.volume,
    pieces: row.pieces,
  };
}

export interface TransportView extends PublicTransportPermit {
  id: string;
  vehicle: string | null;
  note: string | null;
  sourceName: string | null;
  importedAt: string;
}

// Permits belong to the issuing county (and its city): the region scope's columns.
const TRANSPORT_REGION: ScopeColumns = {
  region: [timberTransportPermits.countyCode, timberTransportPermits.cityCode],
};

/**
 * The archive for staff (names in full), inside the reader's data scope on harvest:read: a city
 * bureau sees the permits its counties issued, a county bureau its own, the department all.
 */
export async function listTransportPermits(
  ctx: Ctx,
  q: { q?: string; page: number; pageSize: number },
): Promise<{ total: number; items: TransportView[] }> {
  const { actor, scope } = requireRegionScope(ctx, 'harvest:read');
  const term = q.q?.trim();
  const where = and(
    scopeWhere(actor, scope, TRANSPORT_REGION),
    term
      ? or(
          ilike(timberTransportPermits.number, containing(term)),
          ilike(timberTransportPermits.shipper, containing(term)),
        )
      : undefined,
  );
  const [{ total }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(timberTransportPermits)
    .where(where);
  const rows = await ctx.db
    .select()
    .from(timberTransportPermits)
    .where(where)
    .orderBy(desc(timberTransportPermits.issuedOn), timberTransportPermits.number)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      issuedOn: r.issuedOn,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      issuer: r.issuer,
      shipper: r.shipper,
      origin: r.origin,
      destination: r.destination,
      species: r.species,
      assortment: r.assortment,
      volume: r.volume,
      pieces: r.pieces,
      vehicle: r.vehicle,
      note: r.note,
      sourceName: r.sourceName,
      importedAt: r.importedAt.toISOString(),
    })),
  };
}
