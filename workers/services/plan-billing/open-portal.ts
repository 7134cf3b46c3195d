import { eq } from 'drizzle-orm';
import { orgSubscriptions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { createPortalSession } from '../../integrations/stripe';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { billingPageUrl, callStripe, stripeConfig } from './billing-config';

/** A Stripe customer portal session (card, invoices, cancellation) that returns to the billing page. */
export async function openPortal({ ctx }: ServiceCall<void>): Promise<{ url: string }> {
  const cfg = stripeConfig({ ctx, input: undefined });
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [row] = await ctx.db.select().from(orgSubscriptions).where(eq(orgSubscriptions.organizationId, organizationId));
  if (!row) throw new AppError('no_billing_account', 'Buy a plan first: the organization has no billing account yet');
  const session = await callStripe({
    ctx,
    input: {
      what: 'open the billing portal',
      call: () =>
        createPortalSession(cfg, {
          customerId: row.stripeCustomerId,
          returnUrl: billingPageUrl(ctx, organizationId, '?portal=returned'),
        }),
    },
  });
  await recordAudit({
    ctx,
    input: { action: 'billing.portal_opened', targetType: 'organization', targetId: organizationId },
  });
  return { url: session.url };
}
