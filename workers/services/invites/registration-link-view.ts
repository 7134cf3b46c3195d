import { and, eq, sql } from 'drizzle-orm';
import { organizations, programGroups, programs, registrationLinks, type RegistrationLink } from '../../../schema';
import type { ServiceCall } from '../../context';
import { joinLinkState, type JoinLinkState } from '../../domain/join-link';

export interface RegistrationLinkRow extends RegistrationLink {
  programName: string | null;
  /** The partner group joiners go into; null: the program's default group (or an organization link). */
  groupName: string | null;
  url: string;
  state: JoinLinkState;
}

/** The page an affiliate opens: `${APP_BASE_URL}/join/{code}`. */
export const joinUrl = ({ ctx, input: { code } }: ServiceCall<{ code: string }>): string =>
  `${ctx.config.APP_BASE_URL.replace(/\/$/, '')}/join/${encodeURIComponent(code)}`;

/**
 * Whether anything is left to join: the link's program is active, or (organization link) the
 * organization has an active program; and the organization itself is active.
 */
export const joinableSql = sql<boolean>`(
  SELECT count(*) > 0 FROM ${programs} p
   WHERE p.organization_id = ${registrationLinks.organizationId}
     AND p.status = 'active'
     AND (${registrationLinks.programId} IS NULL OR p.id = ${registrationLinks.programId})
) AND ${organizations.status} = 'active'`;

/** Links of one organization with their program's name and current state. */
export function selectRegistrationLinks({
  ctx,
  input: { organizationId, linkId },
}: ServiceCall<{ organizationId: string; linkId?: string }>) {
  return ctx.db
    .select({
      link: registrationLinks,
      programName: programs.name,
      groupName: programGroups.name,
      joinable: joinableSql,
    })
    .from(registrationLinks)
    .innerJoin(organizations, eq(organizations.id, registrationLinks.organizationId))
    .leftJoin(programs, eq(programs.id, registrationLinks.programId))
    .leftJoin(programGroups, eq(programGroups.id, registrationLinks.groupId))
    .where(
      and(eq(registrationLinks.organizationId, organizationId), linkId ? eq(registrationLinks.id, linkId) : undefined),
    );
}

export function toRegistrationLinkRow({
  ctx,
  input: r,
}: ServiceCall<{
  link: RegistrationLink;
  programName: string | null;
  groupName: string | null;
  joinable: boolean;
}>): RegistrationLinkRow {
  return {
    ...r.link,
    programName: r.programName,
    groupName: r.groupName,
    url: joinUrl({ ctx, input: { code: r.link.code } }),
    state: joinLinkState({ ...r.link, joinable: r.joinable }, ctx.now),
  };
}
