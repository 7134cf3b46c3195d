import { and, desc, eq, gte, ilike, inArray, lt } from 'drizzle-orm';
import { conversions, disputes, enrollments, programs, referredCustomers, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type CustomerState, type CustomerSummary, summarizeCustomer } from '../../domain/customer-summary';
import { eqIf } from '../../db/eq-if';

export interface CustomerFilters {
  programId?: string | undefined;
  affiliateId?: string | undefined;
  state?: CustomerState | undefined;
  /** When the customer was referred (bound to its affiliate), ISO 8601: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** A part of the app's customer id; the advertiser's lists only. */
  q?: string | undefined;
}

export interface CustomerRow extends CustomerSummary {
  id: string;
  externalCustomerId: string;
  referredAt: Date;
  programId: string;
  programName: string;
  affiliateId: string;
  affiliateFirstName: string | null;
  affiliateLastName: string | null;
  affiliateEmail: string;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The page's customers' conversions and disputes, folded one customer at a time. */
async function summaries({ ctx, input }: ServiceCall<{ organizationId: string; ids: string[] }>) {
  const events = input.ids.length
    ? await ctx.db
        .select({
          id: conversions.id,
          customerId: conversions.referredCustomerId,
          type: conversions.eventType,
          occurredAt: conversions.occurredAt,
          amountMinor: conversions.amountMinor,
          currency: conversions.currency,
          parentId: conversions.parentConversionId,
        })
        .from(conversions)
        .where(
          and(eq(conversions.organizationId, input.organizationId), inArray(conversions.referredCustomerId, input.ids)),
        )
    : [];
  const held = events.length
    ? await ctx.db
        .select({ conversionId: disputes.conversionId, status: disputes.status, openedAt: disputes.createdAt })
        .from(disputes)
        .where(
          and(
            eq(disputes.organizationId, input.organizationId),
            inArray(
              disputes.conversionId,
              events.map((e) => e.id),
            ),
          ),
        )
    : [];
  const customerOf = new Map(events.map((e) => [e.id, e.customerId]));
  return new Map(
    input.ids.map((id) => [
      id,
      summarizeCustomer({
        events: events.filter((e) => e.customerId === id),
        disputes: held
          .filter((d) => d.conversionId && customerOf.get(d.conversionId) === id)
          .map((d) => ({ conversionId: d.conversionId!, status: d.status, openedAt: d.openedAt })),
      }),
    ]),
  );
}

/**
 * Up to `limit` referred customers of the scope (an advertiser, or one affiliate within it) after the
 * customer `after`, newest referral first (ids are UUIDv7, written when the customer is bound), each with
 * what its stored conversions say about it. A state filter is applied after the fold, so the read goes on
 * batch by batch until the page is full or the customers run out.
 */
export async function readCustomers({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  affiliateId?: string | undefined;
  filters: CustomerFilters;
  after: string | undefined;
  limit: number;
}>): Promise<CustomerRow[]> {
  const { filters: f } = input;
  const found: CustomerRow[] = [];
  let after = input.after;
  const batch = f.state ? Math.max(input.limit, 200) : input.limit;
  for (;;) {
    const rows = await ctx.db
      .select({
        id: referredCustomers.id,
        externalCustomerId: referredCustomers.externalCustomerId,
        referredAt: referredCustomers.attributedAt,
        programId: programs.id,
        programName: programs.name,
        affiliateId: users.id,
        affiliateFirstName: users.firstName,
        affiliateLastName: users.lastName,
        affiliateEmail: users.email,
      })
      .from(referredCustomers)
      .innerJoin(enrollments, eq(enrollments.id, referredCustomers.enrollmentId))
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .innerJoin(users, eq(users.id, referredCustomers.affiliateId))
      .where(
        and(
          eq(referredCustomers.organizationId, input.organizationId),
          eqIf(referredCustomers.affiliateId, input.affiliateId ?? f.affiliateId),
          eqIf(enrollments.programId, f.programId),
          f.from ? gte(referredCustomers.attributedAt, new Date(f.from)) : undefined,
          f.to ? lt(referredCustomers.attributedAt, new Date(f.to)) : undefined,
          f.q ? ilike(referredCustomers.externalCustomerId, likePattern(f.q)) : undefined,
          after === undefined ? undefined : lt(referredCustomers.id, after),
        ),
      )
      .orderBy(desc(referredCustomers.id))
      .limit(batch);
    const folded = await summaries({
      ctx,
      input: { organizationId: input.organizationId, ids: rows.map((r) => r.id) },
    });
    for (const r of rows) {
      const row = { ...r, ...folded.get(r.id)! };
      if (!f.state || row.state === f.state) found.push(row);
      if (found.length === input.limit) return found;
    }
    if (rows.length < batch) return found;
    after = rows.at(-1)!.id;
  }
}
