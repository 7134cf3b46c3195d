import { applicationAsks, applicationAsksView } from '../applications/schemas';
import { z } from '@hono/zod-openapi';
import { CommissionType, EnrollmentStatus, JoinApproval, PayoutModel, ProgramVisibility } from '../../../schema/enums';
import { JoinLinkState } from '../../domain/join-link';
import type { JoinLinkView, MyInvitation, ProgramInvitation, RegistrationLinkRow } from '../../services/invites';
import { bps, days, idParam, iso, isoOrNull, minorAmount, orgParams, timestamp } from '../shared/schemas';

export const registrationLinkParams = orgParams.extend({ registrationLinkId: idParam('registrationLinkId') });
export const programInvitationParams = orgParams.extend({ invitationId: idParam('invitationId') });
export const joinCodeParams = z.object({
  code: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' }, description: 'The {code} of /join/{code}' }),
});

const state = z
  .enum(JoinLinkState)
  .describe(
    'valid, or why the link cannot be used: join_link_revoked, join_link_expired, join_link_used_up, join_link_unavailable (no active program to join); the same codes accepting answers',
  );

export const createRegistrationLinkBody = z
  .object({
    programId: z
      .uuid()
      .nullable()
      .optional()
      .describe('One program of the organization; absent or null: every active program'),
    label: z.string().trim().min(1).max(200),
    expiresAt: timestamp.nullable().optional().describe('Must be in the future; absent or null: never expires'),
    maxUses: z.number().int().min(1).max(1_000_000).nullable().optional().describe('Absent or null: unlimited'),
    rateOverrideBps: bps
      .nullable()
      .optional()
      .describe("Commission rate for the affiliates it brings; null: the program's"),
    holdDaysOverride: days.nullable().optional().describe("Hold period in days for them; null: the program's"),
    groupId: z
      .uuid()
      .nullable()
      .optional()
      .describe("A partner group of programId the affiliates join; absent or null: the program's default group"),
    approval: z
      .enum(JoinApproval)
      .default('approve')
      .describe('approve: enrolled as active at once; review: pending until the advertiser approves'),
  })
  .strict()
  .openapi('CreateRegistrationLinkRequest');

export const registrationLink = z
  .object({
    id: z.uuid(),
    code: z.string(),
    url: z.string().describe('The join page to share: APP_BASE_URL/join/{code}'),
    label: z.string(),
    programId: z.uuid().nullable(),
    programName: z.string().nullable().describe('null for an organization link'),
    groupId: z.uuid().nullable(),
    groupName: z.string().nullable().describe("null: the program's default group"),
    expiresAt: timestamp.nullable(),
    maxUses: z.number().int().nullable(),
    usesCount: z.number().int().describe('Affiliates who joined through the link, each counted once'),
    rateOverrideBps: z.number().int().nullable(),
    holdDaysOverride: z.number().int().nullable(),
    approval: z.enum(JoinApproval),
    state,
    revokedAt: timestamp.nullable(),
    createdById: z.uuid().nullable(),
    createdAt: timestamp,
  })
  .openapi('RegistrationLink');

export const registrationLinks = z.object({ items: z.array(registrationLink) }).openapi('RegistrationLinks');

export const registrationLinkView = (r: RegistrationLinkRow): z.infer<typeof registrationLink> => ({
  id: r.id,
  code: r.code,
  url: r.url,
  label: r.label,
  programId: r.programId,
  programName: r.programName,
  groupId: r.groupId,
  groupName: r.groupName,
  expiresAt: isoOrNull(r.expiresAt),
  maxUses: r.maxUses,
  usesCount: r.usesCount,
  rateOverrideBps: r.rateOverrideBps,
  holdDaysOverride: r.holdDaysOverride,
  approval: r.approval,
  state: r.state,
  revokedAt: isoOrNull(r.revokedAt),
  createdById: r.createdById,
  createdAt: iso(r.createdAt),
});

const joinProgram = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  visibility: z.enum(ProgramVisibility),
  payoutModel: z.enum(PayoutModel),
  commissionType: z.enum(CommissionType),
  commissionRateBps: z.number().int().nullable(),
  commissionFixedMinor: minorAmount.nullable(),
  currency: z.string(),
  holdDays: z.number().int(),
  cookieDays: z.number().int(),
});

export const joinLink = z
  .object({
    code: z.string(),
    organizationName: z.string(),
    programId: z.uuid().nullable().describe('The program of a program link; null: the whole organization'),
    programs: z.array(joinProgram).describe('What joining enrolls in (the active programs it reaches)'),
    approval: z.enum(JoinApproval),
    rateOverrideBps: z.number().int().nullable(),
    holdDaysOverride: z.number().int().nullable(),
    expiresAt: timestamp.nullable(),
    state,
    application: applicationAsks
      .nullable()
      .describe(
        'What joining asks, for a link to one program: send the answers and termsVersion to accept; null: nothing',
      ),
  })
  .openapi('JoinLink');

export const joinLinkView = (v: JoinLinkView): z.infer<typeof joinLink> => ({
  ...v,
  expiresAt: isoOrNull(v.expiresAt),
  application: v.application ? applicationAsksView(v.application) : null,
});

export const joinResult = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    enrollments: z.array(z.object({ id: z.uuid(), programId: z.uuid(), status: z.enum(EnrollmentStatus) })),
  })
  .openapi('JoinResult');

export const inviteAffiliateBody = z
  .object({ email: z.email().max(254), programId: z.uuid() })
  .strict()
  .openapi('InviteAffiliateRequest');

export const programInvitation = z
  .object({
    id: z.uuid(),
    email: z.string(),
    programId: z.uuid(),
    programName: z.string(),
    invitedById: z.uuid().nullable(),
    expiresAt: timestamp,
    expired: z.boolean(),
    declinedAt: timestamp.nullable().openapi({ description: 'When the invited person declined it; null if not' }),
    createdAt: timestamp,
  })
  .openapi('ProgramInvitation');

export const programInvitations = z.object({ items: z.array(programInvitation) }).openapi('ProgramInvitations');

export const programInvitationView = (i: ProgramInvitation): z.infer<typeof programInvitation> => ({
  ...i,
  expiresAt: iso(i.expiresAt),
  declinedAt: isoOrNull(i.declinedAt),
  createdAt: iso(i.createdAt),
});

export const myInvitationParams = z.object({ invitationId: idParam('invitationId') });

export const myInvitation = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    programId: z.uuid(),
    programName: z.string(),
    invitedBy: z
      .string()
      .nullable()
      .openapi({ description: 'Who sent it (or ran the import that did), by name or email' }),
    expiresAt: timestamp,
    waitingCommissions: z.number().int().openapi({ description: 'Imported commissions booked to you when you accept' }),
  })
  .openapi('MyInvitation');

export const myInvitations = z.object({ items: z.array(myInvitation) }).openapi('MyInvitations');

export const myInvitationView = (i: MyInvitation): z.infer<typeof myInvitation> => ({
  ...i,
  expiresAt: iso(i.expiresAt),
});

export const acceptedInvitation = z
  .object({ organizationId: z.uuid(), programId: z.uuid(), enrollmentId: z.uuid() })
  .openapi('AcceptedInvitation');

export const declinedInvitation = z.object({ id: z.uuid(), declinedAt: timestamp }).openapi('DeclinedInvitation');
