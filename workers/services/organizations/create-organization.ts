import { eq } from 'drizzle-orm';
import { memberships, organizations, plans } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { organizationSlug, randomSlugSuffix } from '../../domain/slug';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actorId } from '../access';

/** New organizations start on this plan; upgrades are a billing matter. */
export const DEFAULT_PLAN = 'starter';

/** Creates an organization with the signed-in user as its owner. */
export async function createOrganization({ ctx, input }: ServiceCall<{ name: string; slug?: string | undefined }>) {
  const ownerId = actorId(ctx);
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.code, DEFAULT_PLAN));
  if (!plan) throw new AppError('service_unavailable', 'No plan is configured for new organizations');
  const slug = input.slug ?? organizationSlug(input.name, randomSlugSuffix());
  return mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const [organization] = await tx.db
          .insert(organizations)
          .values({ name: input.name, slug, planId: plan.id })
          .returning();
        await tx.db.insert(memberships).values({ organizationId: organization!.id, userId: ownerId, role: 'owner' });
        await recordAudit({
          ctx: tx,
          input: {
            action: 'organization.created',
            targetType: 'organization',
            targetId: organization!.id,
            organizationId: organization!.id,
            after: { name: input.name, slug, plan: plan.code, owner: ownerId },
          },
        });
        return { organization: organization!, planCode: plan.code };
      }),
    { organizations_slug_unique: `The slug ${slug} is taken` },
  );
}
