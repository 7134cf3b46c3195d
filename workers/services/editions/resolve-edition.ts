import { and, eq } from 'drizzle-orm';
import { apps, editions, editionSettings, enrollments } from '../../../schema';
import type { EditionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { normalizeHostname } from '../../domain/custom-domain';
import { isEditionResolvable } from '../../domain/edition-status';
import { AppError } from '../../errors/app-error';
import type { EditionPlanPriceView } from './edition-views';
import { loadEditions } from './load-editions';

export interface ResolvedEdition {
  id: string;
  appId: string;
  host: string;
  affiliateRef: string;
  name: string;
  primaryColor: string | null;
  accentColor: string | null;
  logoUrl: string | null;
  faviconUrl: string | null;
  plans: EditionPlanPriceView[];
  status: EditionStatus;
  version: number;
}

const notFound = (host: string) =>
  new AppError('edition_not_found', `No active edition of this app is on ${host}; send the visitor to your main site`);

/**
 * The partner app asks which edition a host is: only an active edition of the asking app answers; an unknown,
 * suspended or deleted host, or another app's, is edition_not_found alike, so nothing leaks between apps. A
 * brand field the app does not let editions set comes back empty (the app's own then applies).
 */
export async function resolveEdition({
  ctx,
  input,
}: ServiceCall<{ appId: string; host: string }>): Promise<ResolvedEdition> {
  const host = normalizeHostname(input.host);
  if (!host) throw notFound(input.host);
  const [row] = await ctx.db
    .select({
      id: editions.id,
      status: editions.status,
      version: editions.version,
      refCode: enrollments.refCode,
      brandFields: editionSettings.brandFields,
      appName: apps.name,
    })
    .from(editions)
    .innerJoin(enrollments, eq(enrollments.id, editions.enrollmentId))
    .innerJoin(apps, eq(apps.id, editions.appId))
    .leftJoin(editionSettings, eq(editionSettings.appId, editions.appId))
    .where(and(eq(editions.host, host), eq(editions.appId, input.appId), eq(editions.status, 'active')));
  if (!row || !isEditionResolvable(row.status)) throw notFound(host);
  const [edition] = await loadEditions(ctx.db, eq(editions.id, row.id));
  if (!edition) throw notFound(host);
  const allowed = new Set(row.brandFields ?? []);
  return {
    id: edition.id,
    appId: edition.appId,
    host: edition.host,
    affiliateRef: row.refCode,
    name: allowed.has('name') ? edition.name : row.appName,
    primaryColor: allowed.has('colors') ? edition.primaryColor : null,
    accentColor: allowed.has('colors') ? edition.accentColor : null,
    logoUrl: allowed.has('logo') ? edition.logoUrl : null,
    faviconUrl: allowed.has('favicon') ? edition.faviconUrl : null,
    plans: edition.plans,
    status: edition.status,
    version: row.version,
  };
}
