import { desc, eq } from 'drizzle-orm';
import { supportAccessGrants, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { displayName } from '../../domain/message-rules';
import { actingAdvertiser } from '../access';

export interface SupportAccessRow {
  id: string;
  reason: string;
  grantedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  active: boolean;
}

/** The advertiser's support-access grants, newest first (the latest 20), with whether each runs now. */
export async function listSupportAccess({ ctx }: ServiceCall<void>): Promise<SupportAccessRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select({
      id: supportAccessGrants.id,
      reason: supportAccessGrants.reason,
      createdAt: supportAccessGrants.createdAt,
      expiresAt: supportAccessGrants.expiresAt,
      revokedAt: supportAccessGrants.revokedAt,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
    })
    .from(supportAccessGrants)
    .leftJoin(users, eq(users.id, supportAccessGrants.grantedById))
    .where(eq(supportAccessGrants.organizationId, organizationId))
    .orderBy(desc(supportAccessGrants.id))
    .limit(20);
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    grantedBy: r.email !== null ? displayName(r) : null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    revokedAt: r.revokedAt,
    active: r.revokedAt === null && r.expiresAt > ctx.now,
  }));
}
