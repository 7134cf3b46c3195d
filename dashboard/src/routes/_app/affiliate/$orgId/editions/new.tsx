import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { EditionWizardPage } from '@/features/editions';

export const Route = createFileRoute('/_app/affiliate/$orgId/editions/new')({
  // `edition` opens the wizard on an edition the affiliate already has (edit a draft, fix a rejected one); a
  // plain string here, checked as an id by the page (a search schema is part of the login page's route tree).
  validateSearch: z.object({ edition: z.catch(z.optional(z.string()), undefined) }),
  component: EditionWizardPage,
});
