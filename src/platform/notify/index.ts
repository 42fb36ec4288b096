// Notifications: the in-app inbox (站内消息), email over SMTP and SMS through an outbox sent after
// commit, and reminders sent exactly once by the deadline sweeper. Other modules call notify()
// inside their transaction and register reminder sources; they import only from this file.
import './clock-reminders.ts';

export { type SendOutcome, type SmsDriver, useSmsDriver } from './channels.ts';
export { registerClockLink } from './clock-reminders.ts';
export { dispatchDeliveries, queueEmail } from './delivery.service.ts';
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
