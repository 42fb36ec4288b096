// The human check of public forms (人机验证): a question from a rotating set, its answer in a signed
// token, no third-party service and no JavaScript. The form field is src/site's <HumanCheck>.
export {
  checkHumanAnswer,
  HUMAN_CHECK_TTL_MS,
  type HumanChallenge,
  type HumanCheckOutcome,
  newHumanChallenge,
  normalizeAnswer,
  requireHuman,
} from './human-check.ts';
