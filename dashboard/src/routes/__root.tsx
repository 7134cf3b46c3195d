import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { ErrorPage } from '@/ui/error-page';
import { NotFoundPage } from '@/ui/not-found-page';
import type { RouterContext } from '@/lib/router-context';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});
