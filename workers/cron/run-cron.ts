import { openDb } from '../db/client';
import type { Config } from '../env';
import { createLogger } from '../logging';
import { CRON_JOBS } from './jobs';

/**
 * Runs every job of one Cron Trigger with one database pool. A failing job does not stop the
 * others; the run still fails afterwards, so the failure shows in Cron Trigger history.
 */
export async function runCron(controller: ScheduledController, config: Config): Promise<void> {
  const jobs = CRON_JOBS[controller.cron];
  if (!jobs) throw new Error(`No job for cron "${controller.cron}"`);
  const handle = openDb(config);
  const now = new Date(controller.scheduledTime);
  const runLog = createLogger({ level: config.LOG_LEVEL, fields: { cron: controller.cron } });
  const failed: string[] = [];
  try {
    for (const [name, job] of Object.entries(jobs)) {
      const log = runLog.child({ job: name });
      try {
        const result = await job({ db: handle.db, config, now, log });
        log.info('cron_job_done', { result });
      } catch (err) {
        failed.push(name);
        log.error('cron_job_failed', { error: String(err) });
      }
    }
  } finally {
    await handle.close();
  }
  if (failed.length > 0) throw new Error(`Cron "${controller.cron}" failed: ${failed.join(', ')}`);
}
