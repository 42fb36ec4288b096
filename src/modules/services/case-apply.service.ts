// Applying (申请): online by a signed-in citizen or organisation, or at the counter by staff for a
// walk-in applicant; drafts; and the applicant's supplement after a 补正 request. Everything is
// checked before anything is written: a refused application leaves no case, no file, no clock.
import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import { maskIdNumber, maskPhone } from '../../platform/access/identity.ts';
import { requirePermission } from '../../platform/access/policy.ts';
import { adoptLockedHead, headLockSql, recordAudit } from '../../platform/audit/audit.service.ts';
import { planClocks } from '../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { insertRows, rowsOf } from '../../platform/db/bulk-insert.ts';
import { groupCommit } from '../../platform/db/group-commit.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import {
  type CheckedUpload,
  checkUpload,
  filesInsert,
  type StoredFile,
  saveFile,
  storeFiles,
} from '../../platform/files/index.ts';
import { inboxesInsert, notify } from '../../platform/notify/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { type UnitRow, unitByCode } from '../org/index.ts';
import {
  appendEvent,
  type CaseRow,
  CLOCK_SUBJECT,
  decryptOrNull,
  lockCase,
  openValues,
  refreshCase,
  resumeCaseClocks,
  STATUS_LABELS,
  sealValues,
  stageOf,
  timelineRow,
} from './case-support.ts';
import { effectiveForm, formForCase, getItem, type ItemRow } from './catalogue.service.ts';
import {
  type FormDefinition,
  type FormValues,
  firstFieldOfType,
  normalizeForm,
  validateForm,
} from './forms.ts';
import { itemHandler } from './item-handlers.ts';
import { newReceiptCode } from './receipt-code.ts';
import { requireCase } from './services.policy.ts';
import { ACCEPTANCE_WORKDAYS, UPLOAD_MAX_MB } from './services.settings.ts';
import {
  type DraftFile,
  serviceCaseEvents,
  serviceCaseMaterials,
  serviceCases,
  serviceDrafts,
} from './services.table.ts';

/** The acceptance centre (政务受理中心) receives every application. */
export const ACCEPTANCE_UNIT_CODE = 'HNLY-SLZX';

export interface UploadInput {
  /** The material's code in the form definition. */
  specCode: string;
  fileName: string;
  data: Buffer;
  truncated?: boolean;
}

export interface PaperMaterial {
  specCode: string;
  copies: number;
  note?: string;
}

const materialField = (code: string) => `material_${code}`;

function failWith(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `申请未提交，请修改以下内容：${errors.map((e) => e.message).join('；')}`,
    errors,
  });
}

/** Type and size of each upload against its material's rules; errors name the material. */
export async function checkUploads(
  ctx: Ctx,
  def: FormDefinition,
  uploads: UploadInput[],
): Promise<{ checked: Array<{ specCode: string; upload: CheckedUpload }>; errors: FieldError[] }> {
  const maxBytes = (await getSetting(ctx, UPLOAD_MAX_MB)) * 1_048_576;
  const checked: Array<{ specCode: string; upload: CheckedUpload }> = [];
  const errors: FieldError[] = [];
  for (const u of uploads) {
    const spec = def.materials.find((m) => m.code === u.specCode);
    const field = materialField(u.specCode);
    if (!spec) {
      errors.push({ field, message: `${field}：不是本事项的办理材料` });
      continue;
    }
    const r = checkUpload({
      field,
      label: `办理材料「${spec.name}」`,
      data: u.data,
      fileName: u.fileName,
      allowed: spec.formats,
      maxBytes,
      truncated: u.truncated,
    });
    if ('error' in r) errors.push(r.error);
    else checked.push({ specCode: u.specCode, upload: r.ok });
  }
  return { checked, errors };
}

interface Placement {
  countyCode: string | null;
  county: UnitRow | null;
  unit: UnitRow | null;
  acceptUnit: UnitRow | null;
}

async function place(
  ctx: Ctx,
  item: ItemRow,
  def: FormDefinition,
  values: FormValues,
  errors: FieldError[],
): Promise<Placement> {
  const countyField = firstFieldOfType(def, 'county');
  const countyCode =
    countyField && typeof values[countyField.name] === 'string' ? (values[countyField.name] as string) : null;
  let county: UnitRow | null = null;
  if (countyCode && !errors.some((e) => e.field === countyField?.name)) {
    county = (await unitByCode(ctx, `X${countyCode}`)) ?? (await unitByCode(ctx, `C${countyCode}`)) ?? null;
    if (!county?.active)
      errors.push({
        field: countyField!.name,
        message: `${countyField!.label}：没有这个县（市、区）的林业主管部门（${countyCode}）`,
      });
  }
  return {
    countyCode,
    county,
    unit: (await unitByCode(ctx, item.handlingUnitCode)) ?? null,
    acceptUnit: (await unitByCode(ctx, ACCEPTANCE_UNIT_CODE)) ?? null,
  };
}

/** Normalizes and validates the values: the definition's rules, then the handler's. */
async function checkValues(ctx: Ctx, item: ItemRow, raw: Record<string, unknown>) {
  const def = effectiveForm(item);
  const values = normalizeForm(def, raw);
  const errors = validateForm(def, values);
  const handler = itemHandler(item.code);
  if (handler?.validate && errors.length === 0) errors.push(...(await handler.validate(ctx, values)));
  return { def, values, errors };
}

interface Applicant {
  accountId: string;
  kind: 'citizen' | 'org';
  name: string;
  idEnc: string | null;
  idMask: string | null;
  phone: string | null;
}

const APPLICANT_COLUMNS = {
  id: accounts.id,
  kind: accounts.kind,
  displayName: accounts.displayName,
  idNumberEnc: accounts.idNumberEnc,
  creditCode: accounts.creditCode,
  phoneEnc: accounts.phoneEnc,
};

async function loadApplicant(ctx: Ctx, accountId: string): Promise<Applicant> {
  const [a] = await ctx.db.select(APPLICANT_COLUMNS).from(accounts).where(eq(accounts.id, accountId));
  return applicantOf(ctx, a);
}

/** The applicant and their draft of the item (if any), in one query. */
async function loadApplicantAndDraft(
  ctx: Ctx,
  accountId: string,
  itemCode: string,
): Promise<{ applicant: Applicant; draft: typeof serviceDrafts.$inferSelect | null }> {
  const [r] = await ctx.db
    .select({ a: APPLICANT_COLUMNS, draft: serviceDrafts })
    .from(accounts)
    .leftJoin(
      serviceDrafts,
      and(eq(serviceDrafts.accountId, accounts.id), eq(serviceDrafts.itemCode, itemCode)),
    )
    .where(eq(accounts.id, accountId));
  return { applicant: applicantOf(ctx, r?.a), draft: r?.draft ?? null };
}

type ApplicantRow = Pick<
  typeof accounts.$inferSelect,
  'id' | 'kind' | 'displayName' | 'idNumberEnc' | 'creditCode' | 'phoneEnc'
>;

function applicantOf(ctx: Ctx, a: ApplicantRow | undefined): Applicant {
  if (!a || (a.kind !== 'citizen' && a.kind !== 'org'))
    throw new AppError('VALIDATION_FAILED', {
      message: '申请人账号不存在或不是公众账号',
      errors: [{ field: 'applicantAccountId', message: '申请人账号不存在或不是公众账号' }],
    });
  const id = a.kind === 'citizen' ? decryptOrNull(ctx, a.idNumberEnc) : a.creditCode;
  return {
    accountId: a.id,
    kind: a.kind,
    name: a.displayName,
    idEnc: id ? ctx.deps.cipher.encrypt(id) : null,
    idMask: id ? maskIdNumber(id) : null,
    phone: decryptOrNull(ctx, a.phoneEnc),
  };
}

interface NewCase {
  item: ItemRow;
  def: FormDefinition;
  values: FormValues;
  placement: Placement;
  applicant: Applicant;
  channel: 'online' | 'counter';
  /** Uploads already in the file store (storeFiles), recorded with the case. */
  files: Array<{ specCode: string; file: StoredFile }>;
  draftFiles: DraftFile[];
  paper: PaperMaterial[];
  classify: { promisedWorkdays?: number; note?: string } | null;
  /** The acceptance review's limit (受理审查), read before the transaction. */
  acceptanceDays: number;
}

interface PlannedCase {
  ctx: Ctx;
  n: NewCase;
  phone: string | null;
  promised: number;
  caseId: string;
  receiptCode: string;
  acceptUnitId: string | null;
}

/** A planned case's rows: its materials, the first step of its timeline, and the case itself. */
function rowsOfCase(p: PlannedCase, clock: { id: string; dueAt: Date | null }) {
  const { ctx, n, caseId } = p;
  const specName = (code: string) => n.def.materials.find((m) => m.code === code)?.name ?? code;
  // Every material row has every column (online files and paper alike), as insertRows asks.
  const material = (m: Partial<typeof serviceCaseMaterials.$inferInsert> & { specCode: string }) => ({
    caseId,
    specCode: m.specCode,
    specName: specName(m.specCode),
    source: m.source ?? 'online',
    fileId: m.fileId ?? null,
    fileName: m.fileName ?? null,
    contentType: m.contentType ?? null,
    sizeBytes: m.sizeBytes ?? null,
    copies: m.copies ?? null,
    note: m.note ?? null,
    receivedBy: m.receivedBy ?? null,
    receivedAt: ctx.now,
  });
  const uploaded: DraftFile[] = n.files.map(({ specCode, file }) => ({
    specCode,
    fileId: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
  }));
  const materials = [
    ...[...uploaded, ...n.draftFiles].map((f) =>
      material({
        specCode: f.specCode,
        fileId: f.fileId,
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.sizeBytes,
      }),
    ),
    ...n.paper.map((m) =>
      material({
        specCode: m.specCode,
        source: 'paper',
        copies: m.copies,
        note: m.note ?? null,
        receivedBy: ctx.actor.id,
      }),
    ),
  ];
  const event = timelineRow(ctx, caseId, {
    kind: n.channel === 'counter' ? 'submitted_counter' : 'submitted',
    title: n.channel === 'counter' ? '窗口收件' : '网上提交申请',
    publicNote: `申请已收到，将在 ${n.acceptanceDays} 个工作日内作出是否受理的决定。${n.classify?.note ? `${n.classify.note}。` : ''}`,
    detail: { materials: materials.length, promisedWorkdays: p.promised },
  });
  const row: typeof serviceCases.$inferInsert = {
    id: caseId,
    itemCode: n.item.code,
    receiptCode: p.receiptCode,
    channel: n.channel,
    status: 'submitted',
    stage: stageOf('submitted'),
    // Waiting for acceptance: the queue orders it by the acceptance clock's due date.
    queueAt: clock.dueAt ?? ctx.now,
    applicantAccountId: n.applicant.accountId,
    applicantKind: n.applicant.kind,
    applicantName: n.applicant.name,
    applicantIdEnc: n.applicant.idEnc,
    applicantIdMask: n.applicant.idMask,
    phoneEnc: p.phone ? ctx.deps.cipher.encrypt(p.phone) : null,
    phoneMask: p.phone ? maskPhone(p.phone) : null,
    countyCode: n.placement.countyCode,
    countyUnitId: n.placement.county?.id ?? null,
    countyPath: n.placement.county?.path ?? null,
    unitId: n.placement.unit?.id ?? null,
    unitPath: n.placement.unit?.path ?? null,
    acceptUnitId: p.acceptUnitId,
    acceptUnitPath: n.placement.acceptUnit?.path ?? null,
    form: sealValues(ctx, n.def, n.values),
    submittedAt: ctx.now,
    receivedBy: n.channel === 'counter' ? ctx.actor.id : null,
    promisedWorkdays: p.promised,
    classifyNote: n.classify?.note ?? null,
    acceptanceClockId: clock.id,
    acceptanceDueAt: clock.dueAt,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { materials, event, case: row };
}

/**
 * Creates cases in one transaction: each member's acceptance clock, files, case row, materials and
 * first timeline step, written for all members at once (one statement per table), each member's
 * audit records and notice under its own ctx. Returns the cases in the members' order. It ends
 * holding the audit chain's lock (headLockSql): make it the last write of the transaction.
 */
async function createCases(members: ReadonlyArray<{ ctx: Ctx; n: NewCase }>): Promise<CaseRow[]> {
  // The cases' ids and receipt codes first, so that their acceptance clocks, their files and the
  // case rows themselves are each written once, in as few statements as the database needs.
  const planned = members.map(({ ctx, n }): PlannedCase => {
    const phoneField = firstFieldOfType(n.def, 'phone');
    const phone =
      (phoneField && typeof n.values[phoneField.name] === 'string'
        ? (n.values[phoneField.name] as string)
        : null) ?? n.applicant.phone;
    const promised = Math.min(
      n.item.promisedWorkdays,
      n.classify?.promisedWorkdays ?? n.item.promisedWorkdays,
    );
    return {
      ctx,
      n,
      phone,
      promised,
      caseId: crypto.randomUUID(),
      receiptCode: newReceiptCode(),
      acceptUnitId: n.placement.acceptUnit?.id ?? null,
    };
  });
  const { clocks, insert: clocksInsert } = await planClocks(
    planned.map((p) => ({
      ctx: p.ctx,
      input: {
        subjectType: CLOCK_SUBJECT,
        subjectId: p.caseId,
        label: `受理审查：${p.n.item.name}（${p.receiptCode}）`,
        startedAt: p.ctx.now,
        limit: { value: p.n.acceptanceDays, unit: 'workdays' as const },
        responsibleUnitId: p.acceptUnitId,
      },
    })),
  );
  const tx = members[0].ctx;
  const storedFiles = planned.flatMap((p) => p.n.files.map((f) => f.file));
  const rows = planned.map((p, i) => rowsOfCase(p, clocks[i]));
  const events = rows.map((r) => r.event);
  const materialRows = rows.flatMap((r) => r.materials);
  const caseRows = rows.map((r) => r.case);
  // The accepting unit's staff are told of each online application.
  const notices = inboxesInsert(
    planned
      .filter((p) => p.n.channel === 'online' && p.acceptUnitId)
      .map((p) => ({
        unitId: p.acceptUnitId,
        title: `新的网上申请：${p.n.item.name}`,
        body: `${p.n.applicant.name}提交了“${p.n.item.name}”的申请，请在 ${p.n.acceptanceDays} 个工作日内审查受理。`,
        link: `/admin/services/cases/${p.caseId}`,
        category: 'services',
        at: p.ctx.now,
      })),
  );
  // Everything in one statement: the clocks, the files' records, the notices, the timelines' first
  // steps, the materials and the cases.
  const parts = [
    sql`clocks_in as (${clocksInsert})`,
    sql`timeline as (${insertRows(serviceCaseEvents, events)})`,
  ];
  if (storedFiles.length) parts.push(sql`files_in as (${filesInsert(storedFiles)})`);
  if (notices) parts.push(sql`notices as (${notices})`);
  if (materialRows.length) parts.push(sql`materials as (${insertRows(serviceCaseMaterials, materialRows)})`);
  // Last, the audit chain's head, locked to commit: the records are then appended in one statement.
  parts.push(sql`cases_in as (${insertRows(serviceCases, caseRows, { returning: 'all' })})`);
  parts.push(sql`audit_head as (${headLockSql()})`);
  const inserted = rowsOf(
    serviceCases,
    await tx.db.execute(
      sql`with ${sql.join(parts, sql`, `)} select c.*, h.seq as lz_audit_seq, h.hash as lz_audit_hash from cases_in c left join audit_head h on true`,
    ),
  ) as Array<CaseRow & { lz_audit_seq?: string | null; lz_audit_hash?: string | null }>;
  const head = inserted[0];
  if (head?.lz_audit_hash) adoptLockedHead(tx, { seq: head.lz_audit_seq!, hash: head.lz_audit_hash });
  const byId = new Map(
    inserted.map(({ lz_audit_seq: _s, lz_audit_hash: _h, ...row }) => [row.id, row as CaseRow]),
  );
  for (const p of planned)
    await recordAudit(p.ctx, {
      action: 'services.case.submit',
      objectType: 'service_case',
      objectId: p.caseId,
      detail: {
        itemCode: p.n.item.code,
        channel: p.n.channel,
        receiptCode: p.receiptCode,
        materials: p.n.files.length + p.n.draftFiles.length + p.n.paper.length,
      },
    });
  return planned.map((p) => byId.get(p.caseId)!);
}

async function createCase(tx: Ctx, n: NewCase): Promise<CaseRow> {
  const [row] = await createCases([{ ctx: tx, n }]);
  return row;
}

function requirePublicActor(ctx: Ctx): 'citizen' | 'org' {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED', { message: '请先登录后再申请' });
  if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'org')
    throw new AppError('FORBIDDEN', { message: '网上申请仅面向公众账号；工作人员请通过窗口受理登记' });
  return ctx.actor.kind;
}

function audienceError(item: ItemRow, kind: 'citizen' | 'org'): FieldError | null {
  if (item.audiences.includes(kind)) return null;
  const message = `“${item.name}”仅受理${item.audiences.includes('org') ? '法人和其他组织' : '个人'}的申请`;
  return { field: 'applicant', message };
}

export interface OnlineApplication {
  itemCode: string;
  values: Record<string, unknown>;
  uploads: UploadInput[];
  /** Draft files the applicant removed before submitting. */
  removeFileIds?: string[];
}

/** 网上申请: the signed-in applicant submits; returns the new case (with its receipt code). */
export async function submitOnline(ctx: Ctx, input: OnlineApplication): Promise<CaseRow> {
  const kind = requirePublicActor(ctx);
  const item = await getItem(ctx, input.itemCode);
  const { def, values, errors } = await checkValues(ctx, item, input.values);
  const audience = audienceError(item, kind);
  if (audience) errors.unshift(audience);
  const { checked, errors: fileErrors } = await checkUploads(ctx, def, input.uploads);
  errors.push(...fileErrors);
  const { applicant, draft } = await loadApplicantAndDraft(ctx, ctx.actor.id!, item.code);
  const removed = new Set(input.removeFileIds ?? []);
  const draftFiles = (draft?.files ?? []).filter(
    (f) => !removed.has(f.fileId) && def.materials.some((m) => m.code === f.specCode),
  );
  const present = new Set([...checked.map((c) => c.specCode), ...draftFiles.map((f) => f.specCode)]);
  for (const m of def.materials)
    if (m.required && !present.has(m.code) && !errors.some((e) => e.field === materialField(m.code)))
      errors.push({ field: materialField(m.code), message: `办理材料「${m.name}」：必须上传` });
  const placement = await place(ctx, item, def, values, errors);
  if (errors.length) throw failWith(errors);
  const classify = (await itemHandler(item.code)?.classify?.(ctx, values)) ?? null;
  const acceptanceDays = await getSetting(ctx, ACCEPTANCE_WORKDAYS);
  // The bytes go to the store now, beside the other applicants' (the group's transaction then only
  // records them); if the case is not created they stay unreferenced.
  const stored = await storeFiles(
    ctx,
    checked.map((c) => ({
      upload: c.upload,
      ownerAccountId: applicant.accountId,
      purpose: 'services.material',
    })),
  );
  return writeOnline(ctx, {
    n: {
      acceptanceDays,
      item,
      def,
      values,
      placement,
      applicant,
      channel: 'online',
      files: checked.map((c, i) => ({ specCode: c.specCode, file: stored[i] })),
      draftFiles,
      paper: [],
      classify,
    },
    draftId: draft?.id ?? null,
  });
}

/**
 * Online applications are written by group commit (platform/db/group-commit.ts): those that arrive
 * while others are being committed are written together — a morning's rush of applicants costs the
 * database a transaction per group, not per application. Each still gets its own case, receipt code,
 * clock, audit records and outcome. 32 per group keeps one statement's JSON under a few megabytes.
 */
const writeOnline = groupCommit<{ n: NewCase; draftId: string | null }, CaseRow>({
  maxGroup: 32,
  async write(tx, members) {
    // The drafts they were made from are used up (deleted first: createCases ends holding the audit
    // chain's lock, which a draft's own writer may be waiting for).
    const drafts = members.map((m) => m.input.draftId).filter((id): id is string => id !== null);
    if (drafts.length) await tx.db.delete(serviceDrafts).where(inArray(serviceDrafts.id, drafts));
    return createCases(members.map((m) => ({ ctx: m.ctx, n: m.input.n })));
  },
});

export interface CounterApplication {
  itemCode: string;
  applicantAccountId: string;
  values: Record<string, unknown>;
  paper: PaperMaterial[];
}

/** 窗口收件: counter staff register a walk-in applicant's application and the paper they brought. */
export async function submitAtCounter(ctx: Ctx, input: CounterApplication): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:counter');
  const item = await getItem(ctx, input.itemCode);
  const applicant = await loadApplicant(ctx, input.applicantAccountId);
  const { def, values, errors } = await checkValues(ctx, item, input.values);
  const audience = audienceError(item, applicant.kind);
  if (audience) errors.unshift(audience);
  const seen = new Set<string>();
  for (const p of input.paper) {
    const spec = def.materials.find((m) => m.code === p.specCode);
    if (!spec)
      errors.push({
        field: materialField(p.specCode),
        message: `${materialField(p.specCode)}：不是本事项的办理材料`,
      });
    else if (!Number.isInteger(p.copies) || p.copies < 1 || p.copies > 99)
      errors.push({
        field: materialField(p.specCode),
        message: `办理材料「${spec.name}」：份数应为 1 至 99`,
      });
    seen.add(p.specCode);
  }
  for (const m of def.materials)
    if (m.required && !seen.has(m.code))
      errors.push({ field: materialField(m.code), message: `办理材料「${m.name}」：未收到（必交材料）` });
  const placement = await place(ctx, item, def, values, errors);
  if (errors.length) throw failWith(errors);
  const classify = (await itemHandler(item.code)?.classify?.(ctx, values)) ?? null;
  const acceptanceDays = await getSetting(ctx, ACCEPTANCE_WORKDAYS);
  return inTransaction(ctx, (tx) =>
    createCase(tx, {
      acceptanceDays,
      item,
      def,
      values,
      placement,
      applicant,
      channel: 'counter',
      files: [],
      draftFiles: [],
      paper: input.paper,
      classify,
    }),
  );
}

// ---- drafts (草稿) ----

export async function findDraft(ctx: Ctx, accountId: string, itemCode: string) {
  const [row] = await ctx.db
    .select()
    .from(serviceDrafts)
    .where(and(eq(serviceDrafts.accountId, accountId), eq(serviceDrafts.itemCode, itemCode)));
  return row;
}

/** The applicant's draft of an item, values in clear; null when none. */
export async function getDraft(
  ctx: Ctx,
  itemCode: string,
): Promise<{ values: FormValues; files: DraftFile[]; updatedAt: Date } | null> {
  requirePublicActor(ctx);
  const row = await findDraft(ctx, ctx.actor.id!, itemCode);
  return row ? { values: openValues(ctx, row.values), files: row.files, updatedAt: row.updatedAt } : null;
}

/** Saves what the applicant has typed (unvalidated) and any files (checked by type and size). */
export async function saveDraft(
  ctx: Ctx,
  input: {
    itemCode: string;
    values: Record<string, unknown>;
    uploads: UploadInput[];
    removeFileIds?: string[];
  },
): Promise<{ files: DraftFile[] }> {
  requirePublicActor(ctx);
  const item = await getItem(ctx, input.itemCode);
  const def = effectiveForm(item);
  const values = normalizeForm(def, input.values);
  const { checked, errors } = await checkUploads(ctx, def, input.uploads);
  if (errors.length) throw failWith(errors);
  return inTransaction(ctx, async (tx) => {
    const existing = await findDraft(tx, tx.actor.id!, item.code);
    const removed = new Set(input.removeFileIds ?? []);
    const files = (existing?.files ?? []).filter((f) => !removed.has(f.fileId));
    for (const c of checked) {
      const file = await saveFile(tx, {
        upload: c.upload,
        ownerAccountId: tx.actor.id,
        purpose: 'services.material',
      });
      files.push({
        specCode: c.specCode,
        fileId: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
      });
    }
    const sealed = sealValues(tx, def, values);
    if (existing)
      await tx.db
        .update(serviceDrafts)
        .set({ values: sealed, files, updatedAt: tx.now })
        .where(eq(serviceDrafts.id, existing.id));
    else
      await tx.db
        .insert(serviceDrafts)
        .values({ accountId: tx.actor.id!, itemCode: item.code, values: sealed, files, updatedAt: tx.now });
    await recordAudit(tx, {
      action: 'services.draft.save',
      objectType: 'service_item',
      objectId: item.code,
      detail: { files: files.length },
    });
    return { files };
  });
}

// ---- 补正 supplement ----

async function finishCompletion(
  tx: Ctx,
  row: CaseRow,
  title: string,
  note: string | null,
  at?: Date,
): Promise<CaseRow> {
  const back = row.resumeStatus ?? 'submitted';
  await resumeCaseClocks(tx, row, '申请人已补正材料', at);
  await appendEvent(tx, row.id, {
    kind: 'supplemented',
    title,
    publicNote: `补正材料已收到，办件恢复办理（${STATUS_LABELS[back]}），补正期间不计入办理时限。`,
    internalNote: note,
  });
  const fresh = await refreshCase(tx, row.id, { status: back, resumeStatus: null });
  await recordAudit(tx, {
    action: 'services.case.supplement',
    objectType: 'service_case',
    objectId: row.id,
    detail: { resumedTo: back },
  });
  if (fresh.unitId && back !== 'submitted')
    await notify(tx, {
      unitId: fresh.unitId,
      title: `办件已补正：${fresh.receiptCode}`,
      body: '申请人已补正材料，请继续办理。',
      link: `/admin/services/cases/${fresh.id}`,
      category: 'services',
    });
  return fresh;
}

async function nextRound(tx: Ctx, caseId: string): Promise<number> {
  const rows = await tx.db
    .select({ round: serviceCaseMaterials.round })
    .from(serviceCaseMaterials)
    .where(eq(serviceCaseMaterials.caseId, caseId));
  return rows.reduce((m, r) => Math.max(m, r.round), 0) + 1;
}

/** The applicant supplements online (files and a note); the clocks resume. */
export async function supplementOnline(
  ctx: Ctx,
  caseId: string,
  input: { note?: string; uploads: UploadInput[] },
): Promise<CaseRow> {
  requirePublicActor(ctx);
  const preview = await inTransaction(ctx, (tx) => lockCase(tx, caseId));
  if (preview.applicantAccountId !== ctx.actor.id)
    throw new AppError('FORBIDDEN', { message: '只能补正本人的办件' });
  const item = await getItem(ctx, preview.itemCode, { includeInactive: true });
  const def = await formForCase(ctx, item, preview);
  const { checked, errors } = await checkUploads(ctx, def, input.uploads);
  if (!checked.length && !errors.length && !input.note?.trim())
    errors.push({ field: 'note', message: '补正说明：请上传补正材料或填写说明' });
  if ((input.note?.length ?? 0) > 1000) errors.push({ field: 'note', message: '补正说明：最多 1000 字' });
  if (errors.length) throw failWith(errors);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    if (row.status !== 'completion_requested')
      throw new AppError('CASE_STATE', { status: 409, message: '该办件当前不需要补正' });
    const round = await nextRound(tx, caseId);
    for (const c of checked) {
      const file = await saveFile(tx, {
        upload: c.upload,
        ownerAccountId: tx.actor.id,
        purpose: 'services.material',
      });
      await tx.db.insert(serviceCaseMaterials).values({
        caseId,
        specCode: c.specCode,
        specName: def.materials.find((m) => m.code === c.specCode)?.name ?? c.specCode,
        source: 'online',
        fileId: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        round,
        receivedAt: tx.now,
      });
    }
    return finishCompletion(tx, row, '申请人网上补正材料', input.note?.trim() || null);
  });
}

/** The counter records a supplement brought on paper. */
export async function supplementAtCounter(
  ctx: Ctx,
  caseId: string,
  input: { note?: string; paper: PaperMaterial[]; at?: Date },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:counter');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, caseId);
    requireCase(tx.actor, 'services:counter', row);
    if (row.status !== 'completion_requested')
      throw new AppError('CASE_STATE', { status: 409, message: '该办件当前不需要补正' });
    const item = await getItem(tx, row.itemCode, { includeInactive: true });
    const def = await formForCase(tx, item, row);
    const round = await nextRound(tx, caseId);
    for (const p of input.paper) {
      const spec = def.materials.find((m) => m.code === p.specCode);
      if (!spec)
        throw failWith([
          { field: materialField(p.specCode), message: `${materialField(p.specCode)}：不是本事项的办理材料` },
        ]);
      await tx.db.insert(serviceCaseMaterials).values({
        caseId,
        specCode: p.specCode,
        specName: spec.name,
        source: 'paper',
        copies: p.copies,
        note: p.note ?? null,
        round,
        receivedBy: tx.actor.id,
        receivedAt: tx.now,
      });
    }
    return finishCompletion(tx, row, '窗口收取补正材料', input.note?.trim() || null, input.at);
  });
}
