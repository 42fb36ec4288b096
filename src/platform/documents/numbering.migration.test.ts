// The migrations that move the old counters into number_serials keep every number taken: a
// counter continues from the larger of its old value and the highest serial already printed.
// The old table is recreated as it was and filled, then the migration's own SQL is run.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { fromRoot } from '../../paths.ts';
import type { Database } from '../db/client.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** The statements of a committed migration, as migrate runs them. */
const statements = (file: string) =>
  fs
    .readFileSync(fromRoot('drizzle', file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim());

const counters = async () =>
  database.query<{ series: string; year: number; last_value: number }>(
    'select series, year, last_value from number_serials order by series collate "C", year',
  );

describe('0017: harvest certificate serials into number_serials', () => {
  it('carries each year over, raised to the highest serial a permit carries', async () => {
    await database.query(`create table harvest_certificate_serials (
      scheme text not null default 'LIC-01', year integer not null, last_serial integer not null,
      primary key (scheme, year))`);
    await database.query(
      `insert into harvest_certificate_serials values ('LIC-01', 2025, 41), ('LIC-01', 2026, 7)`,
    );
    // 2026 has a permit numbered 9 (a counter behind its permits must not hand out 8 or 9 again);
    // 2024 has permits but no counter row.
    const permit = (caseId: string, year: number, serial: number) =>
      database.query(
        `insert into harvest_permits (case_id, receipt_code, holder_kind, holder_name, county_code, city_code,
           township, village, compartment, sub_compartment, place_name, forest_category, harvest_type, species,
           area_mu, stock_volume, period_from, period_to, form, approved_at, year, serial)
         values ($1, $1, 'org', '测试林场', '410122', '410100', '官渡镇', '大孟村', '012', '03', '杨树岗',
           'commercial', 'main', '杨树', 30, 90, '2026-03-10', '2026-12-31', '{}', now(), $2, $3)`,
        [caseId, year, serial],
      );
    await permit('C-2026-9', 2026, 9);
    await permit('C-2024-3', 2024, 3);
    await permit('C-2025-40', 2025, 40);
    const [copy, drop] = statements('0017_harvest-serials-into-number-serials.sql');
    await database.query(copy);
    await database.query(drop);
    expect(await counters()).toEqual([
      { series: 'harvest.certificate', year: 2024, last_value: 3 },
      { series: 'harvest.certificate', year: 2025, last_value: 41 },
      { series: 'harvest.certificate', year: 2026, last_value: 9 },
    ]);
    const [{ exists }] = await database.query<{ exists: boolean }>(
      `select to_regclass('harvest_certificate_serials') is not null as exists`,
    );
    expect(exists).toBe(false);
  });
});

describe('0018: service counters into number_serials', () => {
  it('carries doc: counters over as services.doc:, raised to the highest number a document carries', async () => {
    await database.query('delete from number_serials');
    await database.query(`create table service_counters (
      series text not null, year integer not null, value integer not null, primary key (series, year))`);
    await database.query(
      `insert into service_counters values ('doc:受', 2026, 5), ('doc:准', 2026, 2), ('doc:受', 2025, 300)`,
    );
    // Documents without their case rows: this throwaway database drops the documents' foreign
    // keys (the application role owns its tables; session_replication_role needs a superuser).
    await database.transaction(async (db) => {
      await db.execute(sql`do $$ declare c record; begin
        for c in select conname from pg_constraint
          where conrelid = 'service_documents'::regclass and contype = 'f' loop
          execute format('alter table service_documents drop constraint %I', c.conname);
        end loop; end $$`);
      const doc = (kind: string, number: string) =>
        db.execute(sql`insert into service_documents (case_id, kind, number, title, body, issued_at)
          values (gen_random_uuid(), ${kind}, ${number}, '文书', '正文', now())`);
      await doc('acceptance_notice', '豫林许受〔2026〕00004号'); // behind the counter (5): 5 stays
      await doc('approval_decision', '豫林许准〔2026〕00007号'); // ahead of the counter (2): 7
      await doc('refusal_decision', '豫林许不准〔2026〕00003号'); // no counter row: 3
    });
    const [copy, drop] = statements('0018_service-counters-into-number-serials.sql');
    await database.query(copy);
    await database.query(drop);
    expect(await counters()).toEqual([
      { series: 'services.doc:不准', year: 2026, last_value: 3 },
      { series: 'services.doc:准', year: 2026, last_value: 7 },
      { series: 'services.doc:受', year: 2025, last_value: 300 },
      { series: 'services.doc:受', year: 2026, last_value: 5 },
    ]);
    const [{ exists }] = await database.query<{ exists: boolean }>(
      `select to_regclass('service_counters') is not null as exists`,
    );
    expect(exists).toBe(false);
  });
});
