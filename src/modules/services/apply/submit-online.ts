// 网上申请: a signed-in citizen or organisation applies online, from a draft or afresh. Everything is
// checked before anything is written; the case is written by group commit with the morning's others.
import type { Ctx } from '../../../platform/context.ts';
import { groupCommit } from '../../../platform/db/group-commit.ts';
import { storeFiles } from '../../../platform/files/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { deleteDrafts } from '../applicant.repository.ts';
import type { CaseRow } from '../case.repository.ts';
import { getItem } from '../catalogue.service.ts';
import { itemHandler } from '../item-handlers.ts';
import { ACCEPTANCE_WORKDAYS } from '../services.settings.ts';
import { loadApplicantAndDraft, requirePublicActor } from './applicant.ts';
import {
  audienceError,
  checkUploads,
  checkValues,
  failWith,
  materialField,
  place,
  type UploadInput,
} from './application-checks.ts';
import { createCases, type NewCase } from './create-cases.ts';

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
    await deleteDrafts(tx.db, drafts);
    return createCases(members.map((m) => ({ ctx: m.ctx, n: m.input.n })));
  },
});
