import { createFileRoute, redirect } from '@tanstack/react-router';

// An advertiser's context opens on its programs: the page every other one (links, stats) starts from.
export const Route = createFileRoute('/_app/affiliate/$orgId/')({
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/affiliate/$orgId/programs', params, replace: true });
  },
});
