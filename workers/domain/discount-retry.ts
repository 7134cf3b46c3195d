/** Seconds before a failed Stripe sync is tried again: 1, 2, 4 … minutes, at most an hour. */
export const retryDelaySeconds = (attempts: number): number => Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));
