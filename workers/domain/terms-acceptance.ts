/**
 * Whether an application accepted the program's terms: nothing to accept when the program has none;
 * otherwise exactly the current version, so nobody joins on terms that changed after they read them.
 */
export function termsAcceptanceIssue(
  currentVersion: number | null,
  acceptedVersion: number | undefined,
): 'not_accepted' | 'outdated' | null {
  if (currentVersion === null) return null;
  if (acceptedVersion === undefined) return 'not_accepted';
  return acceptedVersion === currentVersion ? null : 'outdated';
}
