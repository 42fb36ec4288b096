// Portal operations (门户网站运维): the freshness monitor with the national veto checks and
// reminders, the broken-link checker, visit statistics without trackers, reposting from feeds
// (信息采集) and the supply and demand board (供求信息). Builds on the portal core (../portal).
export { loadPortalOpsDemoIfEmpty } from './demo.ts';
export { getHealthSummary } from './freshness/freshness.service.ts';
export { waitForLinkCheck } from './links/links.service.ts';
export { portalOpsModule } from './portal-ops.module.ts';
export { flushVisits } from './stats/visit-recorder.ts';
