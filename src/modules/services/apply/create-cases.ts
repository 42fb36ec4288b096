// Writing new cases: each case's acceptance clock (受理审查), files, case row, materials and first
// timeline step, for a group of applications at once (one statement for everything), then each one's
// audit record under its own ctx.
import crypto from 'node:crypto';
import { maskPhone } from '../../../platform/access/identity.ts';
import { adoptLockedHead, headLockSql, recordAudit } from '../../../platform/audit/audit.service.ts';
import { planClocks } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { filesInsert, type StoredFile } from '../../../platform/files/index.ts';
import { inboxesInsert } from '../../../platform/notify/index.ts';
import { newReceiptCode } from '../../../platform/receipts/index.ts';
import { type CaseRow, insertNewCases, type NewCaseRow, type NewMaterialRow } from '../case.repository.ts';
import { CLOCK_SUBJECT } from '../case-clocks.ts';
import { stageOf } from '../case-state.ts';
import { timelineRow } from '../case-timeline.ts';
import { sealValues } from '../case-values.ts';
import type { ItemRow } from '../catalogue.service.ts';
import { ACCEPTANCE_CLOCK } from '../escalation.ts';
import { type FormDefinition, type FormValues, firstFieldOfType } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';
import type { Applicant } from './applicant.ts';
import type { PaperMaterial, Placement } from './application-checks.ts';

/** An application that passed every check, ready to become a case. */
export interface NewCase {
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
  const material = (m: Partial<NewMaterialRow> & { specCode: string }): NewMaterialRow => ({
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
    text: n.channel === 'counter' ? '窗口收件' : '网上提交申请',
    note: `申请已收到，将在 ${n.acceptanceDays} 个工作日内作出是否受理的决定。${n.classify?.note ? `${n.classify.note}。` : ''}`,
    data: { materials: materials.length, promisedWorkdays: p.promised },
  });
  const row: NewCaseRow = {
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
export async function createCases(members: ReadonlyArray<{ ctx: Ctx; n: NewCase }>): Promise<CaseRow[]> {
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
        kind: ACCEPTANCE_CLOCK.kind,
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
  // steps, the materials and the cases; last, the audit chain's head, locked to commit: the records
  // are then appended in one statement.
  const inserted = await insertNewCases(tx.db, {
    clocks: clocksInsert,
    events: rows.map((r) => r.event),
    files: storedFiles.length ? filesInsert(storedFiles) : null,
    notices: notices ?? null,
    materials: rows.flatMap((r) => r.materials),
    cases: rows.map((r) => r.case),
    auditHead: headLockSql(),
  });
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
