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

// The target's name by its type, for the kinds a person can recognise by name; ids otherwise (and when the row is gone).
const targetName = sql<string | null>`CASE ${auditLog.targetType}
  WHEN 'user' THEN (SELECT u.email FROM affiliate.users u WHERE u.id::text = ${auditLog.targetId})
  WHEN 'organization' THEN (SELECT o.name FROM affiliate.organizations o WHERE o.id::text = ${auditLog.targetId})
  WHEN 'program' THEN (SELECT p.name FROM affiliate.programs p WHERE p.id::text = ${auditLog.targetId})
  WHEN 'app' THEN (SELECT a.name FROM affiliate.apps a WHERE a.id::text = ${auditLog.targetId})
  WHEN 'plan' THEN (SELECT p.name FROM affiliate.plans p WHERE p.id::text = ${auditLog.targetId})
  WHEN 'custom_domain' THEN (SELECT d.hostname FROM affiliate.custom_domains d WHERE d.id::text = ${auditLog.targetId})
  WHEN 'program_workflow' THEN (SELECT w.name FROM affiliate.program_workflows w WHERE w.id::text = ${auditLog.targetId})
  WHEN 'program_group' THEN (SELECT g.name FROM affiliate.program_groups g WHERE g.id::text = ${auditLog.targetId})
  WHEN 'campaign' THEN (SELECT c.name FROM affiliate.campaigns c WHERE c.id::text = ${auditLog.targetId})
  WHEN 'creative' THEN (SELECT c.name FROM affiliate.creatives c WHERE c.id::text = ${auditLog.targetId})
  WHEN 'bounty' THEN (SELECT b.name FROM affiliate.bounties b WHERE b.id::text = ${auditLog.targetId})
  WHEN 'edition' THEN (SELECT e.name FROM affiliate.editions e WHERE e.id::text = ${auditLog.targetId})
  WHEN 'api_key' THEN (SELECT k.name FROM affiliate.api_keys k WHERE k.id::text = ${auditLog.targetId})
  WHEN 'registration_link' THEN (SELECT l.label FROM affiliate.registration_links l WHERE l.id::text = ${auditLog.targetId})
  WHEN 'webhook_endpoint' THEN (SELECT w.url FROM affiliate.webhook_endpoints w WHERE w.id::text = ${auditLog.targetId})
  WHEN 'invitation' THEN (SELECT i.email FROM affiliate.invitations i WHERE i.id::text = ${auditLog.targetId})
  WHEN 'membership' THEN (SELECT u.email FROM affiliate.memberships m JOIN affiliate.users u ON u.id = m.user_id
    WHERE m.id::text = ${auditLog.targetId})
  WHEN 'enrollment' THEN (SELECT u.email || ' · ' || p.name FROM affiliate.enrollments e
    JOIN affiliate.users u ON u.id = e.affiliate_id JOIN affiliate.programs p ON p.id = e.program_id
    WHERE e.id::text = ${auditLog.targetId})
  -- A form by its signer and kind (W-9, W-8BEN, W-8BEN-E), as the tax register lists it.
  WHEN 'tax_form' THEN (SELECT f.legal_name || ' · ' || CASE f.kind WHEN 'w9' THEN 'W-9' WHEN 'w8ben' THEN 'W-8BEN'
    ELSE 'W-8BEN-E' END FROM affiliate.tax_forms f WHERE f.id::text = ${auditLog.targetId})
  -- An import by its source and when it was made (UTC), as the imports page lists it.
  WHEN 'import' THEN (SELECT CASE j.source WHEN 'csv' THEN 'CSV' WHEN 'rewardful' THEN 'Rewardful'
    WHEN 'firstpromoter' THEN 'FirstPromoter' WHEN 'tolt' THEN 'Tolt' WHEN 'partnerstack' THEN 'PartnerStack'
    ELSE j.source END || ' · ' || to_char(j.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'
    FROM affiliate.import_jobs j WHERE j.id::text = ${auditLog.targetId})
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
