/** Send attempts of one email or Telegram message before it is marked failed. */
export const MAX_DELIVERY_ATTEMPTS = 6;

/**
 * When the next attempt is due after `attempts` failed ones: 1, 2, 4, 8, 16 minutes (capped at
 * an hour), so a provider outage of about half an hour is ridden out; null once attempts are used up.
 */
export function nextDeliveryAttempt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + minutes * 60_000);
}
