import { z } from '@hono/zod-openapi';
import { CustomerState } from '../../domain/customer-summary';
import { currencyCode, id, pageQuery, timestamp, timeZoneParam } from '../shared/schemas';

const bound = (meaning: string) =>
  z.iso.datetime({ offset: true }).optional().describe(`When the customer was referred, ISO 8601; ${meaning}`);

const referredRange = {
  from: bound('inclusive'),
  to: bound('exclusive'),
};
const rangeInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || new Date(q.from).getTime() < new Date(q.to).getTime();
const rangeMessage = { message: 'from must be before to', path: ['from'] };

/** What an affiliate may filter its customers by (no other affiliate, no search on the unmasked id). */
const myFilters = {
  ...referredRange,
  programId: z.uuid().optional(),
  state: z.enum(CustomerState).optional().describe('lead, active, cancelled, refunded or disputed'),
};
const filters = {
  ...myFilters,
  affiliateId: z.uuid().optional().describe('The referring affiliate'),
  q: z.string().trim().min(1).max(200).optional().describe('A part of the app’s customer id'),
};

export const customersQuery = z.object({ ...filters, ...pageQuery.shape }).refine(rangeInOrder, rangeMessage);
export const myCustomersQuery = z.object({ ...myFilters, ...pageQuery.shape }).refine(rangeInOrder, rangeMessage);
export const customersExportQuery = z.object({ ...filters, tz: timeZoneParam }).refine(rangeInOrder, rangeMessage);
export const myCustomersExportQuery = z.object({ ...myFilters, tz: timeZoneParam }).refine(rangeInOrder, rangeMessage);

const moneyShape = {
  currency: currencyCode,
  amountMinor: z
    .number()
    .int()
    .describe('Minor units of the currency (cents; for zero-decimal currencies the whole amount)'),
};
const money = z.object(moneyShape).openapi('CustomerMoney');

const common = {
  id,
  referredAt: timestamp,
  program: z.object({ id, name: z.string() }),
  state: z.enum(CustomerState),
  firstSaleAt: timestamp.nullable().describe('The first sale or rebill'),
  churnedAt: timestamp.nullable().describe('The cancel, the last refund or the dispute; null while lead or active'),
};

export const customer = z
  .object({
    ...common,
    externalCustomerId: z.string().describe('The app’s own customer id'),
    affiliate: z.object({ id, name: z.string().describe('First and last name, else the email') }),
    mrr: z
      .object(moneyShape)
      .nullable()
      .describe('The latest sale or rebill of an active customer, in minor units; null in any other state'),
    ltv: z
      .array(money)
      .describe(
        'Lifetime value per currency: sales + rebills − refunds, in minor units (negative when refunds exceed)',
      ),
  })
  .openapi('Customer');

export const myCustomer = z
  .object({
    ...common,
    customer: z.string().describe('The customer, masked: j***@gmail.com, or the first and last two characters'),
  })
  .openapi('MyCustomer');

export const customerPage = z
  .object({ items: z.array(customer), nextCursor: z.uuid().nullable() })
  .openapi('CustomerPage');
export const myCustomerPage = z
  .object({ items: z.array(myCustomer), nextCursor: z.uuid().nullable() })
  .openapi('MyCustomerPage');
