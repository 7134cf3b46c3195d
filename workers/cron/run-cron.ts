import { openDb } from '../db/client';
import type { Config } from '../env';
import { CRON_JOBS } from './jobs';

/**
 * Runs every job of one Cron Trigger with one database pool. A failing job does not stop the
 * others; the run still fails afterwards, so the failure shows in Cron Trigger history.
 */
export async function runCron(controller: ScheduledController, config: Config): Promise<void> {
  const jobs = CRON_JOBS[controller.cron];
  if (!jobs) throw new Error(`No job for cron "${controller.cron}"`);
  const handle = openDb(config);
  const ctx = { db: handle.db, config, now: new Date(controller.scheduledTime) };
  const failed: string[] = [];
  try {
    for (const [name, job] of Object.entries(jobs)) {
      try {
        const result = await job(ctx);
        console.log(
          JSON.stringify({ level: 'info', event: 'cron_job_done', cron: controller.cron, job: name, result }),
        );
      } catch (err) {
        failed.push(name);
        console.error(
          JSON.stringify({
            level: 'error',
            event: 'cron_job_failed',
            cron: controller.cron,
            job: name,
            error: String(err),
          }),
        );
      }
    }
  } finally {
    await handle.close();
  }
  if (failed.length > 0) throw new Error(`Cron "${controller.cron}" failed: ${failed.join(', ')}`);
}
