import { deliveryRetryDelaySeconds } from './delivery-retry-schedule';

/**
 * Delay before the next postback attempt after failed attempt `attempts` (1-based): the schedule
 * webhooks share (delivery-retry-schedule.ts), so a partner's tracker that is down for a deploy or
 * a night still gets its events.
 */
export const postbackRetryDelaySeconds = (attempts: number, random?: () => number): number =>
  deliveryRetryDelaySeconds(attempts, random);
