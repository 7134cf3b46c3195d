import { z } from '@hono/zod-openapi';
import type { AuditLogEntry } from '../../services/audit';
import { iso, pageQuery, timestamp } from '../shared/schemas';

export const auditQuery = pageQuery.extend({
  action: z.string().max(100).optional().describe('Exact action, such as program.update'),
  actorId: z.uuid().optional(),
  from: z.iso.datetime().optional().describe('Inclusive, ISO 8601'),
  to: z.iso.datetime().optional().describe('Inclusive, ISO 8601'),
});

export const platformAuditQuery = auditQuery.extend({
  organizationId: z.uuid().optional().describe('Only this tenant'),
});

export const auditEntry = z
  .object({
    id: z.uuid(),
    createdAt: timestamp,
    actorId: z.uuid().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    before: z.unknown().describe('The target before the action (secrets never included)'),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const auditPage = z.object({ items: z.array(auditEntry), nextCursor: z.uuid().nullable() }).openapi('AuditPage');

export const auditView = (row: AuditLogEntry): z.infer<typeof auditEntry> => ({
  id: row.id,
  createdAt: iso(row.createdAt),
  actorId: row.actorId,
  actorRole: row.actorRole,
  action: row.action,
  targetType: row.targetType,
  targetId: row.targetId,
  organizationId: row.organizationId,
  ip: row.ip,
  userAgent: row.userAgent,
  requestId: row.requestId,
  before: row.before,
  after: row.after,
});
