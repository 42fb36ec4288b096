// The item handler of 林木采伐许可证核发 (LIC-01): how the generic case flow of the services module
// reaches the harvest rules, the quota, the public notice and the certificate.
import type { Ctx } from '../../../platform/context.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { FormValues } from '../forms.ts';
import type { CaseView, ItemHandler } from '../item-handlers.ts';
import { HARVEST_FORM, HARVEST_ITEM_CODE } from './harvest.form.ts';
import { checkHarvestRules, isSmallStand, needsNotice, readHarvest } from './harvest.rules.ts';
import { SMALL_STAND_WORKDAYS } from './harvest.settings.ts';
import { harvestLimits, noticeForCase } from './notice.service.ts';
import { approveHarvestCase, issueHarvestCertificate, releaseHarvestCase } from './permit.service.ts';

/** 告知承诺: a small planted commercial stand with a signed commitment is decided in 1 working day. */
export async function classifyHarvest(
  ctx: Ctx,
  values: FormValues,
): Promise<{ promisedWorkdays?: number; note?: string } | null> {
  const a = readHarvest(values);
  const limits = await harvestLimits(ctx);
  if (!a.smallStandCommitment || !isSmallStand(a, limits) || needsNotice(a, limits)) return null;
  const days = await getSetting(ctx, SMALL_STAND_WORKDAYS);
  return {
    promisedWorkdays: days,
    note: `小面积人工商品林采伐，适用告知承诺制，${days === 0 ? '当场办结' : `${days} 个工作日内办结`}`,
  };
}

export const harvestItemHandler: ItemHandler = {
  itemCode: HARVEST_ITEM_CODE,
  form: HARVEST_FORM,
  validate: async (ctx, values) => checkHarvestRules(values, await harvestLimits(ctx)),
  classify: classifyHarvest,
  needsPublicNotice: (ctx, kase: CaseView) => noticeForCase(ctx, kase),
  onApprove: async (tx, kase) => {
    await approveHarvestCase(tx, kase);
  },
  onRelease: (tx, kase, reason, options) => releaseHarvestCase(tx, kase, reason, options),
  issueCertificate: (tx, kase) => issueHarvestCertificate(tx, kase),
};
