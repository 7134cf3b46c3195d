/**
 * Delay before the next postback attempt after failed attempt `attempts` (1-based): 10 s, 20 s,
 * 40 s, 80 s, 160 s. Partners' trackers are often briefly down for deploys; five doublings span
 * about five minutes before the runtime gives up and dead-letters the message.
 */
export function postbackRetryDelaySeconds(attempts: number): number {
  return Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));
}
