import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { EditionWizardPage } from '@/components/editions/edition-wizard-page';

export const Route = createFileRoute('/_app/affiliate/$orgId/editions/new')({
  // `edition` opens the wizard on an edition the affiliate already has (edit a draft, fix a rejected one).
  validateSearch: z.object({ edition: z.catch(z.optional(z.uuid()), undefined) }),
  component: EditionWizardPage,
});
