// Use cases of the disclosure catalogue (政府信息公开目录): its categories (a setting of the
// department: 8 disclosed to the public and 4 inside the department in the demo) and its entries,
// each with an index number (索引号) taken gap-free from the kernel's numbering in the format the
// settings give. Internal categories are seen by signed-in staff only: every public read is
// filtered to public categories in SQL, and their entries are indexed for staff search only.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, isValidDay } from '../../../platform/calendar/china-date.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { defineSeries, takeNumber } from '../../../platform/documents/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { opennessError } from '../openness.errors.ts';
import { seesInternal } from '../openness.policy.ts';
import { INDEX_FORMAT, ISSUER_CODE } from '../openness.settings.ts';
import { type CategoryAudience, type EntryAttachment, VALIDITIES, type Validity } from '../openness.table.ts';
import { AUDIENCE_LABELS, GENRES, SUBJECT_CLASSES, VALIDITY_LABELS } from '../openness.vocab.ts';
import {
  type CategoryRow,
  countEntriesByCategory,
  type EntryRow,
  entryYearSpan,
  findCategory,
  findCategoryByCode,
  findEntry,
  findEntryForUpdate,
  insertCategory,
  insertEntry,
  listCategoryRows,
  listEntryRows,
  listEntryRowsByCategory,
  listPredecessors,
  updateCategoryRow,
  updateEntryRow,
} from './catalogue.repository.ts';
import { indexEntries } from './catalogue-search.ts';

/** 索引号: one series per year; the printed form comes from the openness.indexFormat setting. */
export const INDEX_SERIES = defineSeries('openness.index', '{issuer}/{year}-{serial:5}');

// ---- views ----

export interface CategoryView {
  id: string;
  code: string;
  name: string;
  audience: CategoryAudience;
  audienceLabel: string;
  description: string;
  sort: number;
  entries: number;
}

export interface EntryLink {
  id: string;
  indexNo: string;
  title: string;
  validity: Validity;
}

export interface EntryView {
  id: string;
  indexNo: string;
  category: { id: string; code: string; name: string; audience: CategoryAudience };
  title: string;
  summary: string;
  madeOn: string;
  docNumber: string;
  issuer: string;
  publishedOn: string;
  subject: string;
  genre: string;
  validity: Validity;
  validityLabel: string;
  body: string;
  attachments: EntryAttachment[];
  articleId: string | null;
  /** The entry that amended or replaced this one. */
  successor: EntryLink | null;
  /** The entries this one amended or replaced. */
  predecessors: EntryLink[];
  updatedAt: string;
}

export type EntryListItem = Omit<EntryView, 'body' | 'successor' | 'predecessors' | 'attachments'> & {
  hasSuccessor: boolean;
};

function categoryView(c: CategoryRow, entries = 0): CategoryView {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    audience: c.audience,
    audienceLabel: AUDIENCE_LABELS[c.audience],
    description: c.description,
    sort: c.sort,
    entries,
  };
}

const linkOf = (e: EntryRow): EntryLink => ({
  id: e.id,
  indexNo: e.indexNo,
  title: e.title,
  validity: e.validity,
});

function listItem(e: EntryRow, c: CategoryRow): EntryListItem {
  return {
    id: e.id,
    indexNo: e.indexNo,
    category: { id: c.id, code: c.code, name: c.name, audience: c.audience },
    title: e.title,
    summary: e.summary,
    madeOn: e.madeOn,
    docNumber: e.docNumber,
    issuer: e.issuer,
    publishedOn: e.publishedOn,
    subject: e.subject,
    genre: e.genre,
    validity: e.validity,
    validityLabel: VALIDITY_LABELS[e.validity],
    articleId: e.articleId,
    hasSuccessor: Boolean(e.successorId),
    updatedAt: e.updatedAt.toISOString(),
  };
}

// ---- categories ----

/** The categories the reader may see: public ones for everyone, internal ones for staff too. */
export async function visibleCategories(ctx: Ctx): Promise<CategoryRow[]> {
  return listCategoryRows(ctx.db, seesInternal(ctx.actor) ? undefined : ['public']);
}

export async function listCategories(ctx: Ctx): Promise<CategoryView[]> {
  const [rows, counts] = await Promise.all([visibleCategories(ctx), countEntriesByCategory(ctx.db)]);
  return rows.map((c) => categoryView(c, counts.get(c.id) ?? 0));
}

export interface CategoryInput {
  code?: string;
  name?: string;
  audience?: string;
  description?: string;
  sort?: number;
}

const CATEGORY_CODE = /^[a-z][a-z0-9-]{1,30}$/;

function checkCategory(input: CategoryInput, partial: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!partial || input.code !== undefined) {
    if (!input.code?.trim()) errors.push({ field: 'code', message: '类别代码：请填写' });
    else if (!CATEGORY_CODE.test(input.code.trim()))
      errors.push({
        field: 'code',
        message: '类别代码：以小写字母开头，只含小写字母、数字和连字符，2–31 位',
      });
  }
  if (!partial || input.name !== undefined) {
    if (!input.name?.trim()) errors.push({ field: 'name', message: '类别名称：请填写' });
    else if (input.name.trim().length > 30) errors.push({ field: 'name', message: '类别名称：最多 30 个字' });
  }
  if (
    (!partial || input.audience !== undefined) &&
    input.audience !== 'public' &&
    input.audience !== 'internal'
  )
    errors.push({ field: 'audience', message: '公开范围：请选择“向社会公开”或“机关内部公开”' });
  if ((input.description ?? '').length > 200)
    errors.push({ field: 'description', message: '说明：最多 200 个字' });
  return errors;
}

function refuse(errors: FieldError[]): never {
  throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
}

export async function createCategory(ctx: Ctx, input: CategoryInput): Promise<CategoryView> {
  requirePermission(ctx.actor, 'openness:catalogue');
  const errors = checkCategory(input, false);
  if (errors.length) refuse(errors);
  return inTransaction(ctx, async (tx) => {
    const code = input.code!.trim();
    if (await findCategoryByCode(tx.db, code)) throw opennessError('OPENNESS_CATEGORY_CODE_TAKEN');
    const row = await insertCategory(tx.db, {
      code,
      name: input.name!.trim(),
      audience: input.audience as CategoryAudience,
      description: (input.description ?? '').trim(),
      sort: input.sort ?? 0,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'openness.category.create',
      objectType: 'openness_category',
      objectId: row.id,
      detail: { code, name: row.name, audience: row.audience },
    });
    return categoryView(row);
  });
}

export async function updateCategory(ctx: Ctx, id: string, input: CategoryInput): Promise<CategoryView> {
  requirePermission(ctx.actor, 'openness:catalogue');
  const errors = checkCategory(input, true);
  if (errors.length) refuse(errors);
  return inTransaction(ctx, async (tx) => {
    const before = await findCategory(tx.db, id);
    if (!before) throw opennessError('OPENNESS_CATEGORY_NOT_FOUND');
    const code = input.code?.trim();
    if (code && code !== before.code && (await findCategoryByCode(tx.db, code)))
      throw opennessError('OPENNESS_CATEGORY_CODE_TAKEN');
    const row = await updateCategoryRow(tx.db, id, {
      ...(code ? { code } : {}),
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.audience !== undefined ? { audience: input.audience as CategoryAudience } : {}),
      ...(input.description !== undefined ? { description: input.description.trim() } : {}),
      ...(input.sort !== undefined ? { sort: input.sort } : {}),
      updatedAt: tx.now,
    });
    // A category moved between public and internal: its entries' search audience follows at once.
    if (row.audience !== before.audience || row.name !== before.name)
      await indexEntries(tx, await listEntryRowsByCategory(tx.db, id), [row]);
    await recordAudit(tx, {
      action: 'openness.category.update',
      objectType: 'openness_category',
      objectId: id,
      detail: {
        before: { name: before.name, audience: before.audience },
        after: { name: row.name, audience: row.audience },
      },
    });
    return categoryView(row, 0);
  });
}

// ---- reading entries ----

export interface EntryQuery {
  category?: string;
  subject?: string;
  year?: number;
  validity?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface EntryPage {
  total: number;
  page: number;
  pageSize: number;
  items: EntryListItem[];
}

/**
 * A page of the catalogue as the reader may see it. An unknown or invisible category reads as an
 * empty page (the public cannot tell an internal category exists).
 */
export async function listEntries(ctx: Ctx, query: EntryQuery): Promise<EntryPage> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
  const categories = await visibleCategories(ctx);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const chosen = query.category
    ? categories.filter((c) => c.code === query.category || c.id === query.category)
    : categories;
  const validity = VALIDITIES.find((v) => v === query.validity);
  const { total, rows } = await listEntryRows(ctx.db, {
    categoryIds: chosen.map((c) => c.id),
    subject: query.subject?.trim() || undefined,
    year: query.year,
    validity,
    q: query.q?.trim().slice(0, 50) || undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { total, page, pageSize, items: rows.map((e) => listItem(e, byId.get(e.categoryId)!)) };
}

/** The years the catalogue's filter offers, newest first. */
export async function catalogueYears(ctx: Ctx): Promise<number[]> {
  const span = await entryYearSpan(ctx.db);
  if (!span) return [];
  const years: number[] = [];
  for (let y = span.last; y >= span.first; y--) years.push(y);
  return years;
}

/** One entry as the reader may see it; an entry of a category they may not see reads as not found. */
export async function getEntry(ctx: Ctx, id: string): Promise<EntryView> {
  const e = UUID.test(id) ? await findEntry(ctx.db, id) : undefined;
  if (!e) throw opennessError('OPENNESS_ENTRY_NOT_FOUND');
  const category = await findCategory(ctx.db, e.categoryId);
  if (!category || (category.audience !== 'public' && !seesInternal(ctx.actor)))
    throw opennessError('OPENNESS_ENTRY_NOT_FOUND');
  return fullView(ctx, e, category);
}

async function fullView(ctx: Ctx, e: EntryRow, category: CategoryRow): Promise<EntryView> {
  const internal = seesInternal(ctx.actor);
  const visible = async (row: EntryRow | undefined) => {
    if (!row) return false;
    if (internal) return true;
    return (await findCategory(ctx.db, row.categoryId))?.audience === 'public';
  };
  const successor = e.successorId ? await findEntry(ctx.db, e.successorId) : undefined;
  const predecessors = [];
  for (const p of await listPredecessors(ctx.db, e.id)) if (await visible(p)) predecessors.push(linkOf(p));
  const { hasSuccessor: _, ...item } = listItem(e, category);
  return {
    ...item,
    body: e.body,
    attachments: e.attachments,
    successor: successor && (await visible(successor)) ? linkOf(successor) : null,
    predecessors,
  };
}

// ---- registering and editing entries ----

export interface EntryInput {
  categoryId?: string;
  title?: string;
  summary?: string;
  madeOn?: string;
  docNumber?: string;
  issuer?: string;
  publishedOn?: string;
  subject?: string;
  genre?: string;
  body?: string;
  validity?: string;
  /** The entry that amends or replaces this one (required when validity is amended). */
  successorId?: string | null;
  /** On registering: an existing entry this one amends (amended) or replaces (repealed). */
  replaces?: { id: string; how: 'amended' | 'repealed' } | null;
  articleId?: string | null;
}

export const ENTRY_FIELD_LABELS: Record<string, string> = {
  categoryId: '信息类别',
  title: '标题',
  summary: '内容概述',
  madeOn: '成文日期',
  docNumber: '文号',
  issuer: '发布机构',
  publishedOn: '发布日期',
  subject: '主题分类',
  genre: '体裁',
  body: '正文',
  validity: '有效性',
  successorId: '修订或替代它的文件',
  replaces: '本文件修订或替代的文件',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
interface CheckedEntry {
  categoryId: string;
  title: string;
  summary: string;
  madeOn: string;
  docNumber: string;
  issuer: string;
  publishedOn: string;
  subject: string;
  genre: string;
  body: string;
  validity: Validity;
  successorId: string | null;
}

async function checkEntry(tx: Ctx, input: EntryInput, before: EntryRow | null): Promise<CheckedEntry> {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) =>
    errors.push({ field, message: `${ENTRY_FIELD_LABELS[field]}：${message}` });
  const pick = <K extends keyof EntryInput>(k: K, fallback: string): string => {
    const v = input[k];
    return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : fallback;
  };
  const categoryId = pick('categoryId', before?.categoryId ?? '');
  if (!categoryId) add('categoryId', '请选择');
  else if (!UUID.test(categoryId) || !(await findCategory(tx.db, categoryId)))
    add('categoryId', '不存在，请重新选择');
  const title = pick('title', before?.title ?? '');
  if (!title) add('title', '请填写');
  else if (title.length > 200) add('title', '最多 200 个字');
  const summary = pick('summary', before?.summary ?? '');
  if (summary.length > 500) add('summary', '最多 500 个字');
  const today = chinaDay(tx.now);
  const madeOn = pick('madeOn', before?.madeOn ?? '');
  if (!madeOn) add('madeOn', '请填写');
  else if (!isValidDay(madeOn)) add('madeOn', '应为日期（YYYY-MM-DD）');
  else if (madeOn > today) add('madeOn', '不能晚于今天');
  const publishedOn = pick('publishedOn', before?.publishedOn ?? today);
  if (!isValidDay(publishedOn)) add('publishedOn', '应为日期（YYYY-MM-DD）');
  else if (isValidDay(madeOn) && publishedOn < madeOn) add('publishedOn', '不能早于成文日期');
  else if (publishedOn > today) add('publishedOn', '不能晚于今天');
  const docNumber = pick('docNumber', before?.docNumber ?? '');
  if (docNumber.length > 60) add('docNumber', '最多 60 个字');
  const issuer = pick('issuer', before?.issuer ?? '');
  if (!issuer) add('issuer', '请填写');
  else if (issuer.length > 60) add('issuer', '最多 60 个字');
  const subject = pick('subject', before?.subject ?? '');
  if (!subject) add('subject', '请选择');
  else if (!(SUBJECT_CLASSES as readonly string[]).includes(subject)) add('subject', '不在主题分类表中');
  const genre = pick('genre', before?.genre ?? '');
  if (!genre) add('genre', '请选择');
  else if (!(GENRES as readonly string[]).includes(genre)) add('genre', '不在体裁表中');
  const body = typeof input.body === 'string' ? input.body.trim() : (before?.body ?? '');
  if (body.length > 50_000) add('body', '最多 50000 个字');
  const validity = (input.validity ?? before?.validity ?? 'in_force') as Validity;
  if (!VALIDITIES.includes(validity)) add('validity', '应为有效、已修订或已废止');
  const successorId =
    input.successorId !== undefined ? input.successorId || null : (before?.successorId ?? null);
  if (validity === 'in_force' && successorId) add('successorId', '有效的文件没有修订或替代它的文件');
  if (validity === 'amended' && !successorId) add('successorId', '已修订的文件须指明修订后的文件');
  if (successorId) {
    if (before && successorId === before.id) add('successorId', '不能是本文件自己');
    else if (!UUID.test(successorId) || !(await findEntry(tx.db, successorId))) add('successorId', '不存在');
  }
  if (errors.length) refuse(errors);
  return {
    categoryId,
    title,
    summary,
    madeOn,
    docNumber,
    issuer,
    publishedOn,
    subject,
    genre,
    body,
    validity,
    successorId,
  };
}

/** 登记: a new entry with the next index number of the year, in the settings' format. */
export async function registerEntry(ctx: Ctx, input: EntryInput): Promise<EntryView> {
  requirePermission(ctx.actor, 'openness:catalogue');
  return inTransaction(ctx, async (tx) => {
    const v = await checkEntry(tx, input, null);
    const replaced =
      input.replaces && UUID.test(input.replaces.id)
        ? await findEntryForUpdate(tx.db, input.replaces.id)
        : undefined;
    if (input.replaces && !replaced)
      refuse([{ field: 'replaces', message: `${ENTRY_FIELD_LABELS.replaces}：不存在` }]);
    if (input.replaces && input.replaces.how !== 'amended' && input.replaces.how !== 'repealed')
      refuse([{ field: 'replaces', message: `${ENTRY_FIELD_LABELS.replaces}：应说明是修订还是废止` }]);
    const [format, issuer] = await Promise.all([getSetting(tx, INDEX_FORMAT), getSetting(tx, ISSUER_CODE)]);
    // The year of an index number is the year of publication: an older document registered late
    // continues its own year's series.
    const taken = await takeNumber(tx, INDEX_SERIES, {
      year: Number(v.publishedOn.slice(0, 4)),
      format,
      vars: { issuer },
    });
    const row = await insertEntry(tx.db, {
      ...v,
      indexNo: taken.number,
      year: taken.year,
      serial: taken.serial,
      articleId: input.articleId ?? null,
      createdBy: tx.actor.id,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    const category = (await findCategory(tx.db, row.categoryId))!;
    const touched: EntryRow[] = [row];
    if (replaced && input.replaces) {
      touched.push(
        await updateEntryRow(tx.db, replaced.id, {
          validity: input.replaces.how,
          successorId: row.id,
          updatedAt: tx.now,
        }),
      );
      await recordAudit(tx, {
        action: 'openness.entry.supersede',
        objectType: 'openness_entry',
        objectId: replaced.id,
        detail: { indexNo: replaced.indexNo, validity: input.replaces.how, successor: row.indexNo },
      });
    }
    await indexEntries(tx, touched, await listCategoryRows(tx.db));
    await recordAudit(tx, {
      action: 'openness.entry.register',
      objectType: 'openness_entry',
      objectId: row.id,
      detail: { indexNo: row.indexNo, title: row.title, category: category.code },
    });
    return fullView(tx, row, category);
  });
}

/** 修改: every field but the index number, which never changes once given. */
export async function updateEntry(ctx: Ctx, id: string, input: EntryInput): Promise<EntryView> {
  requirePermission(ctx.actor, 'openness:catalogue');
  return inTransaction(ctx, async (tx) => {
    const before = await findEntryForUpdate(tx.db, id);
    if (!before) throw opennessError('OPENNESS_ENTRY_NOT_FOUND');
    const v = await checkEntry(tx, input, before);
    const row = await updateEntryRow(tx.db, id, { ...v, updatedAt: tx.now });
    await indexEntries(tx, [row], await listCategoryRows(tx.db));
    const changed = Object.keys(v).filter(
      (k) =>
        (v as unknown as Record<string, unknown>)[k] !== (before as unknown as Record<string, unknown>)[k],
    );
    await recordAudit(tx, {
      action: 'openness.entry.update',
      objectType: 'openness_entry',
      objectId: id,
      detail: { indexNo: row.indexNo, changed },
    });
    return fullView(tx, row, (await findCategory(tx.db, row.categoryId))!);
  });
}

/** What the workbench's forms and filters offer. */
export async function catalogueVocab(ctx: Ctx) {
  return {
    subjects: [...SUBJECT_CLASSES],
    genres: [...GENRES],
    validities: VALIDITIES.map((value) => ({ value, label: VALIDITY_LABELS[value] })),
    years: await catalogueYears(ctx),
    indexFormat: await getSetting(ctx, INDEX_FORMAT),
  };
}
