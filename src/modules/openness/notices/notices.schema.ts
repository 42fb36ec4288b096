// Request and reply schemas of public notices' API (/api/openness/notices). The public reads and
// objects through the pages under /openness/notices.
import { Type } from '@sinclair/typebox';

const TypeT = Type.Union([
  Type.Literal('cadre'),
  Type.Literal('title'),
  Type.Literal('project'),
  Type.Literal('other'),
]);

export const NoticeView = Type.Object({
  id: Type.String(),
  type: TypeT,
  typeLabel: Type.String(),
  title: Type.String(),
  body: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  contact: Type.String(),
  state: Type.Union([Type.Literal('upcoming'), Type.Literal('open'), Type.Literal('archived')]),
  stateLabel: Type.String(),
  objections: Type.Integer(),
  updatedAt: Type.String(),
});

export const ObjectionView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  body: Type.String(),
  receivedAt: Type.String(),
});

const NoticeFields = {
  type: Type.String({ maxLength: 20 }),
  title: Type.String({ maxLength: 200 }),
  body: Type.String({ maxLength: 40_000 }),
  startsOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD，公示第一天' }),
  endsOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD，公示最后一天（含）' }),
  contact: Type.String({ maxLength: 600 }),
};

export const NewNoticeBody = Type.Object(NoticeFields, { additionalProperties: false });
export const NoticePatchBody = Type.Partial(Type.Object(NoticeFields), { additionalProperties: false });
