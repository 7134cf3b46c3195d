import { eq } from 'drizzle-orm';
import { type OrgSubscription, organizations, orgSubscriptions } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { createCustomer, type StripeConfig } from '../../integrations/stripe';
import { callStripe } from './billing-config';

/**
 * The organization's billing row, creating its Stripe customer the first time. The idempotency
 * key makes two racing first checkouts get the same customer; the unique row keeps one.
 */
export async function ensureBillingCustomer({
  ctx,
  input,
}: ServiceCall<{ cfg: StripeConfig; organizationId: string }>): Promise<OrgSubscription> {
  const { cfg, organizationId } = input;
  const existing = await findRow(ctx, organizationId);
  if (existing) return existing;
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new NotFoundError('organization');
  const customer = await callStripe({
    ctx,
    input: {
      what: 'create the customer',
      call: () => createCustomer(cfg, { name: org.name, organizationId }, `customer:${organizationId}`),
    },
  });
  await ctx.db.insert(orgSubscriptions).values({ organizationId, stripeCustomerId: customer.id }).onConflictDoNothing();
  return (await findRow(ctx, organizationId))!;
}

async function findRow(ctx: ServiceContext, organizationId: string): Promise<OrgSubscription | undefined> {
  const [row] = await ctx.db.select().from(orgSubscriptions).where(eq(orgSubscriptions.organizationId, organizationId));
  return row;
}
