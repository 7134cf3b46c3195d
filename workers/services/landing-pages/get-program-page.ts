import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { apps, creatives, organizations, programs, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type CommissionTerms, effectiveTerms } from '../../domain/commission-terms';
import { NotFoundError } from '../../errors/app-error';
import { affiliateProgramTerms, findDefaultGroup, findGroupOrThrow } from '../programs';

const NO_OVERRIDES = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };
const CREATIVES_SHOWN = 4;

export interface ProgramPage {
  program: {
    id: string;
    name: string;
    description: string | null;
    onboardingBrief: string | null;
    goals: string | null;
  };
  visibility: 'public' | 'approval';
  app: { name: string; siteUrl: string };
  advertiser: { id: string; name: string; logoUrl: string | null; primaryColor: string | null };
  /** The group the page is for; null on the program's own page. */
  group: { id: string; name: string; description: string | null } | null;
  /** What a new member gets: the program's terms through its default group, or the page's group. */
  terms: CommissionTerms;
  cookieDays: number;
  attributionRule: 'last_click' | 'first_click';
  creatives: { id: string; name: string; imageUrl: string; width: number | null; height: number | null }[];
}

/**
 * A program's (or one of its groups') public page: only an active program open to the marketplace (public or
 * by approval) of an active advertiser; on an advertiser's portal host, only that advertiser's, under its
 * portal name. Anything else is the same not_found, so a page never tells a draft from a missing program.
 */
export async function getProgramPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId?: string | undefined }>): Promise<ProgramPage> {
  const portal = ctx.portal?.organizationId;
  const [row] = await ctx.db
    .select({
      ...affiliateProgramTerms,
      version: programs.version,
      description: programs.description,
      visibility: programs.visibility,
      organizationId: programs.organizationId,
      appName: apps.name,
      siteUrl: apps.siteUrl,
      advertiserName: organizations.name,
      branding: organizations.branding,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .where(
      and(
        eq(programs.id, input.programId),
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        portal ? eq(programs.organizationId, portal) : undefined,
      ),
    );
  if (!row) throw new NotFoundError('program', input.programId);
  const group: ProgramGroup = input.groupId
    ? await findGroupOrThrow({
        ctx,
        input: { organizationId: row.organizationId, programId: row.id, groupId: input.groupId },
      })
    : await findDefaultGroup({ ctx, input: { programId: row.id } });
  const banners = await ctx.db
    .select({
      id: creatives.id,
      name: creatives.name,
      imageUrl: creatives.imageUrl,
      width: creatives.width,
      height: creatives.height,
    })
    .from(creatives)
    .where(and(eq(creatives.programId, row.id), eq(creatives.kind, 'banner'), isNotNull(creatives.imageUrl)))
    .orderBy(desc(creatives.id))
    .limit(CREATIVES_SHOWN);
  return {
    program: {
      id: row.id,
      name: row.name,
      description: row.description,
      onboardingBrief: row.onboardingBrief,
      goals: row.goals,
    },
    // The query only returns these two.
    visibility: row.visibility as 'public' | 'approval',
    app: { name: row.appName, siteUrl: row.siteUrl },
    advertiser: {
      id: row.organizationId,
      name: ctx.portal?.name ?? row.advertiserName,
      logoUrl: row.branding.logoUrl ?? null,
      primaryColor: row.branding.primaryColor ?? null,
    },
    group: input.groupId ? { id: group.id, name: group.name, description: group.description } : null,
    terms: effectiveTerms({ ...row, version: row.version }, NO_OVERRIDES, group),
    cookieDays: row.cookieDays,
    attributionRule: row.attributionRule,
    creatives: banners.flatMap((b) => (b.imageUrl ? [{ ...b, imageUrl: b.imageUrl }] : [])),
  };
}
