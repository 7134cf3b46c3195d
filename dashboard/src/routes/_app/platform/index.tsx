import { createFileRoute, redirect } from '@tanstack/react-router';

/** The console opens on its first page, the users. */
export const Route = createFileRoute('/_app/platform/')({
  beforeLoad: () => {
    throw redirect({ to: '/platform/users', replace: true });
  },
});
