import { useQuery } from '@tanstack/react-query';
import { createFileRoute, Navigate, redirect } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReviewStatusView } from '@/features/enrollments';
import { PageHeader } from '@/ui/page-header';
import { meQueryOptions, useMe } from '@/features/accounts';

// The home of an affiliate account the platform has not approved; once approved, the normal home takes over.
export const Route = createFileRoute('/_app/affiliate/welcome')({
  beforeLoad: ({ context: { me } }) => {
    if (!me.affiliateReview || me.affiliateReview.status === 'approved') throw redirect({ to: '/', replace: true });
  },
  component: WelcomePage,
});

// While the page is open the profile is asked again now and then (and on focus), so an approval moves the
// affiliate on to the normal home without a reload.
const REFRESH_MS = 60_000;

function WelcomePage() {
  const { t } = useTranslation('affiliate');
  useQuery({ ...meQueryOptions, refetchInterval: REFRESH_MS, refetchOnWindowFocus: true });
  const me = useMe();
  const review = me.affiliateReview;
  if (!review || review.status === 'approved') return <Navigate to="/affiliate" replace />;
  return (
    <>
      <PageHeader title={t('review.title')} />
      <ReviewStatusView me={me} review={review} />
    </>
  );
}
