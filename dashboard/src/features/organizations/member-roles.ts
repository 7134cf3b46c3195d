import type { MemberRole } from './queries/org-team';

export const MEMBER_ROLES = ['owner', 'admin', 'finance'] as const satisfies readonly MemberRole[];
