import { createFileRoute } from '@tanstack/react-router';
import { ProviderCallbackPage } from '@/features/access';

// No search schema: every route's definition joins the login page's first load. The component (and the page
// it imports) is split into its own chunk by the router plugin's autoCodeSplitting.
export const Route = createFileRoute('/_public/auth/callback/$provider')({ component: CallbackRoute });

function CallbackRoute() {
  const { provider } = Route.useParams();
  return <ProviderCallbackPage provider={provider} />;
}
