import type { AuditAction } from '@schema/enums';
import type { DateRangeSearch } from '@/lib/date-range';

export const SETTINGS_FROM = '/_app/orgs/$orgId/settings' as const;

/** The settings route's search (kept as a type here: importing the route module would pull it into this chunk). */
export type SettingsSearch = DateRangeSearch & {
  tab?: 'organization' | 'team' | 'audit';
  action?: AuditAction;
  actor?: string;
};
