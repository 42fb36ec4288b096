// Use cases of the laws library (政策法规库, issue 17 Must 3): laws, administrative regulations,
// local regulations, departmental rules and normative documents, each with its issuing body,
// number, adoption and effective dates, validity and full text. The office keeps them; an entry is
// published (public list, entry page, site search) only once verified against the official text —
// marking it so demands the issuing body and its dates. Staff see every entry with its note.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, isValidDay } from '../../../platform/calendar/china-date.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { opennessError } from '../openness.errors.ts';
import { LAW_KINDS, type LawKind, VALIDITIES, type Validity } from '../openness.table.ts';
import { LAW_KIND_LABELS, lawValidityLabel } from './law-vocab.ts';
import {
  countLawsByKind,
  findLaw,
  findLawForUpdate,
  insertLaw,
  type LawRow,
  listLawRows,
  updateLawRow,
} from './laws.repository.ts';
import { indexLaw } from './laws-search.ts';

export interface PublicLawItem {
  id: string;
  kind: LawKind;
  kindLabel: string;
  title: string;
  issuer: string;
  docNumber: string;
  adoptedOn: string | null;
  effectiveOn: string | null;
  validity: Validity;
  validityLabel: string;
}

export interface PublicLaw extends PublicLawItem {
  note: string;
  body: string;
}

export interface LawView extends PublicLaw {
  verified: boolean;
  verifyNote: string;
  updatedAt: string;
}

function publicItem(l: LawRow, today: string): PublicLawItem {
  return {
    id: l.id,
    kind: l.kind,
    kindLabel: LAW_KIND_LABELS[l.kind],
    title: l.title,
    issuer: l.issuer,
    docNumber: l.docNumber,
    adoptedOn: l.adoptedOn,
    effectiveOn: l.effectiveOn,
    validity: l.validity,
    validityLabel: lawValidityLabel(l.validity, l.effectiveOn, today),
  };
}

const publicLaw = (l: LawRow, today: string): PublicLaw => ({
  ...publicItem(l, today),
  note: l.note,
  body: l.body,
});

const staffView = (l: LawRow, today: string): LawView => ({
  ...publicLaw(l, today),
  verified: l.verified,
  verifyNote: l.verifyNote,
  updatedAt: l.updatedAt.toISOString(),
});

export interface LawQuery {
  kind?: string;
  validity?: string;
  /** Staff only: 'yes' verified, 'no' to be verified. */
  verified?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

function filterOf(query: LawQuery) {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
  return {
    page,
    pageSize,
    filter: {
      kind: LAW_KINDS.find((k) => k === query.kind),
      validity: VALIDITIES.find((v) => v === query.validity),
      q: query.q?.trim().slice(0, 50) || undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
  };
}

/** The public list: verified entries only. */
export async function listPublicLaws(
  ctx: Ctx,
  query: LawQuery,
): Promise<{
  total: number;
  page: number;
  pageSize: number;
  items: PublicLawItem[];
  kinds: Map<LawKind, number>;
}> {
  const { page, pageSize, filter } = filterOf(query);
  const today = chinaDay(ctx.now);
  const [{ total, rows }, kinds] = await Promise.all([
    listLawRows(ctx.db, { ...filter, verified: true }),
    countLawsByKind(ctx.db, true),
  ]);
  return { total, page, pageSize, items: rows.map((l) => publicItem(l, today)), kinds };
}

/** One published entry; an unverified one reads as not found. */
export async function getPublicLaw(ctx: Ctx, id: string): Promise<PublicLaw> {
  const l = UUID.test(id) ? await findLaw(ctx.db, id) : undefined;
  if (!l || !l.verified) throw opennessError('OPENNESS_LAW_NOT_FOUND');
  return publicLaw(l, chinaDay(ctx.now));
}

/** The staff list: every entry, with whether it is verified; filterable by that too. */
export async function listLaws(
  ctx: Ctx,
  query: LawQuery,
): Promise<{ total: number; page: number; pageSize: number; items: LawView[]; unverified: number }> {
  requirePermission(ctx.actor, 'openness:read');
  const { page, pageSize, filter } = filterOf(query);
  const verified = query.verified === 'yes' ? true : query.verified === 'no' ? false : undefined;
  const today = chinaDay(ctx.now);
  const [{ total, rows }, all, published] = await Promise.all([
    listLawRows(ctx.db, { ...filter, verified }),
    countLawsByKind(ctx.db, false),
    countLawsByKind(ctx.db, true),
  ]);
  const sum = (m: Map<LawKind, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    page,
    pageSize,
    items: rows.map((l) => staffView(l, today)),
    unverified: sum(all) - sum(published),
  };
}

export async function getLaw(ctx: Ctx, id: string): Promise<LawView> {
  requirePermission(ctx.actor, 'openness:read');
  const l = UUID.test(id) ? await findLaw(ctx.db, id) : undefined;
  if (!l) throw opennessError('OPENNESS_LAW_NOT_FOUND');
  return staffView(l, chinaDay(ctx.now));
}

export interface LawInput {
  kind?: string;
  title?: string;
  issuer?: string;
  docNumber?: string;
  adoptedOn?: string | null;
  effectiveOn?: string | null;
  validity?: string;
  note?: string;
  body?: string;
  verified?: boolean;
  verifyNote?: string;
}

type Checked = Omit<LawRow, 'id' | 'createdAt' | 'updatedAt'>;

function checkLaw(v: LawInput): Checked {
  const errors: FieldError[] = [];
  const str = (s: string | undefined | null) => (s ?? '').trim();
  const kind = LAW_KINDS.find((k) => k === v.kind);
  if (!kind)
    errors.push({
      field: 'kind',
      message: '类别：请选择法律、行政法规、地方性法规、部门规章或规范性文件',
    });
  const title = str(v.title);
  if (!title) errors.push({ field: 'title', message: '标题：请填写' });
  else if (title.length > 200) errors.push({ field: 'title', message: '标题：最多 200 个字' });
  const issuer = str(v.issuer);
  if (!issuer) errors.push({ field: 'issuer', message: '制定机关：请填写' });
  else if (issuer.length > 100) errors.push({ field: 'issuer', message: '制定机关：最多 100 个字' });
  const docNumber = str(v.docNumber);
  if (docNumber.length > 60) errors.push({ field: 'docNumber', message: '文号：最多 60 个字' });
  const day = (field: 'adoptedOn' | 'effectiveOn', name: string) => {
    const d = str(v[field]) || null;
    if (d && !isValidDay(d)) errors.push({ field, message: `${name}：应为有效日期，如 2020-07-01` });
    return d;
  };
  const adoptedOn = day('adoptedOn', '通过（公布）日期');
  const effectiveOn = day('effectiveOn', '施行日期');
  if (adoptedOn && effectiveOn && isValidDay(adoptedOn) && isValidDay(effectiveOn) && effectiveOn < adoptedOn)
    errors.push({ field: 'effectiveOn', message: '施行日期：不能早于通过（公布）日期' });
  const validity = VALIDITIES.find((x) => x === (v.validity ?? 'in_force'));
  if (!validity) errors.push({ field: 'validity', message: '时效性：请选择有效、已修订或已废止' });
  const note = str(v.note);
  if (note.length > 1000) errors.push({ field: 'note', message: '修订情况：最多 1000 个字' });
  const body = (v.body ?? '').trim();
  if (body.length > 200_000) errors.push({ field: 'body', message: '全文：最多 200000 个字' });
  const verified = v.verified === true;
  const verifyNote = str(v.verifyNote);
  if (verifyNote.length > 500) errors.push({ field: 'verifyNote', message: '核实情况：最多 500 个字' });
  if (verified) {
    if (!adoptedOn) errors.push({ field: 'adoptedOn', message: '通过（公布）日期：标为已核实的须填写' });
    if (!effectiveOn) errors.push({ field: 'effectiveOn', message: '施行日期：标为已核实的须填写' });
  } else if (!verifyNote)
    errors.push({ field: 'verifyNote', message: '核实情况：未核实的请写明哪些内容待核实' });
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return {
    kind: kind!,
    title,
    issuer,
    docNumber,
    adoptedOn,
    effectiveOn,
    validity: validity!,
    note,
    body,
    verified,
    verifyNote,
  };
}

/** 录入政策法规. */
export async function createLaw(ctx: Ctx, input: LawInput): Promise<LawView> {
  requirePermission(ctx.actor, 'openness:laws');
  const law = checkLaw(input);
  return inTransaction(ctx, async (tx) => {
    const row = await insertLaw(tx.db, { ...law, createdAt: tx.now, updatedAt: tx.now });
    await indexLaw(tx, row);
    await recordAudit(tx, {
      action: 'openness.law.create',
      objectType: 'openness_law',
      objectId: row.id,
      detail: { kind: row.kind, title: row.title, verified: row.verified },
    });
    return staffView(row, chinaDay(tx.now));
  });
}

/** 修改政策法规: the fields given replace the entry's; the whole entry is checked again. */
export async function updateLaw(ctx: Ctx, id: string, input: LawInput): Promise<LawView> {
  requirePermission(ctx.actor, 'openness:laws');
  return inTransaction(ctx, async (tx) => {
    const before = UUID.test(id) ? await findLawForUpdate(tx.db, id) : undefined;
    if (!before) throw opennessError('OPENNESS_LAW_NOT_FOUND');
    const given = Object.fromEntries(Object.entries(input).filter(([, x]) => x !== undefined));
    const law = checkLaw({ ...before, ...given });
    const row = await updateLawRow(tx.db, id, { ...law, updatedAt: tx.now });
    await indexLaw(tx, row);
    const changed = (Object.keys(law) as (keyof Checked)[]).filter((k) => before[k] !== row[k]);
    await recordAudit(tx, {
      action: 'openness.law.update',
      objectType: 'openness_law',
      objectId: id,
      // The full text can be long: its change is named, not copied.
      detail: {
        changed,
        before: Object.fromEntries(changed.filter((k) => k !== 'body').map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.filter((k) => k !== 'body').map((k) => [k, row[k]])),
      },
    });
    return staffView(row, chinaDay(tx.now));
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
