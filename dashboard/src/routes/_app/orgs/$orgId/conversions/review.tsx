import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReviewQueue } from '../../../../../components/org-conversions/review-queue';
import { PageHeader } from '../../../../../components/page-header';

export const Route = createFileRoute('/_app/orgs/$orgId/conversions/review')({
  component: ReviewQueuePage,
});

/** Conversions held back by a fraud signal, waiting for the advertiser's decision. */
function ReviewQueuePage() {
  const { t } = useTranslation('orgconversions');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/conversions/review' });
  return (
    <>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      <ReviewQueue orgId={orgId} />
    </>
  );
}
