import type { ClickMessage } from '../../contracts/click-message';
import { BoundedMemo } from '../../domain/bounded-memo';
import { fingerprint } from '../../domain/fingerprint';

// The consumer's isolate hashes the same few user agents batch after batch.
const fingerprints = new BoundedMemo<string, string>(5_000);

/**
 * Each click's device fingerprint, hashed here rather than at the edge so the redirect does no
 * hashing; only the hash is stored. A message queued before the edge stopped hashing carries its
 * hash (or null), which stands.
 */
export function hashFingerprints(clicks: ClickMessage[]): Promise<(string | null)[]> {
  return Promise.all(
    clicks.map((c) =>
      c.fingerprint !== undefined ? c.fingerprint : fingerprint(c.userAgent, c.acceptLanguage ?? null, fingerprints),
    ),
  );
}
