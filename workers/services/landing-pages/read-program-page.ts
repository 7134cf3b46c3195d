import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { apps, creatives, organizations, programs, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type CommissionTerms, effectiveTerms } from '../../domain/commission-terms';
import type { LandingBlock } from '../../domain/landing-document';
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
  /** The advertiser's blocks: the published ones on the public page, the editor's on a preview. */
  blocks: LandingBlock[];
  /** Where uploaded images are served (the platform's base URL), for the blocks' upload keys. */
  uploadsBaseUrl: string;
}

export interface ReadProgramPageInput {
  programId: string;
  groupId?: string | undefined;
  /** The advertiser previewing its own page: any status and visibility. Absent: the public rules. */
  organizationId?: string | undefined;
}

/**
 * The facts a program's (or one of its groups') page is made of, blocks aside. Publicly: only an active program
 * open to the marketplace (public or by approval) of an active advertiser; on an advertiser's portal host, only
 * that advertiser's, under its portal name. Anything else is the same not_found, so a page never tells a draft
 * from a missing program. For its advertiser's preview: any of its own programs.
 */
export async function readProgramPage({
  ctx,
  input,
}: ServiceCall<ReadProgramPageInput>): Promise<Omit<ProgramPage, 'blocks'>> {
  const portal = ctx.portal?.organizationId;
  const open = input.organizationId
    ? [eq(programs.organizationId, input.organizationId)]
    : [
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        portal ? eq(programs.organizationId, portal) : undefined,
      ];
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
    .where(and(eq(programs.id, input.programId), ...open));
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
    // Publicly the query only returns these two; a preview of an invite-only program reads as by approval.
    visibility: row.visibility === 'public' ? 'public' : 'approval',
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
    uploadsBaseUrl: ctx.config.APP_BASE_URL,
  };
}
