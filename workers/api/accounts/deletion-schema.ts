import { z } from '@hono/zod-openapi';
import type { AccountDeletionCheck } from '../../services/accounts';
import { passwordField, totpCodeField, uuidField } from './common-schema';

const minor = z.number().int().describe('Minor units of the currency');
const place = { organizationId: uuidField, organizationName: z.string() };

// The same list GET /me/deletion answers and POST /me/delete puts in error.details.blockers.
export const deletionBlocker = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('platform_staff_account') }),
    z
      .object({ code: z.literal('other_advertisers') })
      .describe(
        'On a white-label portal: something blocks in another advertiser’s organization (not named there); delete the account on the platform’s own site',
      ),
    z.object({ code: z.literal('last_owner'), ...place }),
    z.object({ code: z.literal('payout_in_progress'), ...place, currency: z.string(), inPayoutMinor: minor }),
    z.object({
      code: z.literal('unpaid_balance'),
      ...place,
      currency: z.string(),
      holdMinor: minor.describe('Still in its hold period'),
      approvedMinor: minor.describe('Payable now; negative when a refund after payout is carried'),
      owedMinor: minor.describe('holdMinor + approvedMinor: what forfeit: true gives up'),
    }),
  ])
  .openapi('AccountDeletionBlocker');

export const deletionCheckResponse = z
  .object({
    canDelete: z.boolean().describe('Nothing blocks: the password (and code) is all that is needed'),
    canForfeit: z.boolean().describe('Only unpaid balances block: forfeit: true lets the deletion through'),
    secondFactorRequired: z.boolean().describe('2FA is on: send code or recoveryCode with the password'),
    blockers: z.array(deletionBlocker),
  })
  .openapi('AccountDeletionCheck') satisfies z.ZodType<AccountDeletionCheck>;

export const deleteAccountBody = z
  .object({
    password: passwordField,
    code: totpCodeField.optional(),
    recoveryCode: z.string().min(10).max(32).optional().describe('A 2FA recovery code instead of a code; works once'),
    forfeit: z
      .boolean()
      .optional()
      .describe('Give up every unpaid balance (held and approved) instead of waiting for it to be paid'),
  })
  .strict()
  .refine((v) => v.code === undefined || v.recoveryCode === undefined, {
    message: 'Send code or recoveryCode, not both',
    path: ['code'],
  })
  .openapi('DeleteAccountRequest');

export const deleteAccountResponse = z
  .object({
    deleted: z.literal(true),
    forfeited: z
      .array(z.object({ organizationId: uuidField, currency: z.string(), amountMinor: minor, lines: z.number().int() }))
      .describe('The balances given up, per advertiser and currency'),
  })
  .openapi('DeleteAccountResult');
