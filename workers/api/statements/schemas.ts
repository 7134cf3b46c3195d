import { z } from '@hono/zod-openapi';
import { InvoiceKind } from '../../../schema/enums';
import { MONTH_PATTERN } from '../../domain/statement-month';
import type { Statement } from '../../services/statements';
import { timestamp } from '../shared/schemas';

export const monthQuery = z.object({
  month: z
    .string()
    .regex(MONTH_PATTERN, 'YYYY-MM')
    .describe('The UTC calendar month, YYYY-MM')
    .openapi({ example: '2026-11' }),
});

const money = z.number().int().describe('Minor units of the currency');
const count = z.number().int().min(0);

export const statementView = z
  .object({
    month: z.string(),
    from: timestamp.describe('Start of the month, inclusive (UTC)'),
    to: timestamp.describe('Start of the next month, exclusive'),
    currencies: z.array(
      z.object({
        currency: z.string().length(3),
        earnedMinor: money.describe('Commission lines created in the month (positive amounts, not rejected)'),
        earnedCount: count,
        reversedMinor: money.describe(
          'Negative adjustments created in the month plus lines reversed in the month (refunds, lost disputes, forfeits)',
        ),
        reversedCount: count,
        paidMinor: money.describe('Payout items PayPal paid in the month'),
        paidCount: count,
        netMinor: money.describe('earned − reversed'),
      }),
    ),
    invoices: z
      .array(
        z.object({
          id: z.uuid(),
          number: z.number().int().min(1),
          kind: z.enum(InvoiceKind).describe('invoice, or credit_note (cancels the invoice numbered creditsNumber)'),
          creditsNumber: z.number().int().min(1).nullable(),
          affiliateId: z.uuid(),
          supplierName: z.string(),
          amountMinor: money,
          currency: z.string().length(3),
          issuedAt: timestamp,
        }),
      )
      .describe('Self-billing invoices and credit notes issued in the month, by number'),
  })
  .openapi('Statement');

export const statementJson = (s: Statement): z.infer<typeof statementView> => ({
  ...s,
  from: s.from.toISOString(),
  to: s.to.toISOString(),
  invoices: s.invoices.map((i) => ({ ...i, issuedAt: i.issuedAt.toISOString() })),
});

export const statementMonths = z
  .object({ items: z.array(z.string()).describe('YYYY-MM, newest first') })
  .openapi('StatementMonths');
