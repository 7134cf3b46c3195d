import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditLog, type AuditLogEntry, organizations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

export interface AuditFilters {
  action?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `tenant`: the current organization's trail only. `platform`: every tenant's, for platform staff. */
export type AuditScope = { scope: 'tenant' } | { scope: 'platform'; organizationId?: string | undefined };

/** An entry with the names a person reads instead of ids; null where the row is gone or hidden. */
export interface AuditListEntry extends AuditLogEntry {
  actorName: string | null;
  actorEmail: string | null;
  organizationName: string | null;
  /** The target's name (a user's email, a program's or an organization's name, a domain's hostname). */
  targetName: string | null;
}

const PLATFORM_STAFF = new Set(['platform_owner', 'platform_admin', 'support']);
/** Roles an organization's own trail names its actor for; platform staff stay "platform staff" there. */
const NAMED_IN_TENANT = new Set(['owner', 'admin', 'finance', 'affiliate']);

const actor = alias(users, 'actor');

// The target's name by its type, for the kinds a person can recognise by name; ids otherwise.
const targetName = sql<string | null>`CASE ${auditLog.targetType}
  WHEN 'user' THEN (SELECT u.email FROM affiliate.users u WHERE u.id::text = ${auditLog.targetId})
  WHEN 'organization' THEN (SELECT o.name FROM affiliate.organizations o WHERE o.id::text = ${auditLog.targetId})
  WHEN 'program' THEN (SELECT p.name FROM affiliate.programs p WHERE p.id::text = ${auditLog.targetId})
  WHEN 'app' THEN (SELECT a.name FROM affiliate.apps a WHERE a.id::text = ${auditLog.targetId})
  WHEN 'plan' THEN (SELECT p.name FROM affiliate.plans p WHERE p.id::text = ${auditLog.targetId})
  WHEN 'custom_domain' THEN (SELECT d.hostname FROM affiliate.custom_domains d WHERE d.id::text = ${auditLog.targetId})
  END`;

/** The audit trail newest first, with actor, organization and target names; one row beyond `limit` marks a next page. */
export async function listAuditEntries({
  ctx,
  input,
}: ServiceCall<AuditFilters & AuditScope>): Promise<AuditListEntry[]> {
  let organizationId: string | undefined;
  if (input.scope === 'tenant') organizationId = actingAdvertiser(ctx).organizationId;
  else if (!PLATFORM_STAFF.has(ctx.actor?.platformRole ?? 'none')) throw new NotFoundError('audit log');
  else organizationId = input.organizationId;
  const rows = await ctx.db
    .select({
      entry: auditLog,
      actorName: sql<string | null>`nullif(trim(concat_ws(' ', ${actor.firstName}, ${actor.lastName})), '')`,
      actorEmail: actor.email,
      organizationName: organizations.name,
      targetName,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(organizations, eq(organizations.id, auditLog.organizationId))
    .where(
      and(
        organizationId ? eq(auditLog.organizationId, organizationId) : undefined,
        input.action ? eq(auditLog.action, input.action) : undefined,
        input.actorId ? eq(auditLog.actorId, input.actorId) : undefined,
        input.from ? gte(auditLog.createdAt, new Date(input.from)) : undefined,
        input.to ? lte(auditLog.createdAt, new Date(input.to)) : undefined,
        input.cursor ? lt(auditLog.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  return rows.map(({ entry, ...names }) => {
    const named = input.scope === 'platform' || NAMED_IN_TENANT.has(entry.actorRole ?? '');
    return {
      ...entry,
      ...names,
      actorName: named ? names.actorName : null,
      actorEmail: named ? names.actorEmail : null,
    };
  });
}
