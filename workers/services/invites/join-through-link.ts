import { eq, sql } from 'drizzle-orm';
import { organizations, registrationLinks, registrationLinkUses, type Enrollment } from '../../../schema';
import type { AnswerValue } from '../../domain/application-form';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { joinLinkState } from '../../domain/join-link';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { enrollInvited, planInvitedEnrollment, publishInvitedEnrollments } from '../enrollments';
import { portalScope } from '../access';
import { prepareApplication } from '../applications';
import { JOIN_LINK_MESSAGES } from './join-link-messages';

export interface JoinResult {
  organizationId: string;
  organizationName: string;
  linkId: string;
  enrollments: Enrollment[];
}

type LinkApplication = { answers: Record<string, AnswerValue>; termsVersion?: number | undefined } | undefined;

/** A one-program link's form and terms, checked as an application; the link's approval mode decides, not rules. */
async function linkApplication(ctx: ServiceContext, programId: string, groupId: string | null, given: LinkApplication) {
  const prepared = await prepareApplication({
    ctx,
    input: {
      programId,
      groupId,
      answers: given?.answers ?? {},
      termsVersion: given?.termsVersion,
      email: null,
      country: null,
    },
  });
  return {
    answers: prepared.answers,
    terms: prepared.termsVersion === null ? null : { version: prepared.termsVersion, ip: ctx.origin?.ip ?? null },
  };
}

/**
 * Enrolls `affiliateId` through the link with this code, under the link's row lock: the state is checked
 * and the use counted in the same transaction as the enrollments, so the max-th use succeeds and the next
 * is refused. An affiliate already in every program the link reaches gets already_enrolled and no use is
 * counted; one affiliate counts once per link, however often it comes back.
 */
export async function joinThroughLink({
  ctx,
  input,
}: ServiceCall<{
  code: string;
  affiliateId: string;
  /** Answers to the program's form and the terms version accepted, for a link to one program. */
  application?: LinkApplication;
}>): Promise<JoinResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const [link] = await tx.db
      .select()
      .from(registrationLinks)
      .where(eq(registrationLinks.code, input.code))
      .for('update');
    // A white-label portal's session joins only that advertiser's links.
    const scope = portalScope(tx);
    if (!link || (scope && link.organizationId !== scope)) throw new NotFoundError('registration link');
    const [org] = await tx.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, link.organizationId));
    // The join happens in the advertiser's context, so its audit rows are the tenant's.
    const scoped: ServiceContext = {
      ...tx,
      tenant: { kind: 'affiliate', organizationId: link.organizationId, affiliateId: input.affiliateId },
    };
    const target = { organizationId: link.organizationId, programId: link.programId, affiliateId: input.affiliateId };
    const plan = await planInvitedEnrollment({ ctx: scoped, input: target });
    if (plan.programIds.length > 0 && plan.programIds.every((id) => plan.enrolledIds.includes(id)))
      throw new AppError('already_enrolled', 'You are already in every program this link leads to', {
        programIds: plan.programIds,
      });
    const state = joinLinkState({ ...link, joinable: plan.programIds.length > 0 }, tx.now);
    if (state !== 'valid') throw new AppError(state, JOIN_LINK_MESSAGES[state]);

    // A link to one program asks that program's form (its group's) and terms as an application does; a link
    // to the whole organization asks none: it reaches programs the affiliate never chose one by one.
    const application = link.programId
      ? await linkApplication(scoped, link.programId, link.groupId, input.application)
      : undefined;

    const [use] = await tx.db
      .insert(registrationLinkUses)
      .values({ linkId: link.id, userId: input.affiliateId, usedAt: tx.now })
      .onConflictDoUpdate({
        target: [registrationLinkUses.linkId, registrationLinkUses.userId],
        set: { usedAt: sql`coalesce(${registrationLinkUses.usedAt}, excluded.used_at)` },
        // Only a use not counted before comes back from the upsert.
        setWhere: sql`${registrationLinkUses.usedAt} IS NULL`,
      })
      .returning({ id: registrationLinkUses.id });
    if (use)
      await tx.db
        .update(registrationLinks)
        .set({ usesCount: sql`${registrationLinks.usesCount} + 1` })
        .where(eq(registrationLinks.id, link.id));
    const created = await enrollInvited({
      ctx: scoped,
      input: {
        ...target,
        status: link.approval === 'approve' ? 'active' : 'pending',
        rateOverrideBps: link.rateOverrideBps,
        holdDaysOverride: link.holdDaysOverride,
        groupId: link.groupId,
        ...(application ? { application } : {}),
        via: { kind: 'registration_link', id: link.id },
      },
    });
    await recordAudit({
      ctx: scoped,
      input: {
        action: 'registration_link.used',
        targetType: 'registration_link',
        targetId: link.id,
        organizationId: link.organizationId,
        after: { affiliateId: input.affiliateId, counted: Boolean(use), enrollmentIds: created.map((e) => e.id) },
      },
    });
    return {
      organizationId: link.organizationId,
      organizationName: org!.name,
      linkId: link.id,
      enrollments: created,
    };
  });
  await publishInvitedEnrollments({ ctx, input: result.enrollments });
  return result;
}
