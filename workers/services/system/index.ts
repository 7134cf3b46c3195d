export type { DeadLetter } from '../../../schema';
export { checkDatabase } from './check-database';
export { dropExpiredClickPartitions } from './drop-expired-click-partitions';
export { ensureClickPartitions } from './ensure-click-partitions';
export { listDeadLetters } from './list-dead-letters';
export { type NewDeadLetter, recordDeadLetters } from './record-dead-letters';
export { replayDeadLetter } from './replay-dead-letter';
export { getQueueHealth, type QueueHealth } from './get-queue-health';
