import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

// Gap-free serial numbers (文号、证号、期号): one row per series and year, the last number taken.
// The row is incremented inside the caller's transaction and stays locked until it ends, so a
// rolled-back caller gives its number back and two callers never share one.
export const numberSerials = pgTable(
  'number_serials',
  {
    series: text().notNull(),
    year: integer().notNull(),
    lastValue: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.year] })],
);
