// A small portal for tests: the org demo (units, demo accounts and roles) plus a handful of
// columns whose expected behaviour can be worked out by hand, and a second reviewer for the
// two-step review.
import { createAccount } from '../../platform/access/access.factories.ts';
import type { Ctx } from '../../platform/context.ts';
import { type DemoSeed, seedDemoData } from '../org/index.ts';
import type { ColumnDef } from './demo/columns.data.ts';
import { type ColumnTree, makeColumns } from './portal.factories.ts';

export const FIXTURE_COLUMNS: ColumnDef[] = [
  {
    code: 'news',
    name: '林业动态',
    unit: 'HNLY-XXZX',
    category: 'news',
    children: [
      { code: 'hq', name: '厅内要闻', unit: 'HNLY-XXZX', category: 'news' },
      { code: 'zz', name: '郑州', unit: 'C410100', category: 'news' },
    ],
  },
  { code: 'policy', name: '政策法规', unit: 'HNLY-ZCFG', category: 'policy', reviewSteps: 2 },
  { code: 'about', name: '机构职能', unit: 'HNLY-BGS', kind: 'page' },
  { code: 'gov', name: '中国政府网', unit: 'HNLY-XXZX', kind: 'link', target: 'https://www.gov.cn/' },
];

export interface PortalFixture {
  org: DemoSeed;
  columns: ColumnTree;
}

export async function seedPortalFixture(ctx: Ctx): Promise<PortalFixture> {
  const org = await seedDemoData(ctx);
  const columns = await makeColumns(ctx, FIXTURE_COLUMNS);
  // A second person in the office who may review (复审 needs someone other than the first reviewer).
  await createAccount(
    ctx.db,
    ctx.deps.cipher,
    {
      username: 'reviewer2',
      displayName: '钱审核',
      unitId: org.tree.unit('HNLY-BGS').id,
      roleCodes: ['office_staff'],
    },
    ctx.now,
  );
  return { org, columns };
}
