import type { z } from '@hono/zod-openapi';
import { maskCustomer } from '../../domain/mask-customer';
import { type CustomerRow, personName } from '../../services/customers';
import { iso, isoOrNull } from '../shared/schemas';
import type { customer, myCustomer } from './schemas';

const common = (r: CustomerRow) => ({
  id: r.id,
  referredAt: iso(r.referredAt),
  program: { id: r.programId, name: r.programName },
  state: r.state,
  firstSaleAt: isoOrNull(r.firstSaleAt),
  churnedAt: isoOrNull(r.churnedAt),
});

export const customerView = (r: CustomerRow): z.infer<typeof customer> => ({
  ...common(r),
  externalCustomerId: r.externalCustomerId,
  affiliate: { id: r.affiliateId, name: personName(r) },
  mrr: r.mrr,
  ltv: r.ltv,
});

/** The affiliate's view: its customer masked, and none of the advertiser's revenue. */
export const myCustomerView = (r: CustomerRow): z.infer<typeof myCustomer> => ({
  ...common(r),
  customer: maskCustomer(r.externalCustomerId),
});
