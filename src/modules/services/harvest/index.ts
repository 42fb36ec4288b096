// Timber harvesting permits (林木采伐许可证, item LIC-01) and what hangs on them: the annual harvest
// quota, certificates with public verification, the public register and pre-approval notices, the
// archive of abolished timber transport permits, and the lobby display screen.

export { seedHarvestDemo } from './harvest.demo.ts';
export { HARVEST_FORM, HARVEST_ITEM_CODE } from './harvest.form.ts';
export { harvestItemHandler } from './harvest.handler.ts';
export { harvestModule } from './harvest.module.ts';
export { listObjections, type ObjectionView } from './notice.service.ts';
export { getPermit, type HarvestCase, listPermits, type PermitView } from './permit.service.ts';
export { seedDemoQuotas } from './quota.demo.ts';
