import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReviewQueue } from '@/features/conversions';
import { WaitingRefunds } from '@/features/conversions';
import { PageHeader } from '@/ui/page-header';

export const Route = createFileRoute('/_app/orgs/$orgId/conversions/review')({
  component: ReviewQueuePage,
});

/** Conversions held back by a fraud signal, waiting for the advertiser's decision; above them, Stripe refunds waiting for their sale. */
function ReviewQueuePage() {
  const { t } = useTranslation('orgconversions');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/conversions/review' });
  return (
    <>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      <WaitingRefunds orgId={orgId} />
      <ReviewQueue orgId={orgId} />
    </>
  );
}
