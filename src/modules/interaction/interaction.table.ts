// Tables of public interaction (互动交流): letters of every channel (厅长信箱, 网上举报, 专家咨询,
// 在线审核) with their handling and reply, the registered experts, and the Open311 clients.
// The writer's identity is stored only SM4-encrypted (writerEnc) beside a masked form for lists;
// a misconduct report's masked form is empty, so no list can show who reported.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// received 待分办 / assigned 办理中 / drafted 待单位审核 / office_review 待办公室审核 /
// answered 已答复 / rejected 不予受理 / forwarded 已转办（转其他机关） / merged 重复件（已合并）
export const LETTER_STATUSES = [
  'received',
  'assigned',
  'drafted',
  'office_review',
  'answered',
  'rejected',
  'forwarded',
  'merged',
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

// mailbox 厅长信箱 / report 网上举报 / consult 专家咨询 / prereview 在线审核
export const CHANNEL_CODES = ['mailbox', 'report', 'consult', 'prereview'] as const;
export type ChannelCode = (typeof CHANNEL_CODES)[number];

// 满意 / 基本满意 / 不满意
export const RATINGS = ['satisfied', 'fair', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export interface LetterAttachment {
  fileId: string;
  fileName: string;
  sizeBytes: number;
  /** 在线审核: the material this file is (the item's material name). */
  material?: string | null;
}

/** 在线审核: the reviewer's comment on one material. */
export interface MaterialComment {
  fileId: string | null;
  material: string;
  /** ok 符合要求 / revise 需修改 / missing 缺少 */
  verdict: 'ok' | 'revise' | 'missing';
  comment: string;
}

export const letters = pgTable(
  'interaction_letters',
  {
    id: uuid().primaryKey(),
    channel: text().$type<ChannelCode>().notNull(),
    // 来信编号 (gap-free, per year): 信〔2026〕000123号
    number: text().notNull(),
    // 查询码 (12 characters, random) and the query password's keyed hash (HMAC-SM3).
    receiptCode: text().notNull(),
    passwordHash: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    category: text().notNull(),
    // SM4 of {"name","phone","email","address","idNumber"}; never decrypted for a list.
    writerEnc: text().notNull(),
    // The masked name for lists ('张*'); '' for a misconduct report (网上举报).
    writerMask: text().notNull(),
    // HMAC-SM3 of the writer's account id when signed in (我的信件), never the id itself.
    ownerKey: text(),
    consentPublish: boolean().notNull().default(false),
    attachments: jsonb().$type<LetterAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    // 在线审核: the service item the applicant means to apply for.
    serviceItemCode: text(),
    // Words of the sensitive-word list found in it (flagged for the office, never dropped).
    flaggedWords: text().array().notNull().default(sql`'{}'::text[]`),
    // How it came: web 网站 / open311 第三方接口 (with the client).
    source: text().$type<'web' | 'open311'>().notNull().default('web'),
    // HMAC-SM3 of the sender's network address, for the per-address limit (never the address).
    ipKey: text(),
    open311ClientId: uuid(),
    open311Token: text(),
    // Where the third-party client located the request (GeoReport: lat/long, address_string, address_id).
    open311Location: jsonb().$type<{
      lat: number | null;
      long: number | null;
      address: string | null;
      addressId: string | null;
    }>(),
    status: text().$type<LetterStatus>().notNull().default('received'),
    // The unit that answers it, and the expert (专家咨询) when routed to one.
    unitId: uuid(),
    unitPath: text(),
    unitName: text(),
    expertId: uuid(),
    expertAccountId: uuid(),
    complex: boolean().notNull().default(false),
    limitWorkdays: integer().notNull(),
    // The reply clock (platform/calendar): started on receipt, kept through transfers, stopped on the reply.
    clockId: uuid(),
    acceptedAt: timestamp({ withTimezone: true }),
    // Copied from the letter's clock (the clock is the truth; the copy sorts the queues).
    dueAt: timestamp({ withTimezone: true }),
    // Triage outcomes.
    rejectReason: text(),
    forwardedTo: text(),
    mergedInto: uuid(),
    // The reply: the draft, the sent text, the public (redacted) question and answer.
    replyDraft: text(),
    // Whom the draft came from, and why it came back when the head or the office returned it.
    draftedBy: text(),
    returnNote: text(),
    replyText: text(),
    // The replying staff's decision (with the writer's consent) to publish the redacted Q and A.
    publishRequested: boolean().notNull().default(false),
    publicQuestion: text(),
    publicAnswer: text(),
    published: boolean().notNull().default(false),
    publishedAt: timestamp({ withTimezone: true }),
    replierName: text(),
    materialComments: jsonb().$type<MaterialComment[]>(),
    // Satisfaction (满意度) and the one reopening the office may grant.
    rating: text().$type<Rating>(),
    ratingComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
    reopenCount: integer().notNull().default(0),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    // When the letter was last answered on time (答复时未超期); null until answered.
    answeredOnTime: boolean(),
    answerWorkdays: integer(),
    closedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('interaction_letters_receipt_idx').on(t.receiptCode),
    uniqueIndex('interaction_letters_number_idx').on(t.number),
    // The triage queue and the unit's list: by status, newest first.
    index('interaction_letters_status_idx').on(t.status, t.submittedAt),
    index('interaction_letters_unit_idx').on(t.unitId, t.status, t.submittedAt),
    index('interaction_letters_due_idx')
      .on(t.dueAt)
      .where(sql`status in ('received','assigned','drafted','office_review')`),
    index('interaction_letters_owner_idx').on(t.ownerKey),
    index('interaction_letters_published_idx').on(t.publishedAt).where(sql`published`),
    index('interaction_letters_token_idx').on(t.open311Token),
    index('interaction_letters_ip_idx').on(t.ipKey, t.submittedAt),
  ],
);

/** Registered experts (专家咨询) by field. */
export const experts = pgTable('interaction_experts', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  title: text().notNull(),
  // silviculture 造林营林 / pests 林业有害生物 / wildlife 野生动植物 / law 林业法规 / fire 森林防火 / economy 林业经济
  field: text().notNull(),
  accountId: uuid(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});

/** Third-party clients of the Open311 interface (12345 hotline, mobile apps), keys issued by the security admin. */
export const open311Clients = pgTable(
  'interaction_open311_clients',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    contact: text().notNull(),
    // HMAC-SM3 of the key; the key itself is shown once, when issued.
    keyHash: text().notNull(),
    keyPrefix: text().notNull(),
    active: boolean().notNull().default(true),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('interaction_open311_clients_key_idx').on(t.keyHash)],
);
