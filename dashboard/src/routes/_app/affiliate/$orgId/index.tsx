import { createFileRoute, useParams } from '@tanstack/react-router';
import { HomePage } from '@/features/affiliate-home';

// An advertiser's context opens on the affiliate's home with that advertiser; My programs is its own page.
export const Route = createFileRoute('/_app/affiliate/$orgId/')({
  component: AdvertiserHome,
});

function AdvertiserHome() {
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/' });
  return <HomePage orgId={orgId} />;
}
