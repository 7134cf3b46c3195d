import { createFileRoute, redirect } from '@tanstack/react-router';
import { HomePage } from '@/features/affiliate-home';

// The affiliate's home across every advertiser; an account the platform has not approved sees where its
// review stands instead.
export const Route = createFileRoute('/_app/affiliate/')({
  beforeLoad: ({ context: { me } }) => {
    if (me.affiliateContexts.length === 0 && me.affiliateReview && me.affiliateReview.status !== 'approved')
      throw redirect({ to: '/affiliate/welcome', replace: true });
  },
  component: () => <HomePage />,
});
