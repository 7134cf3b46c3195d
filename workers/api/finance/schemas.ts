import { z } from '@hono/zod-openapi';
import { currencyCode } from '../shared/schemas';

const minor = (description: string) => z.number().int().describe(`${description}; minor units of the currency`);

export const balance = z
  .object({
    organizationId: z.uuid().describe('The advertiser'),
    affiliateId: z.uuid(),
    currency: z.string().describe('ISO 4217'),
    holdMinor: minor('Pending lines still in their hold period (or under review)'),
    disputedMinor: minor(
      'Unpaid lines held because the customer disputed the payment (a chargeback): paid if the dispute is won, reversed if it is lost',
    ),
    approvedMinor: minor('Approved lines not yet in a payout, refunds after payout included (may be negative)'),
    inPayoutMinor: minor('Lines in a payout that PayPal has not completed'),
    paidMinor: minor('Lines PayPal paid'),
    carryOverMinor: minor(
      'The negative part of approved: refunds after payout that the next commissions make good first (0 or less)',
    ),
    availableMinor: minor('The positive part of approved: what the next payout may carry'),
  })
  .openapi('Balance');

export const balanceList = z.object({ items: z.array(balance) }).openapi('BalanceList');

export const orgBalanceList = z
  .object({
    items: z.array(
      balance
        .extend({
          affiliateEmail: z.string(),
          affiliateName: z.string().describe('First and last name, else the email'),
        })
        .openapi('OrgBalance'),
    ),
  })
  .openapi('OrgBalanceList');

export const myBalance = balance
  .extend({
    payoutMinimumMinor: minor(
      "The least the next payout needs: the currency's platform minimum, or the highest minimum of the programs its lines come from",
    )
      .nullable()
      .describe('null: the currency has no platform payout minimum, so PayPal payouts do not pay it'),
  })
  .openapi('MyBalance');

export const myBalanceList = z.object({ items: z.array(myBalance) }).openapi('MyBalanceList');

const currencyFilter = currencyCode.optional().describe('Only this currency');

// Strict, like request bodies: a misspelt filter is an error, not a silently unfiltered answer.
export const myBalancesQuery = z.strictObject({ currency: currencyFilter });

export const orgBalancesQuery = z.strictObject({
  currency: currencyFilter,
  affiliateId: z.uuid().optional().describe('Only this affiliate'),
});

export const platformBalancesQuery = orgBalancesQuery.extend({
  organizationId: z.uuid().optional().describe('Only this advertiser'),
});

export const ledgerCheckQuery = z.strictObject({
  organizationId: z.uuid().optional().describe('Only this advertiser; all of them when absent'),
});

export const ledgerCheck = z
  .object({
    ok: z.boolean(),
    checkedLines: z.number().int().describe('Commission lines in scope, of every status'),
    discrepancies: z.array(
      z.object({
        kind: z
          .string()
          .describe(
            'balance_mismatch, in_payout_without_item, in_payout_item_not_open, paid_without_item, paid_item_not_success, unpaid_line_linked, void_line_in_open_item, item_amount_mismatch or voided_conversion_not_offset',
          ),
        detail: z.string(),
        ids: z
          .array(z.string())
          .describe('The rows involved: commission, payout item, conversion, or advertiser and affiliate'),
      }),
    ),
  })
  .openapi('LedgerCheck');
