import { fingerprint } from '../../domain/fingerprint';
import type { ClickMessage } from '../../contracts/click-message';

/**
 * Each click's fingerprint (seed 001), hashed here rather than at the edge so the redirect does no
 * hashing; only the hash is stored. A message queued before the edge stopped hashing carries its
 * hash (or null), which stands.
 */
export function hashFingerprints(clicks: ClickMessage[]): Promise<(string | null)[]> {
  return Promise.all(
    clicks.map((c) =>
      c.fingerprint !== undefined ? c.fingerprint : fingerprint(c.userAgent, c.acceptLanguage ?? null),
    ),
  );
}
