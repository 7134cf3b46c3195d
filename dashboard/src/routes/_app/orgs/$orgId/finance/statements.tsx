import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { StatementView } from '@/features/statements';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/statements')({
  validateSearch: z.object({
    month: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))), undefined),
  }),
  component: StatementsPage,
});

function StatementsPage() {
  const { t } = useTranslation('statements');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/statements' });
  const search = useSearch({ from: '/_app/orgs/$orgId/finance/statements' });
  const navigate = useNavigate({ from: '/orgs/$orgId/finance/statements' });
  const month = search.month ?? new Date().toISOString().slice(0, 7);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <StatementView orgId={orgId} month={month} onMonth={(m) => void navigate({ search: { month: m } })} />
    </>
  );
}
