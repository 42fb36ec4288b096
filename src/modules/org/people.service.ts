// Use cases on people (人员): the directory staff read within their data scope on org:read (a city
// bureau its own bureau and the counties below it; the system admin, who keeps the directory, all of
// it), with phone numbers masked (DOMAIN §10); the full number audited; and the system admin's
// additions and changes. Phones are stored SM4-encrypted. The unit tree itself stays open to all
// staff: the organisation chart is public.

import type { DataScope } from '../../platform/access/access.table.ts';
import { maskPhone } from '../../platform/access/identity.ts';
import {
  ForbiddenError,
  inScope,
  requirePermission,
  scopeOf,
  widerScope,
} from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope.ts';
import { recordAudit, recordAuditAlone } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { requireStaff } from './org.policy.ts';
import {
  chargesOf,
  findPerson,
  findUnit,
  findUnitPath,
  insertPeople,
  listPeopleRows,
  PERSON_SCOPE,
  type PersonWithUnit,
  replaceCharges,
  updatePersonRow,
} from './org.repository.ts';
import { DIRECTORY_SHOWS_PHONES } from './org.settings.ts';

export type LeaderRank = 'director' | 'deputy' | 'other';

export const LEADER_RANK_LABELS: Record<LeaderRank, string> = {
  director: '局长',
  deputy: '副局长',
  other: '其他局领导',
};

// Office landlines (0371-65901234, 037165901234) and mobiles (13912345678).
export const PHONE_PATTERN = '^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$';
const PHONE_RE = new RegExp(PHONE_PATTERN);

export interface PersonView {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  title: string | null;
  leaderRank: LeaderRank | null;
  /** Masked (0371****1234); null when there is none or the directory hides phones. */
  phoneMask: string | null;
  email: string | null;
  sort: number;
  active: boolean;
}

const fail = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field, message }] });

function present(row: PersonWithUnit, showPhones: boolean): PersonView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    name: row.name,
    title: row.title,
    leaderRank: row.leaderRank,
    phoneMask: showPhones ? row.phoneMask : null,
    email: row.email,
    sort: row.sort,
    active: row.active,
  };
}

export interface PeopleQuery {
  unitId?: string;
  /** With unitId: include everyone in the units below it. */
  includeSubunits?: boolean;
  q?: string;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

/**
 * The reader's scope over people: org:read's, or system:people's for the system admin who keeps the
 * directory (the wider of the two). FORBIDDEN for staff holding neither.
 */
function peopleScope(ctx: Ctx): DataScope {
  requireStaff(ctx.actor);
  const read = scopeOf(ctx.actor, 'org:read');
  const keep = scopeOf(ctx.actor, 'system:people');
  if (!read && !keep) throw new ForbiddenError('org:read', '没有查看人员目录的权限');
  return read && keep ? widerScope(read, keep) : (read ?? keep)!;
}

export async function listPeople(
  ctx: Ctx,
  query: PeopleQuery,
): Promise<{ total: number; items: PersonView[] }> {
  const scope = scopeWhere(ctx.actor, peopleScope(ctx), PERSON_SCOPE);
  let unitPathPrefix: string | undefined;
  if (query.unitId && query.includeSubunits) {
    const path = await findUnitPath(ctx.db, query.unitId);
    if (!path) return { total: 0, items: [] };
    unitPathPrefix = path;
  }
  const result = await listPeopleRows(ctx.db, { ...query, unitPathPrefix, scope });
  const showPhones = await getSetting(ctx, DIRECTORY_SHOWS_PHONES);
  return { total: result.total, items: result.items.map((r) => present(r, showPhones)) };
}

async function mustFind(ctx: Ctx, id: string): Promise<PersonWithUnit> {
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('PERSON_NOT_FOUND', '人员不存在');
  return row;
}

export interface PersonDetail extends PersonView {
  /** Units this leader is in charge of (分管), empty for staff. */
  charges: Array<{ unitId: string; code: string; name: string }>;
  /** Whether the actor may see the full phone number (the workbench shows a "显示号码" button). */
  canRevealPhone: boolean;
}

function mayReveal(ctx: Ctx, person: PersonWithUnit): boolean {
  const scope = scopeOf(ctx.actor, 'org:read');
  return Boolean(scope && inScope(ctx.actor, scope, { unitId: person.unitId, unitPath: person.unitPath }));
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonDetail> {
  const scope = peopleScope(ctx);
  const row = await mustFind(ctx, id);
  // Outside the reader's scope a person reads as not found, as in the list.
  if (!inScope(ctx.actor, scope, { unitId: row.unitId, unitPath: row.unitPath }))
    throw notFound('PERSON_NOT_FOUND', '人员不存在');
  const charges = row.leaderRank ? await chargesOf(ctx.db, [row.id]) : [];
  const showPhones = await getSetting(ctx, DIRECTORY_SHOWS_PHONES);
  return {
    ...present(row, showPhones),
    charges: charges.map((c) => ({ unitId: c.unitId, code: c.code, name: c.name })),
    canRevealPhone: Boolean(row.phoneEnc) && mayReveal(ctx, row),
  };
}

/** The full phone number, for org:read holders whose scope covers the person's unit; audited. */
export async function revealPhone(ctx: Ctx, id: string): Promise<{ phone: string | null }> {
  requirePermission(ctx.actor, 'org:read');
  const row = await mustFind(ctx, id);
  if (!mayReveal(ctx, row)) throw new ForbiddenError('org:read', '该人员不在您的数据权限范围内');
  const phone = row.phoneEnc ? ctx.deps.cipher.decrypt(row.phoneEnc) : null;
  // Reading personal data is itself recorded (GB/T 22239: audit of access to personal information).
  await recordAuditAlone(ctx, { action: 'person.phone.reveal', objectType: 'person', objectId: id });
  return { phone };
}

export interface PersonInput {
  unitId: string;
  name: string;
  title?: string | null;
  leaderRank?: LeaderRank | null;
  phone?: string | null;
  email?: string | null;
  sort?: number;
}

async function checkPersonFields(ctx: Ctx, input: Partial<PersonInput>, current?: PersonWithUnit) {
  if (input.phone && !PHONE_RE.test(input.phone))
    throw fail('phone', '联系电话应为 11 位手机号码或带区号的固定电话（如 0371-65901234）');
  const unitId = input.unitId ?? current?.unitId;
  const unit = unitId ? await findUnit(ctx.db, unitId) : undefined;
  if (input.unitId !== undefined) {
    if (!unit) throw fail('unitId', '所在单位不存在');
    if (!unit.active) throw fail('unitId', `单位“${unit.name}”已停用`);
  }
  const rank = input.leaderRank !== undefined ? input.leaderRank : current?.leaderRank;
  // 局领导 belong to the department itself, not to one of its divisions.
  if (rank && unit && unit.type !== 'department')
    throw fail(input.leaderRank !== undefined ? 'leaderRank' : 'unitId', '局领导须在“省局”这一层级单位中');
}

function phoneColumns(ctx: Ctx, phone: string | null | undefined) {
  if (phone === undefined) return {};
  return {
    phoneEnc: phone ? ctx.deps.cipher.encrypt(phone) : null,
    phoneMask: phone ? maskPhone(phone) : null,
  };
}

export async function addPerson(ctx: Ctx, input: PersonInput): Promise<PersonDetail> {
  requirePermission(ctx.actor, 'system:people');
  const id = await inTransaction(ctx, async (tx) => {
    await checkPersonFields(tx, input);
    const [row] = await insertPeople(tx.db, [
      {
        unitId: input.unitId,
        name: input.name,
        title: input.title ?? null,
        leaderRank: input.leaderRank ?? null,
        email: input.email ?? null,
        sort: input.sort ?? 0,
        ...phoneColumns(tx, input.phone),
        createdAt: tx.now,
        updatedAt: tx.now,
      },
    ]);
    await recordAudit(tx, {
      action: 'person.create',
      objectType: 'person',
      objectId: row.id,
      detail: { name: row.name, unitId: row.unitId, title: row.title, leaderRank: row.leaderRank },
    });
    return row.id;
  });
  return getPerson(ctx, id);
}

export type PersonPatch = Partial<PersonInput> & { active?: boolean };

export async function updatePerson(ctx: Ctx, id: string, patch: PersonPatch): Promise<PersonDetail> {
  requirePermission(ctx.actor, 'system:people');
  await inTransaction(ctx, async (tx) => {
    const current = await mustFind(tx, id);
    await checkPersonFields(tx, patch, current);
    const { phone, ...fields } = patch;
    await updatePersonRow(tx.db, id, { ...fields, ...phoneColumns(tx, phone), updatedAt: tx.now });
    // No longer a leader: the divisions in charge go with the post.
    const droppedCharges = patch.leaderRank === null && current.leaderRank !== null;
    if (droppedCharges) await replaceCharges(tx.db, id, []);
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as Array<keyof typeof fields>) before[key] = current[key];
    await recordAudit(tx, {
      action: 'person.update',
      objectType: 'person',
      objectId: id,
      detail: {
        before,
        after: fields,
        ...(phone !== undefined ? { phoneChanged: true } : {}),
        ...(droppedCharges ? { chargesCleared: true } : {}),
      },
    });
  });
  return getPerson(ctx, id);
}
