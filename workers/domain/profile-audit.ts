/**
 * Which profile fields an own-account change is audited for. The audit log records what another
 * person may later need to answer for: where payouts and postbacks go, which chat gets
 * notifications, the name shown to others. A person's own preferences (the language, which
 * events reach which channel) change nothing anyone else relies on, so they stay out of it;
 * password, 2FA and email changes have their own audited actions.
 */
const UNAUDITED = new Set(['locale', 'notificationSettings']);

export function isAuditedProfileField(field: string): boolean {
  return !UNAUDITED.has(field);
}

/** The part of `values` (before or after) that the audit entry carries; empty: no entry at all. */
export function auditedProfileValues(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([field]) => isAuditedProfileField(field)));
}
