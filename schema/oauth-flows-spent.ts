import { index, text } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, timestamptz } from './util/columns';

/**
 * The Google/GitHub sign-in flows whose callback ran: the state (and with it the nonce and PKCE
 * verifier sealed in the same cookie) is spent once on the server, so a captured flow cookie cannot
 * be replayed with a fresh authorization code while it is still unexpired. Only a hash of the state
 * is kept; rows past their flow's expiry are pruned by the next callback.
 */
export const oauthFlowsSpent = logs.table(
  'oauth_flows_spent',
  {
    /** SHA-256 (hex) of the flow's state. */
    stateHash: text().primaryKey(),
    /** When the flow cookie would have expired: after this the row has nothing left to guard. */
    expiresAt: timestamptz().notNull(),
    /** When the callback spent it. */
    createdAt: createdAt(),
  },
  (t) => [index('oauth_flows_spent_expires_at_idx').on(t.expiresAt)],
);
