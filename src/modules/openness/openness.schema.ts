// Request schemas and presenters of government openness' API (/api/openness/...). Staff views
// only: the public reads the server-rendered pages (pages/), which use the public presenters of
// the services.
import { type Static, Type } from '@sinclair/typebox';
import { Paging } from '../../platform/http/route.ts';
import { GUIDE_PARTS } from './openness.table.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const text = (maxLength: number) => Type.String({ maxLength });
const Day = Type.String({ maxLength: 10, description: 'YYYY-MM-DD' });
const Audience = Type.Union([Type.Literal('public'), Type.Literal('internal')]);
const ValidityT = Type.Union([Type.Literal('in_force'), Type.Literal('amended'), Type.Literal('repealed')]);

// ---- categories ----

export const CategoryView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  audience: Audience,
  audienceLabel: Type.String(),
  description: Type.String(),
  sort: Type.Integer(),
  entries: Type.Integer(),
});

export const NewCategoryBody = Type.Object(
  {
    code: text(40),
    name: text(60),
    audience: Type.String({ maxLength: 20 }),
    description: Type.Optional(text(400)),
    sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  },
  { additionalProperties: false },
);

export const CategoryPatchBody = Type.Partial(NewCategoryBody, { additionalProperties: false });

// ---- entries ----

const EntryLink = Type.Object({
  id: Type.String(),
  indexNo: Type.String(),
  title: Type.String(),
  validity: ValidityT,
});

const EntryCommon = {
  id: Type.String(),
  indexNo: Type.String(),
  category: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), audience: Audience }),
  title: Type.String(),
  summary: Type.String(),
  madeOn: Type.String(),
  docNumber: Type.String(),
  issuer: Type.String(),
  publishedOn: Type.String(),
  subject: Type.String(),
  genre: Type.String(),
  validity: ValidityT,
  validityLabel: Type.String(),
  articleId: Nullable(Type.String()),
  updatedAt: Type.String(),
};

export const EntryListItemView = Type.Object({ ...EntryCommon, hasSuccessor: Type.Boolean() });

export const EntryView = Type.Object({
  ...EntryCommon,
  body: Type.String(),
  attachments: Type.Array(Type.Object({ fileId: Type.String(), name: Type.String() })),
  successor: Nullable(EntryLink),
  predecessors: Type.Array(EntryLink),
});

export const EntryPageView = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(EntryListItemView),
});

export const EntriesQuery = Type.Object(
  {
    category: Type.Optional(text(40)),
    subject: Type.Optional(text(40)),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
    validity: Type.Optional(ValidityT),
    q: Type.Optional(text(50)),
    ...Paging,
  },
  { additionalProperties: false },
);

const EntryFields = {
  categoryId: text(40),
  title: text(400),
  summary: Type.Optional(text(1000)),
  madeOn: Day,
  docNumber: Type.Optional(text(120)),
  issuer: text(120),
  publishedOn: Type.Optional(Day),
  subject: text(40),
  genre: text(40),
  body: Type.Optional(text(100_000)),
  validity: Type.Optional(ValidityT),
  successorId: Type.Optional(Nullable(text(40))),
};

export const NewEntryBody = Type.Object(
  {
    ...EntryFields,
    replaces: Type.Optional(
      Nullable(
        Type.Object(
          { id: text(40), how: Type.Union([Type.Literal('amended'), Type.Literal('repealed')]) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const EntryPatchBody = Type.Partial(Type.Object(EntryFields), { additionalProperties: false });

export const CatalogueVocabView = Type.Object({
  subjects: Type.Array(Type.String()),
  genres: Type.Array(Type.String()),
  validities: Type.Array(Type.Object({ value: ValidityT, label: Type.String() })),
  years: Type.Array(Type.Integer()),
  indexFormat: Type.String(),
});

// ---- guide ----

const Sections = Type.Object(
  Object.fromEntries(GUIDE_PARTS.map((p) => [p, Type.String()])) as Record<
    (typeof GUIDE_PARTS)[number],
    ReturnType<typeof Type.String>
  >,
);

export const GuideView = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  sections: Sections,
  officeAddress: Type.String(),
  officeHours: Type.String(),
  officePhone: Type.String(),
  note: Type.String(),
  createdByName: Type.String(),
  createdAt: Type.String(),
});

export const GuideReply = Type.Object({
  current: Nullable(GuideView),
  parts: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      note: Type.String(),
      createdByName: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export const GuideBody = Type.Object(
  {
    title: text(120),
    sections: Type.Partial(
      Type.Object(
        Object.fromEntries(GUIDE_PARTS.map((p) => [p, text(20_000)])) as Record<
          (typeof GUIDE_PARTS)[number],
          ReturnType<typeof Type.String>
        >,
        { additionalProperties: false },
      ),
    ),
    officeAddress: text(200),
    officeHours: text(200),
    officePhone: text(60),
    note: Type.Optional(text(400)),
    baseVersion: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const VersionParams = Type.Object(
  { version: Type.Integer({ minimum: 1, maximum: 100000 }) },
  { additionalProperties: false },
);

export type EntriesQueryT = Static<typeof EntriesQuery>;
