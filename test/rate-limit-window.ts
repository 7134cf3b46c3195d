/**
 * The local rate-limit bindings (Miniflare's, like Cloudflare's "simple" limiter) count in fixed
 * windows of the wall-clock minute. A test that spends a budget and expects the next request to be
 * refused must do it within one window: a burst that straddles the minute starts over at zero and
 * fails by chance (about one run in twenty-five for a 2-second burst). Start such a burst early in a
 * window: past 45 s into the minute, wait for the next one (a burst under load takes 2–3 s; 15 s is
 * the margin).
 */
export async function freshRateLimitWindow(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}
