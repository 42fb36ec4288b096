import { defineConfig } from 'drizzle-kit';

// Every *.table.ts under src/ is part of the schema; migrations are generated SQL, committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.table.ts',
  out: './drizzle',
  casing: 'snake_case',
});
