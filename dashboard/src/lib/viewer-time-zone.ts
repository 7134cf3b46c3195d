/**
 * The viewer's IANA time zone, in which the CSV exports write their times (ISO 8601 with the offset), so a
 * file reads as the page does. Unlike a stats report (hourly rollups), an export takes any zone.
 */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
