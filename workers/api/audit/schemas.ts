import { z } from '@hono/zod-openapi';
import { AuditAction } from '../../../schema/enums';
import type { AuditListEntry } from '../../services/audit';
import { iso, pageQuery, timestamp } from '../shared/schemas';

export const auditQuery = pageQuery.extend({
  action: z.enum(AuditAction).optional().describe('Exact action, such as program.updated'),
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
    actorName: z.string().nullable().describe("The actor's first and last name; null when unset or not shown here"),
    actorEmail: z
      .string()
      .nullable()
      .describe("The actor's email; null for the system or platform staff in a tenant's trail"),
    actorRole: z.string().nullable(),
    action: z.enum(AuditAction),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z
      .string()
      .nullable()
      .describe("The target's name: a user's email, an organization's, program's, app's or plan's name, a hostname"),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    before: z.unknown().describe('The target before the action (secrets never included)'),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const auditPage = z.object({ items: z.array(auditEntry), nextCursor: z.uuid().nullable() }).openapi('AuditPage');

export const auditView = (row: AuditListEntry): z.infer<typeof auditEntry> => ({
  id: row.id,
  createdAt: iso(row.createdAt),
  actorId: row.actorId,
  actorName: row.actorName,
  actorEmail: row.actorEmail,
  actorRole: row.actorRole,
  action: row.action as AuditAction,
  targetType: row.targetType,
  targetId: row.targetId,
  targetName: row.targetName,
  organizationId: row.organizationId,
  organizationName: row.organizationName,
  ip: row.ip,
  userAgent: row.userAgent,
  requestId: row.requestId,
  before: row.before,
  after: row.after,
});
