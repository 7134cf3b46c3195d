import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { listOrgAuditLog } from './list-org-audit-log';
import { listPlatformAuditLog } from './list-platform-audit-log';

/** The audit trail, for an organization's owners and admins and for platform staff. */
export const auditRoutes = new OpenAPIHono<AppEnv>().route('/', listOrgAuditLog).route('/', listPlatformAuditLog);
