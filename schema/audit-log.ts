import { index, inet, jsonb, text, uuid } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id } from './util/columns';

// Every privileged action: who, what, when, from where. Append-only and without foreign keys,
// because the trail must outlive the users, tenants and rows it mentions.
export const auditLog = logs.table(
  'audit_log',
  {
    id: id(),
    actorId: uuid(),
    // The role the action was authorised by (platform, organization or affiliate role).
    actorRole: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    organizationId: uuid(),
    ip: inet(),
    userAgent: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_organization_id_created_at_idx').on(t.organizationId, t.createdAt),
    index('audit_log_actor_id_created_at_idx').on(t.actorId, t.createdAt),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
    index('audit_log_created_at_idx').on(t.createdAt),
  ],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
