// Use cases of the disclosure guide (政府信息公开指南, 2019 Regulations art. 12): the office writes
// it with every required part — scope, channels, the application procedure, fees, remedies, and
// the office's address, hours and phone — and each save is a new version, kept; the public reads
// the newest one and may open any earlier version.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { opennessError } from '../openness.errors.ts';
import { GUIDE_PARTS, type GuidePart, type GuideSections } from '../openness.table.ts';
import {
  findGuideVersion,
  findLatestGuide,
  type GuideRow,
  insertGuide,
  lastGuideVersion,
  listGuideRows,
} from './guide.repository.ts';

/** The guide's parts in the order the guide reads, with their headings. */
export const GUIDE_PART_TITLES: Record<GuidePart, string> = {
  scope: '一、主动公开的范围',
  channels: '二、主动公开的方式与渠道',
  procedure: '三、依申请公开的程序',
  fees: '四、收费标准',
  remedies: '五、监督和救济',
  office: '六、工作机构',
};

export interface GuideView {
  version: number;
  title: string;
  sections: GuideSections;
  officeAddress: string;
  officeHours: string;
  officePhone: string;
  note: string;
  createdByName: string;
  createdAt: string;
}

export interface GuideVersionItem {
  version: number;
  note: string;
  createdByName: string;
  createdAt: string;
}

const view = (g: GuideRow): GuideView => ({
  version: g.version,
  title: g.title,
  sections: g.sections,
  officeAddress: g.officeAddress,
  officeHours: g.officeHours,
  officePhone: g.officePhone,
  note: g.note,
  createdByName: g.createdByName,
  createdAt: g.createdAt.toISOString(),
});

/** The guide in force (the newest version), or null before the first one is written. */
export async function getGuide(ctx: Ctx, version?: number): Promise<GuideView | null> {
  if (version !== undefined) {
    const row = await findGuideVersion(ctx.db, version);
    if (!row) throw opennessError('OPENNESS_GUIDE_VERSION_NOT_FOUND');
    return view(row);
  }
  const row = await findLatestGuide(ctx.db);
  return row ? view(row) : null;
}

/** Every version, newest first (public: the guide's 历史版本 list). */
export async function listGuideVersions(ctx: Ctx): Promise<GuideVersionItem[]> {
  return (await listGuideRows(ctx.db)).map((g) => ({
    version: g.version,
    note: g.note,
    createdByName: g.createdByName,
    createdAt: g.createdAt.toISOString(),
  }));
}

export interface GuideInput {
  title?: string;
  sections?: Partial<Record<GuidePart, string>>;
  officeAddress?: string;
  officeHours?: string;
  officePhone?: string;
  note?: string;
  /** The version the editor started from: saving over a newer one is refused (someone else revised it). */
  baseVersion?: number;
}

const PHONE =
  /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})([，,、；; ]+(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}))*$/;

/** 修订: saves the guide as its next version. Every part is required; nothing is saved otherwise. */
export async function saveGuide(ctx: Ctx, input: GuideInput): Promise<GuideView> {
  requirePermission(ctx.actor, 'openness:guide');
  const errors: FieldError[] = [];
  const title = (input.title ?? '').trim();
  if (!title) errors.push({ field: 'title', message: '指南标题：请填写' });
  else if (title.length > 60) errors.push({ field: 'title', message: '指南标题：最多 60 个字' });
  const sections = {} as GuideSections;
  for (const part of GUIDE_PARTS) {
    const text = (input.sections?.[part] ?? '').trim();
    const name = GUIDE_PART_TITLES[part].replace(/^[一二三四五六]、/, '');
    if (!text) errors.push({ field: `sections/${part}`, message: `${name}：指南必须写明这一部分` });
    else if (text.length > 10_000)
      errors.push({ field: `sections/${part}`, message: `${name}：最多 10000 个字` });
    sections[part] = text;
  }
  const officeAddress = (input.officeAddress ?? '').trim();
  if (!officeAddress) errors.push({ field: 'officeAddress', message: '办公地址：请填写' });
  else if (officeAddress.length > 100)
    errors.push({ field: 'officeAddress', message: '办公地址：最多 100 个字' });
  const officeHours = (input.officeHours ?? '').trim();
  if (!officeHours) errors.push({ field: 'officeHours', message: '办公时间：请填写' });
  else if (officeHours.length > 100)
    errors.push({ field: 'officeHours', message: '办公时间：最多 100 个字' });
  const officePhone = (input.officePhone ?? '').trim();
  if (!officePhone) errors.push({ field: 'officePhone', message: '联系电话：请填写' });
  else if (!PHONE.test(officePhone))
    errors.push({
      field: 'officePhone',
      message: '联系电话：应为带区号的固定电话或手机号，如 0371-65500000',
    });
  const note = (input.note ?? '').trim();
  if (note.length > 200) errors.push({ field: 'note', message: '修订说明：最多 200 个字' });
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return inTransaction(ctx, async (tx) => {
    const last = await lastGuideVersion(tx.db);
    if (input.baseVersion !== undefined && input.baseVersion !== last)
      throw opennessError('OPENNESS_GUIDE_STALE', { extra: { current: last } });
    const version = last + 1;
    const row = await insertGuide(tx.db, {
      version,
      title,
      sections,
      officeAddress,
      officeHours,
      officePhone,
      note: note || (version === 1 ? '首次发布' : ''),
      createdBy: tx.actor.id,
      createdByName: tx.actor.displayName,
      createdAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'openness.guide.save',
      objectType: 'openness_guide',
      objectId: row.id,
      detail: { version, note: row.note },
    });
    return view(row);
  });
}
