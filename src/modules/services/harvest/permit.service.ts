// Permits and certificates: approval consumes quota and writes the permit (in the case's approval
// transaction), issuing numbers and prints the certificate, revocation releases the quota.

import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { numberKey, takeNumber } from '../../../platform/documents/index.ts';
import { AppError, notFound, validationError } from '../../../platform/errors.ts';
import { readFile, saveFile } from '../../../platform/files/index.ts';
import { publicLink } from '../../../platform/http/public-url.ts';
import { notify } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { unitByCode } from '../../org/index.ts';
import { revocationReason, revokeCaseInTx } from '../flow/revoke-case.ts';
import { competentLevel, type FormValues } from '../forms.ts';
import { serviceCases } from '../services.table.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { CERTIFICATE_SERIES } from './certificate-number.ts';
import { FOREST_CATEGORIES, HARVEST_FORM, harvestTypeLabel } from './harvest.form.ts';
import { requireInCounty, requireRegionScope } from './harvest.policy.ts';
import { readHarvest } from './harvest.rules.ts';
import { CERTIFICATE_NUMBER_SCHEME, ISSUING_AUTHORITY } from './harvest.settings.ts';
import { withdrawNoticeForCase } from './notice.service.ts';
import {
  findPermit,
  findPermitByCase,
  findPermitByNumberKey,
  insertPermit,
  listPermitRows,
  type PermitRow,
  updatePermit,
} from './permit.repository.ts';
import type { PermitStatus } from './permit.table.ts';
import {
  certificateData,
  fullLocation,
  publicHolderName,
  VALIDITY_LABELS,
  type Validity,
  validityOf,
} from './permit-facts.ts';
import {
  consumeQuota,
  type LedgerView,
  listCaseQuotaMovements,
  quotaYearAt,
  releaseQuotaForCase,
  round2,
} from './quota.service.ts';
import { findQuotaRegion, regionFullName } from './regions.ts';

/** What the harvest module needs of a case (a structural subset of the services module's CaseView). */
export interface HarvestCase {
  id: string;
  receiptCode: string;
  applicantAccountId: string | null;
  applicantKind: 'citizen' | 'org';
  applicantName: string;
  countyCode: string | null;
  form: FormValues;
}

// ---- approval (inside the case's approval transaction; the caller has authorized) ----

/**
 * 准予许可: consumes the quota of the permit's county, year, category and type and writes the
 * permit. Throws QUOTA_EXCEEDED to block the approval. Idempotent for a case already approved.
 */
export async function approveHarvestCase(ctx: Ctx, kase: HarvestCase): Promise<PermitRow> {
  const a = readHarvest(kase.form);
  const countyCode = kase.countyCode ?? a.county;
  const region = findQuotaRegion(countyCode);
  const missing: Array<[string, boolean]> = [
    ['county', Boolean(region)],
    ['forestCategory', Boolean(a.forestCategory)],
    ['harvestType', Boolean(a.harvestType)],
    ['stockVolume', (a.stockVolume ?? 0) > 0],
    ['areaMu', (a.areaMu ?? 0) > 0],
    ['periodFrom', Boolean(a.periodFrom)],
    ['periodTo', Boolean(a.periodTo)],
  ];
  const bad = missing.filter(([, ok]) => !ok).map(([f]) => f);
  if (bad.length)
    throw new AppError('VALIDATION_FAILED', {
      message: `采伐申请缺少批准所需的内容：${bad.join('、')}`,
      errors: bad.map((field) => ({ field, message: `${field}：批准前须补正` })),
    });
  return inTransaction(ctx, async (tx) => {
    const existing = await findPermitByCase(tx.db, kase.id, true);
    if (existing?.status === 'revoked')
      throw new AppError('PERMIT_REVOKED', {
        message: '该办件的林木采伐许可证已撤销，不能再次批准',
      });
    if (existing) return existing;
    const permitId = crypto.randomUUID();
    // The quota row is locked first, before anything else (the audit chain's lock included), so
    // concurrent approvals queue on the county's balance and nothing else.
    const consumed = await consumeQuota(tx, {
      caseId: kase.id,
      receiptCode: kase.receiptCode,
      permitId,
      countyCode: region!.code,
      year: quotaYearAt(tx.now),
      forestCategory: a.forestCategory!,
      harvestType: a.harvestType!,
      volume: a.stockVolume!,
    });
    const permit = await insertPermit(tx.db, {
      id: permitId,
      caseId: kase.id,
      receiptCode: kase.receiptCode,
      applicantAccountId: kase.applicantAccountId,
      holderKind: kase.applicantKind,
      holderName: kase.applicantName,
      countyCode: region!.code,
      cityCode: region!.cityCode,
      township: a.township ?? '',
      village: a.village ?? '',
      compartment: a.compartment ?? '',
      subCompartment: a.subCompartment ?? '',
      placeName: a.placeName ?? '',
      forestCategory: a.forestCategory!,
      harvestType: a.harvestType!,
      harvestMethod: a.harvestType === 'final' ? a.harvestMethod : null,
      species: a.species ?? '',
      areaMu: round2(a.areaMu!),
      stockVolume: round2(a.stockVolume!),
      periodFrom: a.periodFrom!,
      periodTo: a.periodTo!,
      form: kase.form,
      quotaId: consumed.quotaId,
      status: 'approved',
      approvedAt: tx.now,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'harvest.permit.approve',
      objectType: 'harvest_permit',
      objectId: permit.id,
      detail: {
        caseId: kase.id,
        receiptCode: kase.receiptCode,
        volume: permit.stockVolume,
        quotaId: consumed.quotaId,
        remainingAfter: consumed.remainingAfter,
      },
    });
    return permit;
  });
}

/**
 * 释放: the case no longer holds its approval (withdrawn or revoked through the case flow, the one
 * revocation path). The quota comes back — all of it, or what was not cut when `usedQuantity` m³ were
 * harvested — the permit (and its certificate) is revoked and an open notice withdrawn. The case
 * flow writes the audit record, with the facts returned here.
 */
export async function releaseHarvestCase(
  ctx: Ctx,
  kase: HarvestCase,
  reason: string,
  options: { kind?: 'withdrawn' | 'revoked'; usedQuantity?: number } = {},
): Promise<{
  permitId: string | null;
  certificateNumber: string | null;
  released: number;
  harvested: number;
}> {
  return inTransaction(ctx, async (tx) => {
    const permit = await findPermitByCase(tx.db, kase.id, true);
    const harvested = permit
      ? round2(Math.min(Math.max(options.usedQuantity ?? 0, 0), permit.stockVolume))
      : 0;
    const label =
      options.kind === 'withdrawn'
        ? '申请人撤回'
        : `撤销林木采伐许可证${permit?.number ? ` ${permit.number}` : ''}`;
    const released = await releaseQuotaForCase(tx, {
      caseId: kase.id,
      reason: `${label}：${reason}`,
      volume: permit && harvested > 0 ? round2(permit.stockVolume - harvested) : undefined,
      permitId: permit?.id ?? null,
    });
    if (permit && permit.status !== 'revoked') await markPermitRevoked(tx, permit.id, reason, released);
    await withdrawNoticeForCase(tx, kase.id);
    return { permitId: permit?.id ?? null, certificateNumber: permit?.number ?? null, released, harvested };
  });
}

// ---- certificate ----

/**
 * The address the QR code opens: PUBLIC_URL, else the request's origin (`origin`, or the one the
 * ctx came in on); outside a request the path alone, never a guessed local server.
 */
export function verifyUrlFor(ctx: Ctx, number: string, origin?: string | null): string {
  return publicLink(
    { deps: ctx.deps, origin: origin ?? ctx.origin },
    `/certificates/verify?no=${encodeURIComponent(number)}`,
  );
}

export interface IssuedCertificate {
  certificateId: string;
  number: string;
  downloadUrl: string;
}

export function certificateDownloadUrl(permitId: string): string {
  return `/api/harvest/permits/${permitId}/certificate.pdf`;
}

/**
 * 发证机关: the competent authority (森林法 第五十七条) — the forestry bureau of the stand's county,
 * or of its city for a city forest farm, by the unit's own name; the province (the setting) for a
 * provincial forest farm, and when the county has no unit.
 */
export async function issuingAuthorityOf(
  ctx: Ctx,
  permit: Pick<PermitRow, 'countyCode' | 'cityCode' | 'form'>,
): Promise<string> {
  const level = competentLevel(HARVEST_FORM, permit.form)?.level ?? 'county';
  const codes =
    level === 'county'
      ? [`X${permit.countyCode}`, `C${permit.countyCode}`]
      : level === 'city'
        ? [`C${permit.cityCode}`]
        : [];
  for (const code of codes) {
    const unit = await unitByCode(ctx, code);
    if (unit?.active) return unit.name;
  }
  return getSetting(ctx, ISSUING_AUTHORITY);
}

/** 发证: the next number of the year, the PDF in the file store, the permit marked issued. */
export async function issueHarvestCertificate(
  ctx: Ctx,
  kase: Pick<HarvestCase, 'id'>,
  origin?: string | null,
): Promise<IssuedCertificate> {
  return inTransaction(ctx, async (tx) => {
    const permit = await findPermitByCase(tx.db, kase.id, true);
    if (!permit) throw new AppError('PERMIT_NOT_APPROVED', { message: '该办件尚未准予采伐，不能发证' });
    if (permit.status === 'revoked')
      throw new AppError('PERMIT_REVOKED', { message: '该林木采伐许可已撤销，不能发证' });
    if (permit.status === 'issued' && permit.number)
      return {
        certificateId: permit.id,
        number: permit.number,
        downloadUrl: certificateDownloadUrl(permit.id),
      };
    const { year, serial, number } = await takeNumber(tx, CERTIFICATE_SERIES, {
      format: await getSetting(tx, CERTIFICATE_NUMBER_SCHEME),
      vars: { county: permit.countyCode },
    });
    const key = numberKey(number);
    if (await findPermitByNumberKey(tx.db, key))
      throw new AppError('CERTIFICATE_NUMBER_TAKEN', {
        message: `证号 ${number} 已被使用，请检查编号规则是否含 {year} 与 {serial}`,
      });
    const issuingAuthority = await issuingAuthorityOf(tx, permit);
    const pdf = await renderCertificatePdf(
      certificateData(permit, {
        number,
        issuingAuthority,
        issuedAt: tx.now,
        verifyUrl: verifyUrlFor(tx, number, origin),
      }),
    );
    const file = await storeCertificatePdf(tx, permit, number, pdf);
    await updatePermit(tx.db, permit.id, {
      status: 'issued',
      number,
      numberKey: key,
      year,
      serial,
      issuedAt: tx.now,
      issuingAuthority,
      certificateFileId: file.id,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'harvest.certificate.issue',
      objectType: 'harvest_permit',
      objectId: permit.id,
      detail: { caseId: permit.caseId, number, serial, fileId: file.id, sha256: file.sha256 },
    });
    return { certificateId: permit.id, number, downloadUrl: certificateDownloadUrl(permit.id) };
  });
}

/** Where the certificate's PDF is kept: the platform's file store (one function, so it can move). */
/** The permit marked revoked, by whom, why, and how much quota went back. */
function markPermitRevoked(tx: Ctx, permitId: string, reason: string, released: number) {
  return updatePermit(tx.db, permitId, {
    status: 'revoked',
    revokedAt: tx.now,
    revokeReason: reason,
    revokedBy: tx.actor.id,
    releasedVolume: released,
    updatedAt: tx.now,
  });
}

async function storeCertificatePdf(tx: Ctx, permit: PermitRow, number: string, pdf: Buffer) {
  return saveFile(tx, {
    upload: {
      format: 'pdf',
      fileName: `林木采伐许可证${number}.pdf`,
      contentType: 'application/pdf',
      data: pdf,
    },
    ownerAccountId: permit.applicantAccountId,
    purpose: 'harvest-certificate',
  });
}

/** The certificate's PDF, for its holder or for staff who may read permits of its county. */
export async function readCertificatePdf(ctx: Ctx, id: string): Promise<{ fileName: string; data: Buffer }> {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  const permit = await findPermit(ctx.db, id);
  if (!permit) throw notFound('PERMIT_NOT_FOUND', '没有这份林木采伐许可证');
  if (permit.applicantAccountId !== ctx.actor.id) {
    requireInCounty(ctx, 'harvest:read', permit.countyCode);
  }
  if (!permit.certificateFileId) throw notFound('CERTIFICATE_NOT_ISSUED', '该许可尚未发证');
  const { file, data } = await readFile(ctx, permit.certificateFileId);
  return { fileName: file.fileName, data };
}

// ---- revocation by the resources division ----

/**
 * 撤销 from the permit register: harvest:revoke on the permit's county. A permit of a case goes through
 * the case flow's one revocation path (case closed as revoked, quota released once, certificate
 * revoked, one audit record, all in this transaction); only a permit without a case (none is made
 * that way today; kept for imported records) is revoked on its own.
 */
export async function revokePermit(
  ctx: Ctx,
  id: string,
  input: { reason: string; harvestedVolume?: number },
): Promise<PermitView> {
  requirePermission(ctx.actor, 'harvest:revoke');
  const reason = revocationReason(input.reason);
  return inTransaction(ctx, async (tx) => {
    // Read without a lock: the case is locked first (as on the case page), then the permit.
    const permit = await findPermit(tx.db, id);
    if (!permit) throw notFound('PERMIT_NOT_FOUND', '没有这份林木采伐许可证');
    requireInCounty(tx, 'harvest:revoke', permit.countyCode);
    if (permit.status === 'revoked')
      throw new AppError('PERMIT_ALREADY_REVOKED', {
        message: '该许可证已经撤销，不能重复撤销',
      });
    const harvested = round2(input.harvestedVolume ?? 0);
    if (!Number.isFinite(harvested) || harvested < 0 || harvested > permit.stockVolume)
      throw validationError(
        'harvestedVolume',
        `已采伐蓄积：应在 0 到 ${permit.stockVolume} 立方米之间（许可蓄积 ${permit.stockVolume} 立方米）`,
      );
    const [kase] = await tx.db
      .select({ id: serviceCases.id })
      .from(serviceCases)
      .where(eq(serviceCases.id, permit.caseId));
    if (kase) {
      await revokeCaseInTx(tx, kase.id, { reason, usedQuantity: harvested, via: 'permit' });
      return presentPermit((await findPermit(tx.db, id))!, tx.now);
    }
    return revokeStandalonePermit(tx, permit, reason, harvested);
  });
}

async function revokeStandalonePermit(
  tx: Ctx,
  stale: PermitRow,
  reason: string,
  harvested: number,
): Promise<PermitView> {
  const permit = (await findPermit(tx.db, stale.id, true))!;
  if (permit.status === 'revoked')
    throw new AppError('PERMIT_ALREADY_REVOKED', { message: '该许可证已经撤销，不能重复撤销' });
  // What has not been cut goes back to the county's quota.
  const released = await releaseQuotaForCase(tx, {
    caseId: permit.caseId,
    reason: `撤销林木采伐许可证${permit.number ? ` ${permit.number}` : ''}：${reason}`,
    volume: round2(permit.stockVolume - harvested),
    permitId: permit.id,
  });
  const row = await markPermitRevoked(tx, permit.id, reason, released);
  await recordAudit(tx, {
    action: 'harvest.permit.revoke',
    objectType: 'harvest_permit',
    objectId: permit.id,
    detail: { caseId: permit.caseId, number: permit.number, reason, harvested, released, via: 'permit' },
  });
  if (permit.applicantAccountId)
    await notify(tx, {
      accountIds: [permit.applicantAccountId],
      title: '林木采伐许可证已撤销',
      body: `您的林木采伐许可证${permit.number ? ` ${permit.number}` : `（受理编号 ${permit.receiptCode}）`}已于${chinaDay(tx.now)}撤销。理由：${reason}`,
      category: 'services',
    });
  return presentPermit(row, tx.now);
}

// ---- staff views ----

export interface PermitView {
  id: string;
  caseId: string;
  receiptCode: string;
  holderKind: 'citizen' | 'org';
  holderName: string;
  publicHolderName: string;
  countyCode: string;
  countyName: string;
  location: string;
  forestCategory: string;
  forestCategoryLabel: string;
  harvestTypeLabel: string;
  species: string;
  areaMu: number;
  stockVolume: number;
  periodFrom: string;
  periodTo: string;
  status: PermitStatus;
  validity: Validity;
  validityLabel: string;
  number: string | null;
  approvedAt: string;
  issuedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  releasedVolume: number | null;
  downloadUrl: string | null;
}

export function presentPermit(p: PermitRow, now: Date): PermitView {
  const validity = validityOf(p, now);
  return {
    id: p.id,
    caseId: p.caseId,
    receiptCode: p.receiptCode,
    holderKind: p.holderKind,
    holderName: p.holderName,
    publicHolderName: publicHolderName(p),
    countyCode: p.countyCode,
    countyName: regionFullName(p.countyCode),
    location: fullLocation(p),
    forestCategory: p.forestCategory,
    forestCategoryLabel: FOREST_CATEGORIES[p.forestCategory],
    harvestTypeLabel: harvestTypeLabel(p.harvestType, p.harvestMethod),
    species: p.species,
    areaMu: p.areaMu,
    stockVolume: p.stockVolume,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    status: p.status,
    validity,
    validityLabel: VALIDITY_LABELS[validity],
    number: p.number,
    approvedAt: p.approvedAt.toISOString(),
    issuedAt: p.issuedAt?.toISOString() ?? null,
    revokedAt: p.revokedAt?.toISOString() ?? null,
    revokeReason: p.revokeReason,
    releasedVolume: p.releasedVolume,
    downloadUrl: p.certificateFileId ? certificateDownloadUrl(p.id) : null,
  };
}

export interface PermitQuery {
  status?: PermitStatus;
  countyCode?: string;
  cityCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listPermits(ctx: Ctx, q: PermitQuery): Promise<{ total: number; items: PermitView[] }> {
  const filter = {
    scope: requireRegionScope(ctx, 'harvest:read'),
    statuses: q.status ? [q.status] : undefined,
    countyCode: q.countyCode,
    cityCode: q.cityCode,
    q: q.q?.trim() || undefined,
  };
  const { total, items } = await listPermitRows(ctx.db, filter, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { total, items: items.map((p) => presentPermit(p, ctx.now)) };
}

export async function getPermit(ctx: Ctx, id: string): Promise<PermitView & { movements: LedgerView[] }> {
  requirePermission(ctx.actor, 'harvest:read');
  const permit = await findPermit(ctx.db, id);
  if (!permit) throw notFound('PERMIT_NOT_FOUND', '没有这份林木采伐许可证');
  requireInCounty(ctx, 'harvest:read', permit.countyCode);
  return { ...presentPermit(permit, ctx.now), movements: await listCaseQuotaMovements(ctx, permit.caseId) };
}
