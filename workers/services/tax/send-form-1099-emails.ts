import { eq } from 'drizzle-orm';
import { organizations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { sendEmail } from '../email';
import { form1099Payees } from './form-1099-payees';

/**
 * Tells each payee of the year that its 1099-NEC copy B is ready, through the email outbox, in one
 * transaction with the audit entry. The email carries a link to the documents page, not the form:
 * a tax document (even masked) does not travel as an attachment. Returns how many were queued.
 */
export async function sendForm1099Emails({ ctx, input }: ServiceCall<{ year: number }>): Promise<{ sent: number }> {
  const { organizationId } = actingAdvertiser(ctx);
  const year = await form1099Payees({ ctx, input: { organizationId, year: input.year } });
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const link = `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/affiliate/orgs/${organizationId}/tax`;
  await inTransaction(ctx, async (tx) => {
    for (const payee of year.payees)
      await sendEmail({
        ctx: tx,
        input: {
          to: payee.email,
          template: 'form_1099_ready',
          subject: `Your ${year.year} Form 1099-NEC from ${org!.name}`,
          text: [
            `${org!.name} paid you $${formatMinorUnits(payee.amountMinor, 'USD')} in ${year.year}, reported on Form 1099-NEC.`,
            `Download your copy B from your tax documents: ${link}`,
          ].join('\n\n'),
          fromName: org!.name,
        },
      });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'form_1099.emailed',
        targetType: 'organization',
        targetId: organizationId,
        organizationId,
        after: { year: input.year, payees: year.payees.length },
      },
    });
  });
  return { sent: year.payees.length };
}
