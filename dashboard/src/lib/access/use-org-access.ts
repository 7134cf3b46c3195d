import { useRouteContext } from '@tanstack/react-router';
import type { OrgAccess } from './org-access';

/** The user's access in the organization of the current /orgs/$orgId page (see orgAccess). */
export function useOrgAccess(): OrgAccess {
  return useRouteContext({ from: '/_app/orgs/$orgId', select: (context) => context.access });
}
