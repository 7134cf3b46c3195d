import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExplanationSteps } from '@/features/conversions';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { useMyConversionExplanation } from '@/features/conversions';

export const Route = createFileRoute('/_app/affiliate/$orgId/conversions/$conversionId')({
  component: ConversionExplanationPage,
});

/** Where every cent of one conversion came from and where it went, for the affiliate who earned it. */
// Hooks take the route id instead of `Route.use…`: a split component importing this module would move it out of
// the entry into a chunk of its own, which the login page would then load too.
function ConversionExplanationPage() {
  const { t } = useTranslation('earnings');
  const { orgId, conversionId } = useParams({ from: '/_app/affiliate/$orgId/conversions/$conversionId' });
  const query = useMyConversionExplanation(orgId, conversionId);
  return (
    <>
      <RouterAnchor
        to="/affiliate/$orgId/conversions"
        params={{ orgId }}
        size="sm"
        mb="xs"
        display="inline-block"
        py={{ base: 12, sm: 0 }}
      >
        {t('explanation.back')}
      </RouterAnchor>
      <PageHeader title={t('explanation.title')} description={t('explanation.description')} />
      <QueryState query={query} skeleton="detail">
        {(explanation) => <ExplanationSteps explanation={explanation} />}
      </QueryState>
    </>
  );
}
