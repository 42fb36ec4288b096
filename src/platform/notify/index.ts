// Notifications: the in-app inbox (站内消息), email over SMTP and SMS through an outbox sent after
// commit, and reminders sent exactly once by the deadline sweeper. Other modules call notify()
// inside their transaction and list reminder sources in their Module; they import only from this file.

export { type SendOutcome, type SmsDriver, useSmsDriver } from './channels.ts';
export { registerClockLink } from './clock-reminders.ts';
// queueDeliveries: email/SMS without an inbox copy (one-time codes that must reach only the owner).
export { dispatchDeliveries, queueDeliveries, queueEmail } from './delivery.service.ts';
export { EMERGENCY_REPORT_CLOCK } from './emergency.ts';
export {
  type ClockKind,
  type ClockKindSpec,
  clockKindSettings,
  defineClockKind,
  kindLimit,
  ladderFor,
  type RecipientResolver,
  registerClockKinds,
  registerRecipientResolver,
} from './escalation.ts';
export {
  formatLadder,
  type LadderStep,
  parseLadder,
  RECIPIENT_ROLES,
  type RecipientRole,
  ROLE_LABELS,
} from './ladder.ts';
export type { Recipient } from './notify.repository.ts';
export {
  inboxesInsert,
  type NotifyInput,
  type NotifyResult,
  notify,
  notifyInboxes,
} from './notify.service.ts';
export {
  type Reminder,
  type ReminderSource,
  registerReminderSource,
  sendReminderOnce,
  sweepReminders,
} from './reminders.service.ts';
