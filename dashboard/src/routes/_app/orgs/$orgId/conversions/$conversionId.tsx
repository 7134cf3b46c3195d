import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConversionExplanation } from '@/features/conversions';
import { ReviewActions } from '@/features/conversions';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { useConversionDetail } from '@/features/conversions';

export const Route = createFileRoute('/_app/orgs/$orgId/conversions/$conversionId')({
  component: ConversionExplanationPage,
});

/** Why one conversion was credited, what every commission line was computed from, and what paid it. */
function ConversionExplanationPage() {
  const { t } = useTranslation('orgconversions');
  const { orgId, conversionId } = useParams({ from: '/_app/orgs/$orgId/conversions/$conversionId' });
  const query = useConversionDetail(orgId, conversionId);
  return (
    <>
      <RouterAnchor
        to="/orgs/$orgId/conversions"
        params={{ orgId }}
        size="sm"
        mb="xs"
        display="inline-block"
        py={{ base: 12, sm: 0 }}
      >
        ← {t('explanation.back')}
      </RouterAnchor>
      <PageHeader
        title={t('explanation.title')}
        description={t('explanation.description')}
        actions={query.data && <ReviewActions orgId={orgId} detail={query.data} />}
      />
      <QueryState query={query} skeleton="detail">
        {(detail) => <ConversionExplanation orgId={orgId} detail={detail} />}
      </QueryState>
    </>
  );
}
