import type { Config } from '../env';
import { createLogger, type Logger } from '../logging';

/** A consumer's logger: every line names the queue; per-message work adds `child({ messageId })`. */
export function queueLogger(batch: MessageBatch<unknown>, config: Config): Logger {
  return createLogger({ level: config.LOG_LEVEL, fields: { queue: batch.queue } });
}
