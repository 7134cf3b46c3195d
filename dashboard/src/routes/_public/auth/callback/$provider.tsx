import { createFileRoute } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';

// No search schema and the page behind lazy(): every route's definition joins the login page's first load.
const ProviderCallbackPage = lazy(() =>
  import('@/features/access').then((module) => ({ default: module.ProviderCallbackPage })),
);

export const Route = createFileRoute('/_public/auth/callback/$provider')({ component: CallbackRoute });

function CallbackRoute() {
  const { provider } = Route.useParams();
  return (
    <Suspense fallback={null}>
      <ProviderCallbackPage provider={provider} />
    </Suspense>
  );
}
