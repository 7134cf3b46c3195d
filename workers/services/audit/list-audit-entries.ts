import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { auditLog, type AuditLogEntry } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { advertiserOrgId } from '../tenant-scope';

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

const PLATFORM_STAFF = new Set(['platform_owner', 'platform_admin', 'support']);

/** The audit trail newest first; one row beyond `limit` marks a next page. */
export async function listAuditEntries({
  ctx,
  input,
}: ServiceCall<AuditFilters & AuditScope>): Promise<AuditLogEntry[]> {
  let organizationId: string | undefined;
  if (input.scope === 'tenant') organizationId = advertiserOrgId(ctx);
  else if (!PLATFORM_STAFF.has(ctx.actor?.platformRole ?? 'none')) throw new NotFoundError('audit log');
  else organizationId = input.organizationId;
  return ctx.db
    .select()
    .from(auditLog)
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
}
