import { listOrgAuditLogRoute } from './list-org-audit-log';
import { listPlatformAuditLogRoute } from './list-platform-audit-log';
import { mountRoutes } from '../mount-routes';

/** The audit trail, for an organization's owners and admins and for platform staff. */
export const auditRoutes = mountRoutes([listOrgAuditLogRoute, listPlatformAuditLogRoute]);
