import { openDb } from '../db/client';
import type { Config } from '../env';
import { ensureClickPartitions } from '../services/system/ensure-click-partitions';

export async function maintainClickPartitions(controller: ScheduledController, config: Config): Promise<void> {
  const handle = openDb(config);
  try {
    await ensureClickPartitions({ ctx: { db: handle.db, config, now: new Date(controller.scheduledTime) }, input: { monthsAhead: 3 } });
  } finally {
    await handle.close();
  }
}
