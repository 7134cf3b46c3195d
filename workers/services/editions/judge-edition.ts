import { and, eq, ne } from 'drizzle-orm';
import { apps, editions, organizations, type EditionSettings } from '../../../schema';
import type { EditionDomainKind } from '../../../schema/enums';
import type { ServiceContext } from '../../context';
import { editionHost } from '../../domain/edition-host';
import { lookalikeIssue } from '../../domain/edition-lookalike';
import type { ErrorCode } from '../../errors/codes';

export interface EditionVerdict {
  /** The host as it would be stored; null when it is not a valid host. */
  host: string | null;
  issue: { code: ErrorCode; message: string; details?: Record<string, unknown> } | null;
}

const hostOnly = (entry: string) => entry.replace(/^\*\./, '');

/** The platform's own hostnames: no edition may sit on or under them. */
function platformHosts(ctx: ServiceContext): string[] {
  const c = ctx.config;
  return [
    new URL(c.APP_BASE_URL).hostname,
    c.CUSTOM_DOMAIN_CNAME_TARGET?.toLowerCase() ?? '',
    ...c.TRACKING_HOSTS.split(',').map((h) => h.trim().toLowerCase()),
  ].filter(Boolean);
}

/**
 * Whether an edition may have this name on this host: the host valid for its kind, free (no other edition
 * not deleted holds it), and neither name nor host passing for the advertiser's brands and domains or another
 * affiliate's edition. `editionId`: the edition being edited, whose own host is free for it.
 */
export async function judgeEdition(
  ctx: ServiceContext,
  input: {
    settings: EditionSettings;
    affiliateId: string;
    name: string | null;
    domainKind: EditionDomainKind;
    host: string;
    editionId?: string | undefined;
  },
): Promise<EditionVerdict> {
  const { settings } = input;
  if (!settings.domainKinds.includes(input.domainKind))
    return {
      host: null,
      issue: { code: 'editions_not_offered', message: `The app does not offer ${input.domainKind} editions` },
    };
  const [org] = await ctx.db
    .select({ name: organizations.name, branding: organizations.branding })
    .from(organizations)
    .where(eq(organizations.id, settings.organizationId));
  const appRows = await ctx.db
    .select({ name: apps.name, siteUrl: apps.siteUrl, allowedDomains: apps.allowedDomains })
    .from(apps)
    .where(eq(apps.organizationId, settings.organizationId));
  const domains = [
    ...appRows.flatMap((a) => [new URL(a.siteUrl).hostname, ...a.allowedDomains.map(hostOnly)]),
    ...(settings.baseDomain ? [settings.baseDomain] : []),
  ];
  const judged = editionHost(input.host, {
    kind: input.domainKind,
    baseDomain: settings.baseDomain,
    protectedHosts: [...platformHosts(ctx), ...domains],
  });
  if ('issue' in judged)
    return { host: null, issue: { code: 'hostname_not_allowed', message: `${input.host} ${judged.issue.reason}` } };
  const host = judged.host;
  const [holder] = await ctx.db
    .select({ id: editions.id })
    .from(editions)
    .where(
      and(
        eq(editions.host, host),
        ne(editions.status, 'deleted'),
        input.editionId ? ne(editions.id, input.editionId) : undefined,
      ),
    );
  if (holder) return { host, issue: { code: 'edition_host_taken', message: `${host} is taken by another edition` } };
  const others = await ctx.db
    .select({ name: editions.name })
    .from(editions)
    .where(
      and(
        eq(editions.organizationId, settings.organizationId),
        ne(editions.affiliateId, input.affiliateId),
        ne(editions.status, 'deleted'),
      ),
    );
  const lookalike = lookalikeIssue(
    { name: input.name ?? '', host, baseDomain: settings.baseDomain },
    {
      brands: [org?.name ?? '', org?.branding.portalName ?? '', ...appRows.map((a) => a.name)].filter(Boolean),
      domains,
      otherEditionNames: others.map((o) => o.name),
    },
  );
  if (lookalike)
    return {
      host,
      issue: {
        code: 'edition_lookalike',
        message: `The edition’s ${lookalike.field} ${lookalike.reason}`,
        details: { field: lookalike.field, resembles: lookalike.resembles },
      },
    };
  return { host, issue: null };
}
