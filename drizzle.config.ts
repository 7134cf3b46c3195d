import { defineConfig } from 'drizzle-kit';

// Only `generate` is used (no live database needed); migrations are applied by dev/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './schema/index.ts',
  out: './migrations',
  schemaFilter: ['affiliate', 'logs'],
  casing: 'snake_case',
});
