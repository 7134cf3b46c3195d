import { useRouteContext } from '@tanstack/react-router';
import type { PlatformAccess } from './platform-access';

/** The user's access on the current /platform page (see platformAccess). */
export function usePlatformAccess(): PlatformAccess {
  return useRouteContext({ from: '/_app/platform', select: (context) => context.platform });
}
