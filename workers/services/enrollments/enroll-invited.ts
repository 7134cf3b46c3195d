import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, organizations, programs, users, type Enrollment } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { ProgramVisibility } from '../../../schema/enums';
import { applicationStatus } from '../../domain/enrollment-status';
import { AppError } from '../../errors/app-error';
import { publishRouting } from '../tracking';
import { insertEnrollment } from './insert-enrollment';

export interface InvitedEnrollmentInput {
  organizationId: string;
  /** One program, or NULL for every active program of the organization. */
  programId: string | null;
  affiliateId: string;
  /**
   * The status of every enrollment made, or `application`: each program's own rule, as if the affiliate
   * applied (public active, by approval pending; applicationStatus), for a sign-up on a white-label portal.
   */
  status: 'active' | 'pending' | 'application';
  /** Only programs an affiliate may apply to (public, by approval), not invite-only ones. */
  openOnly?: boolean;
  rateOverrideBps?: number | null;
  holdDaysOverride?: number | null;
  /** The partner group of `programId` to join; NULL or absent: each program's default group. */
  groupId?: string | null;
  /** The answers and terms accepted through a one-program link's form (prepareApplication); absent: none asked. */
  application?: { answers: object[] | null; terms: { version: number; ip: string | null } | null };
  /** What brought the affiliate in, recorded in the audit row. */
  via: { kind: 'registration_link' | 'invitation' | 'portal_sign_up' | 'embed'; id: string; termsVersion?: number };
}

export interface InvitedEnrollmentPlan {
  /** Active programs the invitation reaches (any visibility unless openOnly: the advertiser invited the affiliate). */
  programIds: string[];
  /** The visibility of each of programIds. */
  visibility: Map<string, ProgramVisibility>;
  /** Of those, the ones the affiliate is already in (whatever that enrollment's status). */
  enrolledIds: string[];
}

/** Which programs an invitation reaches and which of them the affiliate already holds an enrollment in. */
export async function planInvitedEnrollment({
  ctx,
  input,
}: ServiceCall<
  Pick<InvitedEnrollmentInput, 'organizationId' | 'programId' | 'affiliateId' | 'openOnly'>
>): Promise<InvitedEnrollmentPlan> {
  const targets = await ctx.db
    .select({ id: programs.id, visibility: programs.visibility })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(
      and(
        eq(programs.organizationId, input.organizationId),
        eq(programs.status, 'active'),
        eq(organizations.status, 'active'),
        input.programId ? eq(programs.id, input.programId) : undefined,
        input.openOnly ? inArray(programs.visibility, ['public', 'approval']) : undefined,
      ),
    );
  const programIds = targets.map((p) => p.id);
  const held = programIds.length
    ? await ctx.db
        .select({ programId: enrollments.programId })
        .from(enrollments)
        .where(and(eq(enrollments.affiliateId, input.affiliateId), inArray(enrollments.programId, programIds)))
    : [];
  return {
    programIds,
    enrolledIds: held.map((h) => h.programId),
    visibility: new Map(targets.map((p) => [p.id, p.visibility])),
  };
}

/**
 * Enrolls an invited affiliate (registration link or email invitation) in the programs it reaches that it
 * is not in yet, inside the caller's transaction; platform approval is not required, because the
 * advertiser vouched for the affiliate. Call `publishInvitedEnrollments` after the commit.
 */
export async function enrollInvited({ ctx, input }: ServiceCall<InvitedEnrollmentInput>): Promise<Enrollment[]> {
  const plan = await planInvitedEnrollment({ ctx, input });
  const missing = plan.programIds.filter((id) => !plan.enrolledIds.includes(id));
  const [user] = await ctx.db
    .select({ firstName: users.firstName, banned: users.banned, blocked: users.blocked, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, input.affiliateId));
  if (!user || user.banned || user.blocked || user.deletedAt)
    throw new AppError('forbidden', 'This account is suspended');
  const created: Enrollment[] = [];
  for (const programId of missing) {
    const enroll = (status: 'active' | 'pending') =>
      insertEnrollment({
        ctx,
        input: {
          programId,
          organizationId: input.organizationId,
          affiliateId: input.affiliateId,
          firstName: user.firstName,
          status,
          rateOverrideBps: input.rateOverrideBps ?? null,
          holdDaysOverride: input.holdDaysOverride ?? null,
          groupId: input.groupId ?? null,
          applicationAnswers: input.application?.answers ?? null,
          terms: input.application?.terms ?? null,
          auditAction: input.status === 'application' ? 'enrollment.applied' : 'enrollment.joined',
          via: input.via,
        },
      });
    if (input.status !== 'application') {
      created.push(await enroll(input.status));
      continue;
    }
    const status = applicationStatus(plan.visibility.get(programId) ?? 'approval');
    try {
      created.push(await enroll(status));
    } catch (err) {
      // A plan with no room for one more affiliate: the application waits for the advertiser instead of
      // being lost; approving it checks the plan again.
      if (!(status === 'active' && err instanceof AppError && err.code === 'plan_limit_reached')) throw err;
      created.push(await enroll('pending'));
    }
  }
  return created;
}

/** Publishes the tracking routes of enrollments made by enrollInvited, once they are committed. */
export async function publishInvitedEnrollments({ ctx, input }: ServiceCall<Enrollment[]>): Promise<void> {
  for (const enrollment of input) await publishRouting({ ctx, input: { enrollment: enrollment.id } });
}
