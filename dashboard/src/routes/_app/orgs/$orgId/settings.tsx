import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { SettingsPage } from '@/pages/settings-page';
import { auditActionSearch } from '@/lib/audit-action-search';
import { dateRangeSearch } from '@/lib/date-range';

/** The tab and the audit log's filters (an exact action, one actor, the date range) live in the URL. */
export const Route = createFileRoute('/_app/orgs/$orgId/settings')({
  validateSearch: z.object({
    tab: z.catch(z.optional(z.enum(['organization', 'team', 'audit'])), undefined),
    ...dateRangeSearch,
    action: z.catch(z.optional(auditActionSearch), undefined),
    actor: z.catch(z.optional(z.uuid()), undefined),
  }),
  component: SettingsPage,
});
