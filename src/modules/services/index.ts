// 网上办事 (online services) and the 政务受理中心 counter: the catalogue of licensing items with their
// guides and forms as data, cases from application to certificate on the statutory clocks, the
// counter, fees, tracking by receipt code. Item-specific behaviour plugs in through item handlers.

export { ACCEPTANCE_UNIT_CODE, type PaperMaterial, type UploadInput } from './apply/application-checks.ts';
export { getDraft } from './apply/get-draft.ts';
export { saveDraft } from './apply/save-draft.ts';
export { type CounterApplication, submitAtCounter } from './apply/submit-at-counter.ts';
export { type OnlineApplication, submitOnline } from './apply/submit-online.ts';
export type { CaseRow } from './case.repository.ts';
export { getCaseDetail } from './case-detail.service.ts';
export { publicNoticeNeeded, toCaseView } from './case-handler.ts';
export { findCase } from './case-load.ts';
export { type CaseListItem, type CaseQuery, homeSummary, listCases } from './case-queue.service.ts';
export { type CaseAction, OPEN_STATUSES, STATUS_LABELS } from './case-state.ts';
export { caseStatistics } from './case-statistics.service.ts';
export { CATALOGUE, type CatalogueItem } from './catalogue/catalogue.data.ts';
export {
  effectiveForm,
  ensureCatalogue,
  getItem,
  type ItemRow,
  listItems,
  updateItem,
} from './catalogue.service.ts';
export { counterQueue, counterStatistics, findApplicant, registerWalkIn } from './counter.service.ts';
export { acceptCase } from './flow/accept-case.ts';
export { type DecisionInput, decideCase } from './flow/decide-case.ts';
export { extendCase } from './flow/extend-case.ts';
export { finishInspection } from './flow/finish-inspection.ts';
export { finishPublicNotice } from './flow/finish-public-notice.ts';
export { CERTIFICATE_WORKDAYS, MAX_EXTENSION_WORKDAYS } from './flow/flow-rules.ts';
export { issueCertificate } from './flow/issue-certificate.ts';
export { notAcceptCase } from './flow/not-accept-case.ts';
export { requestCompletion } from './flow/request-completion.ts';
export { revokeCase } from './flow/revoke-case.ts';
export { startInspection } from './flow/start-inspection.ts';
export { startPublicNotice } from './flow/start-public-notice.ts';
export { startReview } from './flow/start-review.ts';
export { supplementAtCounter } from './flow/supplement-at-counter.ts';
export { supplementOnline } from './flow/supplement-online.ts';
export { withdrawCase } from './flow/withdraw-case.ts';
export * from './forms.ts';
export {
  type CaseStatus,
  type CaseView,
  type ItemHandler,
  itemHandler,
  registerItemHandler,
} from './item-handlers.ts';
export {
  assessFee,
  counterPaymentDriver,
  type PaymentAdapter,
  recordPayment,
  registerPaymentAdapter,
} from './payments.ts';
export { servicesModule } from './services.module.ts';
export { CASE_STATUSES, serviceCases, serviceItems } from './services.table.ts';
export {
  findCaseByReceipt,
  getOwnCase,
  listOwnCases,
  maskName,
  type TrackResult,
  trackCase,
} from './track.service.ts';
