/** The host of a landing URL: what an affiliate may know of where its traffic was sent. */
export function landingHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
