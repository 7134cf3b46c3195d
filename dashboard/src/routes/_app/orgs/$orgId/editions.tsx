import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OrgEditionsPage } from '@/features/editions';

export const Route = createFileRoute('/_app/orgs/$orgId/editions')({
  // The app and status filters live in the URL: "editions waiting for approval" is a link to share. Plain
  // strings here, checked by the page: a route's search schema is part of the route tree the login page loads,
  // and the status list (schema/enums.ts) put it over the login budget.
  validateSearch: z.object({
    app: z.catch(z.optional(z.string()), undefined),
    status: z.catch(z.optional(z.string()), undefined),
  }),
  component: OrgEditionsPage,
});
