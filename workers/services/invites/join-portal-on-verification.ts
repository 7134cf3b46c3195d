import { eq } from 'drizzle-orm';
import { organizations, users, type Enrollment } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { enrollInvited, publishInvitedEnrollments } from '../enrollments';

export interface PortalJoin {
  organizationId: string;
  organizationName: string;
  enrollments: Enrollment[];
}

/**
 * Right after an account that signed up on an advertiser's white-label portal verifies its email: an
 * application to each of that advertiser's active programs an affiliate may apply to, each by the
 * program's own rule (public active, by approval pending), through the invitation path. Null when the
 * organization is gone or refuses (suspended): verification itself never fails because of it.
 */
export async function joinPortalOnVerification({
  ctx,
  input,
}: ServiceCall<{ userId: string; organizationId: string }>): Promise<PortalJoin | null> {
  try {
    const result = await inTransaction(ctx, async (tx) => {
      const [row] = await tx.db
        .select({ name: organizations.name, platformRole: users.platformRole })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, input.organizationId))
        .where(eq(users.id, input.userId));
      if (!row) return null;
      // The application happens in the advertiser's context, as the new affiliate.
      const scoped: ServiceContext = {
        ...tx,
        actor: { userId: input.userId, platformRole: row.platformRole },
        tenant: { kind: 'affiliate', organizationId: input.organizationId, affiliateId: input.userId },
      };
      const enrollments = await enrollInvited({
        ctx: scoped,
        input: {
          organizationId: input.organizationId,
          programId: null,
          affiliateId: input.userId,
          status: 'application',
          openOnly: true,
          via: { kind: 'portal_sign_up', id: input.organizationId },
        },
      });
      return { organizationId: input.organizationId, organizationName: row.name, enrollments };
    });
    if (result) await publishInvitedEnrollments({ ctx, input: result.enrollments });
    return result;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    ctx.log.warn('portal_join_on_verification_refused', { userId: input.userId, code: err.code });
    return null;
  }
}
