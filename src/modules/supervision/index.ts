// Supervision (督查督办): leaders' instructions, key tasks and meeting decisions registered,
// assigned, reported, reminded, escalated, closed and reported back. Other modules use it only
// through what is exported here.
export { registerItem } from './items/register-item.ts';
export { supervisionModule } from './supervision.module.ts';
