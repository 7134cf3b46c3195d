import { createFileRoute } from '@tanstack/react-router';
import { WebhooksPanel } from '@/features/webhooks';

export const Route = createFileRoute('/_app/affiliate/webhooks')({ component: AffiliateWebhooksPage });

const AFFILIATE = { affiliate: true } as const;

function AffiliateWebhooksPage() {
  return <WebhooksPanel owner={AFFILIATE} canManage />;
}
