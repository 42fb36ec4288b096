// 网上办事 (online services) and the 政务受理中心 counter: the catalogue of licensing items with their
// guides and forms as data, cases from application to certificate on the statutory clocks, the
// counter, fees, tracking by receipt code. Item-specific behaviour plugs in through item handlers.
export {
  ACCEPTANCE_UNIT_CODE,
  type CounterApplication,
  getDraft,
  type OnlineApplication,
  type PaperMaterial,
  saveDraft,
  submitAtCounter,
  submitOnline,
  supplementAtCounter,
  supplementOnline,
  type UploadInput,
} from './case-apply.service.ts';
export {
  acceptCase,
  CERTIFICATE_WORKDAYS,
  type DecisionInput,
  decideCase,
  extendCase,
  finishInspection,
  finishPublicNotice,
  issueCertificate,
  MAX_EXTENSION_WORKDAYS,
  notAcceptCase,
  publicNoticeNeeded,
  requestCompletion,
  revokeCase,
  startInspection,
  startPublicNotice,
  startReview,
  withdrawCase,
} from './case-flow.service.ts';
export {
  type CaseListItem,
  type CaseQuery,
  caseStatistics,
  getCaseDetail,
  homeSummary,
  listCases,
} from './case-read.service.ts';
export { type CaseRow, findCase, OPEN_STATUSES, STATUS_LABELS, toCaseView } from './case-support.ts';
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
export { formatReceiptCode, newReceiptCode, normalizeReceiptCode } from './receipt-code.ts';
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
