// The human check of public forms (人机验证): a question from a rotating set, answered once, kept as
// a keyed hash in human_checks; no third-party service and no JavaScript. The form field is
// src/site's <HumanCheck>.
export {
  checkHumanAnswer,
  HUMAN_ANSWER_FIELD,
  HUMAN_CHECK_MINUTES,
  HUMAN_ID_FIELD,
  type HumanChallenge,
  type HumanCheckOutcome,
  humanCheckMessage,
  humanCheckNeeded,
  newHumanChallenge,
  normalizeAnswer,
  pickQuestion,
  purgeHumanChecks,
  requireHuman,
  requireHumanCheck,
} from './human-check.ts';
