import { index, inet, jsonb, text, uuid } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id } from './util/columns';

/**
 * Every privileged action: who, what, when, from where. Append-only and without foreign keys,
 * because the trail must outlive the users, tenants and rows it mentions.
 */
export const auditLog = logs.table(
  'audit_log',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The user who acted; NULL for the system (cron, queue consumers). */
    actorId: uuid(),
    /** The role the action was authorised by (platform, organization or affiliate role). */
    actorRole: text(),
    /** What was done, e.g. `user.paypal_email_verified`. */
    action: text().notNull(),
    /** Kind of the row acted on, e.g. `user` or `payout_batch`. */
    targetType: text(),
    /** Id of the row acted on. */
    targetId: text(),
    /** The advertiser concerned, if any. */
    organizationId: uuid(),
    /** Client IP of the request. */
    ip: inet(),
    /** User agent of the request. */
    userAgent: text(),
    /** The changed fields before the action. */
    before: jsonb(),
    /** The changed fields after the action. */
    after: jsonb(),
    /** Id of the request, to join with the logs. */
    requestId: text(),
    /** When the action happened. */
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
