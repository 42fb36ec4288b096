// Request schemas and staff views of government information work (/api/info/...).
import { type TSchema, Type } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

import { ADOPTION_LEVELS, DEPTH_CLASSES, ITEM_STATUSES, ITEM_TYPES } from './info.table.ts';

export const ItemsQuery = Type.Object(
  {
    view: Str(10),
    status: Str(100),
    unitId: Str(40),
    type: Str(20),
    depth: Str(20),
    level: Str(20),
    q: Str(80),
    from: Str(10),
    to: Str(10),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const ItemBody = Type.Object(
  {
    title: Type.String({ maxLength: 200 }),
    body: Type.String({ maxLength: 200_000 }),
    type: Type.String({ maxLength: 20 }),
    depth: Type.String({ maxLength: 20 }),
    keywords: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    authorName: Type.String({ maxLength: 80 }),
    contact: Type.Optional(Type.String({ maxLength: 80 })),
    classified: Type.Optional(Type.Boolean()),
    solicitationId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    submit: Type.Optional(Type.Boolean({ description: '保存后立即报送' })),
  },
  { additionalProperties: false },
);

export const AdoptBody = Type.Object(
  {
    level: Type.String({ maxLength: 20, description: '采用级别（系统设置中的级别）' }),
    editedBody: Type.Optional(Nullable(Type.String({ maxLength: 200_000 }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);

export const ReasonBody = Type.Object(
  { reason: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);

const LevelRef = Type.Object({ level: Lit(ADOPTION_LEVELS), label: Type.String() });

export const ItemListItemView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  type: Lit(ITEM_TYPES),
  typeLabel: Type.String(),
  depth: Lit(DEPTH_CLASSES),
  depthLabel: Type.String(),
  status: Lit(ITEM_STATUSES),
  statusLabel: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  authorName: Type.String(),
  submittedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  reportKindLabel: Nullable(Type.String()),
  eventAt: Nullable(Type.String()),
  dueAt: Nullable(Type.String()),
  levels: Type.Array(LevelRef),
  points: Type.Integer(),
});

export const ItemListView = Type.Object({
  items: Type.Array(ItemListItemView),
  total: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
});

export const ItemDetailView = Type.Composite([
  ItemListItemView,
  Type.Object({
    body: Type.String(),
    editedBody: Nullable(Type.String()),
    keywords: Type.Array(Type.String()),
    contact: Type.String(),
    classified: Type.Boolean(),
    reviewNote: Nullable(Type.String()),
    emergencyId: Nullable(Type.String()),
    adoptions: Type.Array(
      Type.Object({
        id: Type.String(),
        level: Lit(ADOPTION_LEVELS),
        label: Type.String(),
        points: Type.Integer(),
        note: Nullable(Type.String()),
        adoptedAt: Type.String(),
      }),
    ),
    pointEntries: Type.Array(
      Type.Object({
        label: Type.String(),
        points: Type.Integer(),
        at: Type.String(),
        authorName: Type.String(),
      }),
    ),
    events: Type.Array(
      Type.Object({
        at: Type.String(),
        kind: Type.String(),
        text: Type.String(),
        note: Nullable(Type.String()),
        actorName: Nullable(Type.String()),
      }),
    ),
    can: Type.Object({
      edit: Type.Boolean(),
      withdraw: Type.Boolean(),
      startReview: Type.Boolean(),
      review: Type.Boolean(),
      adoptLevels: Type.Array(
        Type.Object({ level: Lit(ADOPTION_LEVELS), label: Type.String(), points: Type.Integer() }),
      ),
    }),
  }),
]);

export const SavedItemView = Type.Object({
  id: Type.String(),
  status: Lit(ITEM_STATUSES),
  statusLabel: Type.String(),
});

export const MySummaryView = Type.Object({
  unitName: Type.String(),
  week: Type.Object({
    monday: Type.String(),
    sunday: Type.String(),
    quota: Type.Integer(),
    submitted: Type.Integer(),
  }),
  quarter: Type.Object({
    label: Type.String(),
    submitted: Type.Integer(),
    adopted: Type.Integer(),
    points: Type.Integer(),
  }),
});

export const VocabView = Type.Object({
  types: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  depths: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  statuses: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  levels: Type.Array(Type.Object({ value: Type.String(), label: Type.String(), points: Type.Integer() })),
});

// ---- bulletins (信息专报) ----

export const BulletinsQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const CreateBulletinBody = Type.Object(
  {
    title: Type.String({ maxLength: 200 }),
    itemIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const EditBulletinBody = Type.Object(
  {
    title: Type.String({ maxLength: 200 }),
    items: Type.Array(
      Type.Object(
        {
          itemId: Type.String({ format: 'uuid' }),
          title: Type.Optional(Type.String({ maxLength: 200 })),
          body: Type.Optional(Type.String({ maxLength: 200_000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    reportTo: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 }),
    sendTo: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 }),
  },
  { additionalProperties: false },
);

const BulletinStatus = Type.Union([Type.Literal('draft'), Type.Literal('issued')]);

export const BulletinListView = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Nullable(Type.String()),
      title: Type.String(),
      status: BulletinStatus,
      statusLabel: Type.String(),
      issuedAt: Nullable(Type.String()),
      items: Type.Integer(),
      instructions: Type.Integer(),
    }),
  ),
  total: Type.Integer(),
});

export const BulletinView = Type.Object({
  id: Type.String(),
  number: Nullable(Type.String()),
  title: Type.String(),
  status: BulletinStatus,
  statusLabel: Type.String(),
  issuedAt: Nullable(Type.String()),
  publication: Type.String(),
  office: Type.String(),
  reportTo: Type.Array(Type.String()),
  sendTo: Type.Array(Type.String()),
  items: Type.Array(
    Type.Object({
      itemId: Type.String(),
      position: Type.Integer(),
      title: Type.String(),
      body: Type.String(),
      originalTitle: Type.String(),
      unitName: Type.String(),
      classified: Type.Boolean(),
    }),
  ),
  instructions: Type.Array(
    Type.Object({
      id: Type.String(),
      itemId: Nullable(Type.String()),
      leaderName: Type.String(),
      leaderTitle: Type.String(),
      instructedAt: Type.String(),
      text: Type.String(),
      leaderLevel: Type.String(),
      points: Type.Integer(),
      hasScan: Type.Boolean(),
      supervisionItemId: Nullable(Type.String()),
      supervisionNumber: Nullable(Type.String()),
    }),
  ),
  supervisionListens: Type.Boolean(),
  events: Type.Array(
    Type.Object({ at: Type.String(), text: Type.String(), actorName: Nullable(Type.String()) }),
  ),
});

export const SavedBulletinView = Type.Object({
  id: Type.String(),
  number: Nullable(Type.String()),
  status: BulletinStatus,
});

export const InstructionBody = Type.Object(
  {
    itemId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    leaderName: Type.String({ maxLength: 40 }),
    leaderTitle: Type.Optional(Type.String({ maxLength: 80 })),
    leaderLevel: Type.String({ maxLength: 20, description: 'provincial 省领导 / department 局领导' }),
    instructedAt: Type.String({ maxLength: 40, description: '批示时间（ISO 8601）' }),
    text: Type.String({ maxLength: 10_000 }),
  },
  { additionalProperties: false },
);

export const RecordedInstructionView = Type.Object({
  id: Type.String(),
  points: Type.Integer(),
  supervisionItemId: Nullable(Type.String()),
  supervisionNumber: Nullable(Type.String()),
});
