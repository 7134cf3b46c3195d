import type { Pool, PoolClient } from '@neondatabase/serverless';
import { nodeDb } from '../../dev/neon-node';
import type { NodeDb } from '../node-database';

/** Runs `use` on one connection of the pool (a db over it, and the client), so every call lands where a statement was prepared. */
export async function onOneConnection<T>(db: NodeDb, use: (one: NodeDb, client: PoolClient) => Promise<T>): Promise<T> {
  const client = await (db.$client as Pool).connect();
  try {
    return await use(nodeDb(client as unknown as Pool), client);
  } finally {
    client.release();
  }
}

/** The connection's prepared statements named `prefix_…`, each with how many times it ran, most first. */
export async function preparedRuns(client: PoolClient, prefix: string): Promise<{ name: string; runs: number }[]> {
  const { rows } = await client.query(
    `SELECT name, generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE name LIKE $1 ORDER BY runs DESC`,
    [`${prefix}\\_%`],
  );
  return (rows as { name: string; runs: string }[]).map((r) => ({ name: r.name, runs: Number(r.runs) }));
}
