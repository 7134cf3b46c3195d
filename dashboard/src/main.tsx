import '@mantine/core/styles.css';
import '@/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from '@/lib/api/api-error';
import { i18n, i18nReady } from '@/lib/i18n/i18n';
import { adoptPortal, applyPortalToDocument, loadPortal } from '@/lib/portal/portal';
import { session } from '@/lib/session/session';
import { startSessionBoot } from '@/lib/session/session-boot';
import { brandTheme, cssVariablesResolver } from '@/lib/theme';
import { routeTree } from '@/routeTree.gen';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again; network errors and 5xx get one more try.
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && (error.status ?? 500) < 500),
    },
  },
});

const router = createRouter({
  routeTree,
  context: { queryClient, session },
  defaultPreload: 'intent',
  // TanStack Query caches; the router need not keep its own stale copy of loader data.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// A 401 whose silent refresh failed too: the session ended (logout elsewhere, expiry). Sign in and come back.
session.onLost(() => {
  queryClient.clear();
  const { href, pathname } = router.state.location;
  if (pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: href } });
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// The common namespace is in place before the first paint, so no page flashes untranslated keys.
// The brand of this host too: on an advertiser's portal the first paint already wears it.
// Awaited in a promise chain, not at the module's top level: a top-level await turns off the bundler's chunk
// merging, which left the first page load fetching 65 separate chunks (most under 1 KB) where it now fetches 34.
// Signed in (the refresh cookie answers first, as every page asks it anyway), the session's boot answer carries
// the brand with the profile, context and counts the frame needs: one request instead of five. Signed out: the brand alone.
const brandLoaded = session
  .restore()
  .then((signedIn) => (signedIn ? startSessionBoot(window.location.pathname) : null))
  .then((boot) => (boot ? adoptPortal(boot.portal) : loadPortal()));
void Promise.all([i18nReady, brandLoaded]).then(([, brand]) => {
  applyPortalToDocument(i18n.t('app.name'));
  createRoot(rootElement).render(
    <StrictMode>
      <MantineProvider
        theme={brandTheme(brand.primaryColor)}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
