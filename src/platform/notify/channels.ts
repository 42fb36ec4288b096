// The ways out of the building: email over SMTP (nodemailer) and SMS through a pluggable driver.
// Without a configured gateway a message is written to the log and recorded as 'logged', so a
// fresh install works and nobody mistakes a logged message for a delivered one.
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { maskPhone } from '../access/identity.ts';
import type { Log } from '../jobs/jobs.ts';

/** What became of a message handed to a driver: delivered to a gateway, or only written to the log. */
export type SendOutcome = 'sent' | 'logged';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailDriver {
  send(message: MailMessage): Promise<SendOutcome>;
}

/** An SMS gateway adapter (短信网关): a provider's API behind one call. */
export interface SmsDriver {
  send(to: string, text: string): Promise<SendOutcome>;
}

// One transport per SMTP address, reused across dispatcher runs.
const transports = new Map<string, nodemailer.Transporter<SMTPTransport.SentMessageInfo>>();

export function smtpMailDriver(url: string, from: string): MailDriver {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  const t = transport;
  return {
    async send(message) {
      await t.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      return 'sent';
    },
  };
}

export function logMailDriver(log: Log): MailDriver {
  return {
    async send(message) {
      log.info(
        { channel: 'email', to: message.to, subject: message.subject, text: message.text },
        '邮件未发送（未配置 SMTP_URL），内容写入日志',
      );
      return 'logged';
    },
  };
}

/** The default SMS driver: writes the message to the log, with the number masked. */
export function logSmsDriver(log: Log): SmsDriver {
  return {
    async send(to, text) {
      log.info({ channel: 'sms', to: maskPhone(to), text }, '短信未发送（未接入短信网关），内容写入日志');
      return 'logged';
    },
  };
}

let smsDriver: SmsDriver | null = null;

/** Plugs in a real SMS gateway; null goes back to the log driver. */
export function useSmsDriver(driver: SmsDriver | null): void {
  smsDriver = driver;
}

export function currentSmsDriver(log: Log): SmsDriver {
  return smsDriver ?? logSmsDriver(log);
}
