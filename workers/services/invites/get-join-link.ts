import { and, asc, eq } from 'drizzle-orm';
import { organizations, programs, registrationLinks, type Program } from '../../../schema';
import type { JoinApproval } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { joinLinkState, type JoinLinkState } from '../../domain/join-link';
import type { Question } from '../../domain/application-form';
import { NotFoundError } from '../../errors/app-error';
import { type CurrentTerms, findApplicantSetup } from '../applications';

export type JoinProgram = Pick<
  Program,
  | 'id'
  | 'name'
  | 'description'
  | 'visibility'
  | 'payoutModel'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'currency'
  | 'holdDays'
  | 'cookieDays'
>;

export interface JoinLinkView {
  code: string;
  organizationName: string;
  /** The one program of a program link; NULL for an organization link. */
  programId: string | null;
  /** What joining gives: the link's program, or every active program of the organization. */
  programs: JoinProgram[];
  approval: JoinApproval;
  rateOverrideBps: number | null;
  holdDaysOverride: number | null;
  expiresAt: Date | null;
  state: JoinLinkState;
  /** What joining asks, for a link to one program: its form (the link's group's) and current terms; null otherwise. */
  application: { questions: Question[]; terms: CurrentTerms | null } | null;
}

/**
 * What the public join page shows for a code: who invites, into what, on which terms, and whether the
 * link can be used (else the refusal code). An unknown code is not_found.
 */
export async function getJoinLink({ ctx, input }: ServiceCall<{ code: string }>): Promise<JoinLinkView> {
  const [row] = await ctx.db
    .select({ link: registrationLinks, organizationName: organizations.name, orgStatus: organizations.status })
    .from(registrationLinks)
    .innerJoin(organizations, eq(organizations.id, registrationLinks.organizationId))
    .where(eq(registrationLinks.code, input.code));
  // A white-label portal shows only its own advertiser's links, as joining there accepts only those.
  const portal = ctx.portal?.organizationId;
  if (!row || (portal && row.link.organizationId !== portal)) throw new NotFoundError('registration link');
  const { link } = row;
  const reached =
    row.orgStatus === 'active'
      ? await ctx.db
          .select({
            id: programs.id,
            name: programs.name,
            description: programs.description,
            visibility: programs.visibility,
            payoutModel: programs.payoutModel,
            commissionType: programs.commissionType,
            commissionRateBps: programs.commissionRateBps,
            commissionFixedMinor: programs.commissionFixedMinor,
            currency: programs.currency,
            holdDays: programs.holdDays,
            cookieDays: programs.cookieDays,
          })
          .from(programs)
          .where(
            and(
              eq(programs.organizationId, link.organizationId),
              eq(programs.status, 'active'),
              link.programId ? eq(programs.id, link.programId) : undefined,
            ),
          )
          .orderBy(asc(programs.name))
          .limit(100)
      : [];
  const setup =
    link.programId && reached.length > 0
      ? await findApplicantSetup({ ctx, input: { programId: link.programId, groupId: link.groupId } })
      : null;
  return {
    code: link.code,
    organizationName: ctx.portal?.name ?? row.organizationName,
    programId: link.programId,
    programs: reached,
    approval: link.approval,
    rateOverrideBps: link.rateOverrideBps,
    holdDaysOverride: link.holdDaysOverride,
    expiresAt: link.expiresAt,
    state: joinLinkState({ ...link, joinable: reached.length > 0 }, ctx.now),
    application: setup ? { questions: setup.questions, terms: setup.terms } : null,
  };
}
