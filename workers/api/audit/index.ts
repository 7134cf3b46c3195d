import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { listOrgAuditLogRoute } from './list-org-audit-log';
import { listPlatformAuditLogRoute } from './list-platform-audit-log';

/** The audit trail, for an organization's owners and admins and for platform staff. */
export const auditRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listOrgAuditLogRoute)
  .route('/', listPlatformAuditLogRoute);
