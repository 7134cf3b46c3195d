import { createFileRoute, notFound, Outlet } from '@tanstack/react-router';
import { platformAccess } from '@/lib/access/platform-access';

/**
 * The platform console, for platform owners, admins and support (who only read). Anyone else gets the 404 the
 * API answers them on /platform routes.
 */
export const Route = createFileRoute('/_app/platform')({
  beforeLoad: ({ context: { me } }) => {
    const access = platformAccess(me.platformRole);
    if (!access) throw notFound();
    return { platform: access };
  },
  component: Outlet,
});
