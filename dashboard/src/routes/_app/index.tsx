import { createFileRoute, redirect } from '@tanstack/react-router';

// "/" has no page of its own: it sends each user to their area.
export const Route = createFileRoute('/_app/')({
  beforeLoad: ({ context: { me } }) => {
    const isAffiliate = me.approvedAffiliate || me.affiliateContexts.length > 0;
    throw redirect({ to: isAffiliate ? '/affiliate' : '/account/profile', replace: true });
  },
});
