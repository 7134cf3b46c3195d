import { and, desc, eq, lt } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type RecruitStatus, recruitDisplayName, recruitStatus } from '../../domain/recruitment';
import { actorId } from '../access';

export interface MyRecruit {
  id: string;
  displayName: string | null;
  joinedAt: Date;
  status: RecruitStatus;
}

/** The affiliates the signed-in user recruited, newest first (keyset on the UUIDv7 id); never their emails. */
export async function listMyRecruits({
  ctx,
  input,
}: ServiceCall<{ limit: number; cursor?: string | undefined }>): Promise<MyRecruit[]> {
  const rows = await ctx.db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      createdAt: users.createdAt,
      emailVerified: users.emailVerified,
      approvedAffiliate: users.approvedAffiliate,
      banned: users.banned,
      blocked: users.blocked,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(and(eq(users.referredById, actorId(ctx)), input.cursor ? lt(users.id, input.cursor) : undefined))
    .orderBy(desc(users.id))
    .limit(input.limit + 1);
  return rows.map((r) => ({
    id: r.id,
    displayName: recruitDisplayName(r.firstName, r.lastName),
    joinedAt: r.createdAt,
    status: recruitStatus(r),
  }));
}
