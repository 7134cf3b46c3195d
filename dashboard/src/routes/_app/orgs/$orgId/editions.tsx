import { createFileRoute } from '@tanstack/react-router';
import { EditionStatus } from '@schema/enums';
import * as z from 'zod/mini';
import { OrgEditionsPage } from '@/components/editions/org-editions-page';

export const Route = createFileRoute('/_app/orgs/$orgId/editions')({
  // The app and status filters live in the URL: "editions waiting for approval" is a link to share.
  validateSearch: z.object({
    app: z.catch(z.optional(z.uuid()), undefined),
    status: z.catch(z.optional(z.enum(EditionStatus)), undefined),
  }),
  component: OrgEditionsPage,
});
