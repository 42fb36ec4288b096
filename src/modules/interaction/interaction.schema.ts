// Request schemas and presenters of public interaction. The staff presenter never carries the
// writer's identity (only the masked name, and for a report nothing); the public presenter carries
// only the published, redacted question and answer.

import { type Static, Type } from '@sinclair/typebox';
import { can } from '../../platform/access/policy.ts';
import { scopeCovers } from '../../platform/access/scope.ts';
import type { Actor } from '../../platform/context.ts';
import type { TimelineEvent } from '../../platform/timeline/index.ts';
import { CHANNELS, OPEN_STATUSES, RATING_LABELS, STATUS_LABELS } from './channels.ts';
import { seesReports } from './interaction.policy.ts';
import { CHANNEL_CODES, LETTER_STATUSES, RATINGS } from './interaction.table.ts';
import type { LetterListRow, LetterRow } from './letters/letters.repository.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Channel = Type.Union(CHANNEL_CODES.map((c) => Type.Literal(c)));
const Status = Type.Union(LETTER_STATUSES.map((s) => Type.Literal(s)));
const RatingT = Type.Union(RATINGS.map((r) => Type.Literal(r)));

export const LettersQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(Status)),
    channel: Type.Optional(Channel),
    unitId: Type.Optional(Type.String({ format: 'uuid' })),
    q: Type.Optional(Type.String({ maxLength: 60 })),
    overdue: Type.Optional(Type.Boolean()),
    flagged: Type.Optional(Type.Boolean()),
    mine: Type.Optional(Type.Boolean()),
    order: Type.Optional(Type.Union([Type.Literal('due'), Type.Literal('newest')])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const LetterListItem = Type.Object({
  id: Type.String(),
  channel: Channel,
  channelName: Type.String(),
  number: Type.String(),
  subject: Type.String(),
  category: Type.String(),
  writerMask: Type.String({ description: '来信人（已脱敏；网上举报为空）' }),
  status: Status,
  statusLabel: Type.String(),
  unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  complex: Type.Boolean(),
  dueAt: Nullable(Type.String({ format: 'date-time' })),
  overdue: Type.Boolean(),
  flaggedWords: Type.Array(Type.String()),
  source: Type.String(),
  rating: Nullable(RatingT),
  ratingLabel: Nullable(Type.String()),
  reopenCount: Type.Integer(),
  submittedAt: Type.String({ format: 'date-time' }),
  answeredAt: Nullable(Type.String({ format: 'date-time' })),
  published: Type.Boolean(),
});
export type LetterListItemView = Static<typeof LetterListItem>;

export const LettersReply = Type.Object({
  total: Type.Integer(),
  totalExact: Type.Boolean({ description: '超过 1000 条时只说“1000+”' }),
  items: Type.Array(LetterListItem),
  counts: Type.Record(Type.String(), Type.Integer(), {
    description: '各办理中状态的件数与 overdue（已超期）',
  }),
});

export const LETTER_ACTIONS = [
  'accept',
  'reject',
  'forward',
  'merge',
  'transfer',
  'complex',
  'draft',
  'approve',
  'officeApprove',
  'return',
  'reopen',
  'writer',
] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number];

export const LetterDetail = Type.Intersect([
  LetterListItem,
  Type.Object({
    body: Type.String(),
    consentPublish: Type.Boolean(),
    limitWorkdays: Type.Integer(),
    acceptedAt: Nullable(Type.String({ format: 'date-time' })),
    replyDraft: Nullable(Type.String()),
    draftedBy: Nullable(Type.String()),
    returnNote: Nullable(Type.String()),
    replyText: Nullable(Type.String()),
    publishRequested: Type.Boolean(),
    publicQuestion: Nullable(Type.String()),
    publicAnswer: Nullable(Type.String()),
    rejectReason: Nullable(Type.String()),
    forwardedTo: Nullable(Type.String()),
    ratingComment: Nullable(Type.String()),
    answeredOnTime: Nullable(Type.Boolean()),
    answerWorkdays: Nullable(Type.Integer()),
    actions: Type.Array(Type.Union(LETTER_ACTIONS.map((a) => Type.Literal(a))), {
      description: '当前账号此刻可做的操作',
    }),
    timeline: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        at: Type.String({ format: 'date-time' }),
        kind: Type.String(),
        text: Type.String(),
        note: Nullable(Type.String({ description: '来信人也能看到' })),
        staffNote: Nullable(Type.String({ description: '仅工作人员可见' })),
        actorName: Nullable(Type.String()),
        public: Type.Boolean({ description: '来信人在查询页能看到这一步' }),
      }),
      { description: '办理过程（平台时间线），按时间先后' },
    ),
  }),
]);

export const WriterView = Type.Object({ name: Type.String(), phone: Type.String(), email: Type.String() });

const Text = (max: number, description?: string) => Type.String({ maxLength: max, description });

export const AcceptBody = Type.Object(
  { unitId: Type.String({ format: 'uuid' }), note: Type.Optional(Text(200)) },
  { additionalProperties: false },
);
export const TransferBody = Type.Object(
  { unitId: Type.String({ format: 'uuid' }), reason: Text(200) },
  { additionalProperties: false },
);
export const ReasonBody = Type.Object({ reason: Text(300) }, { additionalProperties: false });
export const ForwardBody = Type.Object({ authority: Text(60) }, { additionalProperties: false });
export const MergeBody = Type.Object({ intoNumber: Text(40) }, { additionalProperties: false });
export const NoteBody = Type.Object({ note: Text(300) }, { additionalProperties: false });
export const EmptyBody = Type.Object({}, { additionalProperties: false });
export const DraftBody = Type.Object(
  {
    reply: Text(5000),
    publish: Type.Optional(Type.Boolean()),
    publicQuestion: Type.Optional(Text(3000)),
    publicAnswer: Type.Optional(Text(5000)),
    submit: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const RedactionBody = Type.Object(
  { question: Type.Optional(Text(3000)), answer: Type.Optional(Text(5000)) },
  { additionalProperties: false },
);
const Span = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  kind: Type.String(),
  text: Type.String(),
});
export const RedactionReply = Type.Object({
  question: Type.Object({ spans: Type.Array(Span), redacted: Type.String() }),
  answer: Type.Object({ spans: Type.Array(Span), redacted: Type.String() }),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentListItem(row: LetterListRow, now: Date): LetterListItemView {
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
  return {
    id: row.id,
    channel: row.channel,
    channelName: CHANNELS[row.channel].defaultName,
    number: row.number,
    subject: row.subject,
    category: row.category,
    writerMask: row.channel === 'report' ? '' : row.writerMask,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    unitId: row.unitId,
    unitName: row.unitName,
    complex: row.complex,
    dueAt: iso(row.dueAt),
    overdue: open && Boolean(row.dueAt && row.dueAt.getTime() < now.getTime()),
    flaggedWords: row.flaggedWords,
    source: row.source,
    rating: row.rating,
    ratingLabel: row.rating ? RATING_LABELS[row.rating] : null,
    reopenCount: row.reopenCount,
    submittedAt: row.submittedAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    published: row.published,
  };
}

/** What this actor may do with the letter now; the use cases check again. */
export function actionsFor(actor: Actor, row: LetterRow): LetterAction[] {
  const report = row.channel === 'report';
  const has = (p: string) => (report ? seesReports(actor) : can(actor, p));
  const inUnit = (p: string) =>
    report
      ? seesReports(actor)
      : can(actor, p) &&
        scopeCovers(actor, actor.permissions[p] ?? 'self', { unit: row.unitId, unitPath: row.unitPath });
  const out: LetterAction[] = [];
  const triage = has('letters:triage');
  if (triage && row.status === 'received') out.push('accept', 'reject', 'forward', 'merge');
  if (triage && (row.status === 'assigned' || row.status === 'drafted')) out.push('transfer');
  if (
    triage &&
    !row.complex &&
    (OPEN_STATUSES as readonly string[]).includes(row.status) &&
    row.status !== 'office_review'
  )
    out.push('complex');
  if (row.status === 'assigned' && inUnit('letters:reply')) out.push('draft');
  if (row.status === 'drafted' && inUnit('letters:approve')) out.push('approve', 'return');
  if (row.status === 'office_review' && triage) out.push('officeApprove', 'return');
  if (row.status === 'answered' && triage && row.rating === 'unsatisfied' && row.reopenCount === 0)
    out.push('reopen');
  if (report ? seesReports(actor) : can(actor, 'letters:triage') || inUnit('letters:reply'))
    out.push('writer');
  return out;
}

export function presentDetail(actor: Actor, row: LetterRow, now: Date, timeline: TimelineEvent[]) {
  return {
    ...presentListItem(row, now),
    body: row.body,
    consentPublish: row.consentPublish,
    limitWorkdays: row.limitWorkdays,
    acceptedAt: iso(row.acceptedAt),
    replyDraft: row.replyDraft,
    draftedBy: row.draftedBy,
    returnNote: row.returnNote,
    replyText: row.replyText,
    publishRequested: row.publishRequested,
    publicQuestion: row.publicQuestion,
    publicAnswer: row.publicAnswer,
    rejectReason: row.rejectReason,
    forwardedTo: row.forwardedTo,
    ratingComment: row.ratingComment,
    answeredOnTime: row.answeredOnTime,
    answerWorkdays: row.answerWorkdays,
    actions: actionsFor(actor, row),
    timeline: timeline.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      kind: e.kind,
      text: e.text,
      note: e.note,
      staffNote: e.staffNote,
      actorName: e.actorName,
      public: e.visibility === 'public',
    })),
  };
}

export const StatsQuery = Type.Object({ channel: Type.Optional(Channel) }, { additionalProperties: false });

const Rate = Nullable(Type.Number({ description: '百分比，保留一位小数；无分母时为 null' }));
export const StatsReply = Type.Object({
  channels: Type.Array(Type.Object({ code: Channel, name: Type.String() })),
  months: Type.Array(
    Type.Object({
      month: Type.String({ description: 'YYYY-MM（北京时间）' }),
      received: Type.Integer(),
      answered: Type.Integer(),
      onTime: Type.Integer(),
      onTimeRate: Rate,
      avgWorkdays: Nullable(Type.Number()),
      sumWorkdays: Type.Integer(),
      satisfied: Type.Integer(),
      fair: Type.Integer(),
      unsatisfied: Type.Integer(),
    }),
  ),
  totals: Type.Object({
    received: Type.Integer(),
    answered: Type.Integer(),
    onTimeRate: Rate,
    avgWorkdays: Nullable(Type.Number()),
    rated: Type.Integer(),
    satisfactionRate: Rate,
  }),
  units: Type.Array(
    Type.Object({
      unitId: Type.String(),
      unitName: Type.String(),
      answered: Type.Integer(),
      onTimeRate: Rate,
      avgWorkdays: Nullable(Type.Number()),
      open: Type.Integer(),
      overdue: Type.Integer(),
    }),
  ),
});
