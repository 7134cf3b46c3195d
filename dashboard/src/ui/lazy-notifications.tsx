import { lazy, Suspense } from 'react';

// The toast container (transitions, portal, close buttons, its CSS) is mounted by the signed-in shell only:
// no signed-out page shows a toast, so the login page never downloads it. Toasts shown before it arrives
// wait in Mantine's store.
const Notifications = lazy(() => import('./notifications-container').then((m) => ({ default: m.Notifications })));

export function LazyNotifications() {
  return (
    <Suspense fallback={null}>
      <Notifications />
    </Suspense>
  );
}
