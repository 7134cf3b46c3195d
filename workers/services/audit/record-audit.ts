import { auditLog } from '../../../schema';
import type { AuditAction } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';

export interface AuditEntry {
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The platform acted by a rule the advertiser set (auto-approval): no user, actor role 'system'. */
  system?: boolean;
}

/** The role that authorised the action: the tenant role when there is one, else the platform role. */
function actorRole(ctx: ServiceContext): string | null {
  if (ctx.tenant?.kind === 'advertiser') return ctx.tenant.role;
  if (ctx.tenant?.kind === 'affiliate') return 'affiliate';
  return ctx.actor?.platformRole ?? null;
}

/**
 * Appends to logs.audit_log. Call it with the transaction's context, so the trail commits or
 * rolls back together with the change it describes.
 */
export async function recordAudit({ ctx, input }: ServiceCall<AuditEntry>): Promise<void> {
  await ctx.db.insert(auditLog).values({
    actorId: input.system ? null : (ctx.actor?.userId ?? null),
    actorRole: input.system ? 'system' : actorRole(ctx),
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    organizationId: input.organizationId ?? ctx.tenant?.organizationId ?? null,
    ip: ctx.origin?.ip ?? null,
    userAgent: ctx.origin?.userAgent?.slice(0, 512) ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: ctx.origin?.requestId ?? ctx.requestId ?? null,
  });
}
