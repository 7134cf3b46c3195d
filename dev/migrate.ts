import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/neon-serverless/migrator';
import { nodeDb, nodePool } from './neon-node';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies pending migrations through the Neon driver: the same path for local Postgres and Neon. */
export async function migrateDatabase(databaseUrl: string, proxy?: string): Promise<void> {
  const pool = nodePool(databaseUrl, proxy);
  try {
    await migrate(nodeDb(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await pool.end();
  }
}

// `npm run db:migrate` against DATABASE_URL (Neon in production; NEON_WS_PROXY only locally).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set');
    process.exit(1);
  }
  await migrateDatabase(url, process.env.NEON_WS_PROXY);
  console.log('migrations applied');
}
