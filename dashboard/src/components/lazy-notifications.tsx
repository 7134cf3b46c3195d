import { lazy, Suspense } from 'react';

// The toast container (transitions, portal, close buttons) is not needed for the first paint; loading it
// after keeps it out of the login page's budget. Toasts shown before it arrives wait in Mantine's store.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

export function LazyNotifications() {
  return (
    <Suspense fallback={null}>
      <Notifications />
    </Suspense>
  );
}
