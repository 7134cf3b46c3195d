import { and, eq } from 'drizzle-orm';
import { payoutMethods, wiseRecipients } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { isCountryCode } from '../../../../domain/payout-rails';
import { recipientProblems, recipientSummary, valuesToDetails } from '../../../../domain/wise-recipient';
import { AppError } from '../../../../errors/app-error';
import { createAccount, WiseApiError } from '../../../../integrations/wise';
import { affiliateScope } from '../../../access';
import { recordAudit } from '../../../audit';
import { callWise } from './call-wise';
import { requireWiseAccount } from '../../../wise-accounts';
import { getWiseRequirements } from './wise-requirements';

export interface SaveWiseRecipientInput {
  currency: string;
  country: string;
  type: string;
  /** The form's values by Wise's field keys (accountHolderName, IBAN, address.country…). */
  values: Record<string, string>;
}

/**
 * Sets up Wise as how this advertiser pays the signed-in affiliate: the details are checked against Wise's
 * current requirements for the currency and type (400 wise_details_invalid with each broken field), Wise creates
 * the recipient account (POST /v1/accounts; its own refusals come back the same way), then the recipient and the
 * method (rail wise, destination_ref the account id) are written in one transaction. New payouts go there; items
 * already proposed keep their destination. Audited without the bank details.
 */
export async function saveWiseRecipient({ ctx, input }: ServiceCall<SaveWiseRecipientInput>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  if (!isCountryCode(input.country))
    throw new AppError('rail_country_unsupported', `${input.country} is not a country code`, {
      rail: 'wise',
      country: input.country,
    });
  const values = Object.fromEntries(Object.entries(input.values).map(([k, v]) => [k, v.trim()]));
  const details = valuesToDetails(
    Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'accountHolderName')),
  );
  const types = await getWiseRequirements({
    ctx,
    input: { currency: input.currency, recipient: { type: input.type, details } },
  });
  const chosen = types.find((t) => t.type === input.type);
  if (!chosen)
    throw new AppError('wise_details_invalid', `Wise has no ${input.type} accounts for ${input.currency}`, {
      fields: { type: 'not_allowed' },
    });
  const problems = recipientProblems(
    chosen.fields.flatMap((g) => g.group),
    values,
  );
  if (Object.keys(problems).length > 0)
    throw new AppError('wise_details_invalid', 'Some bank details are missing or not valid', { fields: problems });
  const cfg = await requireWiseAccount({ ctx, input: { organizationId } });
  const holder = values.accountHolderName ?? '';
  let account: Awaited<ReturnType<typeof createAccount>>;
  try {
    account = await callWise(() =>
      createAccount(cfg, { currency: input.currency, type: input.type, accountHolderName: holder, details }),
    );
  } catch (err) {
    if (err instanceof WiseApiError && err.definite)
      throw new AppError('wise_details_invalid', 'Wise did not accept these bank details', {
        fields: Object.fromEntries(err.errors.map((e) => [e.path ?? 'details', 'pattern'])),
      });
    throw err;
  }
  const recipient = {
    accountId: String(account.id),
    currency: input.currency,
    country: input.country,
    type: input.type,
    accountHolderName: holder,
    summary: recipientSummary(values),
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(payoutMethods)
      .where(and(eq(payoutMethods.affiliateId, affiliateId), eq(payoutMethods.organizationId, organizationId)));
    await tx.db
      .insert(wiseRecipients)
      .values({ affiliateId, organizationId, ...recipient })
      .onConflictDoUpdate({ target: [wiseRecipients.affiliateId, wiseRecipients.organizationId], set: recipient });
    const method = {
      country: input.country,
      rail: 'wise' as const,
      destinationRef: recipient.accountId,
      updatedAt: ctx.now,
    };
    await tx.db
      .insert(payoutMethods)
      .values({ affiliateId, organizationId, ...method })
      .onConflictDoUpdate({ target: [payoutMethods.affiliateId, payoutMethods.organizationId], set: method });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_method.wise_recipient_saved',
        targetType: 'user',
        targetId: affiliateId,
        organizationId,
        before: before ? { country: before.country, rail: before.rail } : null,
        after: {
          country: input.country,
          rail: 'wise',
          currency: input.currency,
          type: input.type,
          summary: recipient.summary,
        },
      },
    });
  });
  return getMyWiseRecipient({ ctx, input: undefined });
}

/** The signed-in affiliate's Wise recipient with this advertiser (never the full bank details), or null. */
export async function getMyWiseRecipient({ ctx }: ServiceCall<void>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [row] = await ctx.db
    .select()
    .from(wiseRecipients)
    .where(and(eq(wiseRecipients.affiliateId, affiliateId), eq(wiseRecipients.organizationId, organizationId)));
  return row
    ? {
        currency: row.currency,
        country: row.country,
        type: row.type,
        accountHolderName: row.accountHolderName,
        summary: row.summary,
        updatedAt: row.updatedAt,
      }
    : null;
}
