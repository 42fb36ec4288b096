// 窗口收件: counter staff register a walk-in applicant's application and the paper they brought.
import { requirePermission } from '../../../platform/access/policy.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { getItem } from '../catalogue.service.ts';
import { firstFieldOfType } from '../forms.ts';
import { itemHandler } from '../item-handlers.ts';
import { ACCEPTANCE_WORKDAYS } from '../services.settings.ts';
import { loadApplicant } from './applicant.ts';
import {
  audienceError,
  checkValues,
  failWith,
  materialField,
  type PaperMaterial,
  place,
} from './application-checks.ts';
import { createCases } from './create-cases.ts';

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
  // 管辖: a window registers only what its own authority accepts (林木采伐许可: the stand's county).
  const county = firstFieldOfType(def, 'county');
  if (
    def.competence &&
    ctx.actor.kind !== 'system' &&
    placement.acceptUnit &&
    placement.acceptUnit.id !== ctx.actor.unitId
  )
    errors.push({
      field: county?.name ?? 'county',
      message: `${county?.label ?? '县（市、区）'}：该申请由${placement.acceptUnit.name}受理，本窗口不能收件，请告知申请人向该单位提交或网上申请`,
    });
  if (errors.length) throw failWith(errors);
  const classify = (await itemHandler(item.code)?.classify?.(ctx, values)) ?? null;
  const acceptanceDays = await getSetting(ctx, ACCEPTANCE_WORKDAYS);
  return inTransaction(ctx, async (tx) => {
    const [row] = await createCases([
      {
        ctx: tx,
        n: {
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
        },
      },
    ]);
    return row;
  });
}
