import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { apps, customDomains, editionPlanPrices, editionSettings, editions, users } from '../../../schema';
import type { Executor } from '../../db/client';
import type { AdvertiserEdition, EditionPlanPriceView } from './edition-views';
import { editionStats } from './edition-stats';

/**
 * Editions matching `where` (the caller's tenancy condition always among it), newest first, with the
 * app's name, the custom host's live status, the prices (named from the app's current offer) and results.
 */
export async function loadEditions(db: Executor, where: SQL | undefined): Promise<AdvertiserEdition[]> {
  const rows = await db
    .select({
      edition: editions,
      appName: apps.name,
      offers: editionSettings.plans,
      domainStatus: customDomains.status,
      affiliate: { id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email },
    })
    .from(editions)
    .innerJoin(apps, eq(apps.id, editions.appId))
    .innerJoin(users, eq(users.id, editions.affiliateId))
    .leftJoin(editionSettings, eq(editionSettings.appId, editions.appId))
    .leftJoin(customDomains, eq(customDomains.id, editions.customDomainId))
    .where(where)
    .orderBy(desc(editions.createdAt), desc(editions.id))
    .limit(500);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.edition.id);
  const [prices, stats] = await Promise.all([
    db
      .select()
      .from(editionPlanPrices)
      .where(inArray(editionPlanPrices.editionId, ids))
      .orderBy(asc(editionPlanPrices.planCode)),
    editionStats(db, ids),
  ]);
  return rows.map(({ edition: e, appName, offers, domainStatus, affiliate }) => {
    const plans: EditionPlanPriceView[] = prices
      .filter((p) => p.editionId === e.id)
      .flatMap((p) => {
        const offer = (offers ?? []).find((o) => o.code === p.planCode);
        return offer
          ? [
              {
                code: p.planCode,
                name: offer.name,
                interval: offer.interval,
                priceMinor: p.priceMinor,
                listPriceMinor: offer.listPriceMinor,
                currency: p.currency,
              },
            ]
          : [];
      });
    const name = [affiliate.firstName, affiliate.lastName].filter(Boolean).join(' ') || affiliate.email;
    return {
      id: e.id,
      appId: e.appId,
      appName,
      name: e.name,
      primaryColor: e.primaryColor,
      accentColor: e.accentColor,
      logoUrl: e.logoUrl,
      faviconUrl: e.faviconUrl,
      domainKind: e.domainKind,
      host: e.host,
      // A subdomain of the app's own domain needs nothing from Cloudflare; a custom host its hostname's status.
      domainStatus: e.domainKind === 'subdomain' ? 'active' : (domainStatus ?? 'pending'),
      status: e.status,
      statusReason: e.statusReason,
      plans,
      stats: stats.get(e.id) ?? { visitors: 0, signups: 0, sales: 0, commissionMinor: 0, currency: null },
      submittedAt: e.submittedAt,
      approvedAt: e.approvedAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      affiliate: { id: affiliate.id, name, email: affiliate.email },
    };
  });
}

/** The tenancy conditions the two sides read editions by. */
export const ofAdvertiser = (organizationId: string) => eq(editions.organizationId, organizationId);
export const ofAffiliate = (organizationId: string, affiliateId: string) =>
  and(eq(editions.organizationId, organizationId), eq(editions.affiliateId, affiliateId));
/** Deleted editions stay as rows (their conversions refer to them) but are no longer listed. */
export const notDeleted = sql`${editions.status} <> 'deleted'`;
