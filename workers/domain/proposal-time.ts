/** The daily payout proposal's Cron Trigger (wrangler.toml, cron/jobs.ts): 04:30 UTC. */
export const PAYOUT_PROPOSAL_CRON = '30 4 * * *';
const PROPOSAL_UTC_MINUTES = 4 * 60 + 30;
const DAY_MS = 86_400_000;

/** The first proposal run after `now`. */
export function nextProposalAt(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const today = midnight + PROPOSAL_UTC_MINUTES * 60_000;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}
