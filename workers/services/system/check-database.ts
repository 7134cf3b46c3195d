import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

export interface DatabaseHealth {
  reachable: boolean;
  latencyMs: number | null;
}

/** A round trip to Postgres, bounded so a hung connection cannot hang the health check. */
export async function checkDatabase({ ctx, input }: ServiceCall<{ timeoutMs: number }>): Promise<DatabaseHealth> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database health check timed out')), input.timeoutMs);
  });
  try {
    await Promise.race([ctx.db.execute(sql`select 1`), timeout]);
    return { reachable: true, latencyMs: Date.now() - started };
  } catch {
    return { reachable: false, latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}
