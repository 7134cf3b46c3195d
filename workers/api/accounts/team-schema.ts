import { z } from '@hono/zod-openapi';
import { emailField, memberRoleField, uuidField } from './common-schema';

export const orgParams = z.object({ orgId: uuidField });
export const memberParams = z.object({ orgId: uuidField, userId: uuidField });
export const invitationParams = z.object({ orgId: uuidField, invitationId: uuidField });

export const memberSchema = z
  .object({
    userId: uuidField,
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    role: memberRoleField,
    twoFactorEnabled: z.boolean(),
    joinedAt: z.iso.datetime(),
  })
  .openapi('Member');

export const membersResponse = z.object({ members: z.array(memberSchema) }).openapi('Members');

export const changeRoleBody = z.object({ role: memberRoleField }).strict().openapi('ChangeMemberRoleRequest');
export const changeRoleResponse = z.object({ userId: uuidField, role: memberRoleField }).openapi('MemberRole');

export const invitationSchema = z
  .object({
    id: uuidField,
    email: z.string(),
    role: memberRoleField,
    invitedById: uuidField.nullable(),
    expiresAt: z.iso.datetime(),
    expired: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Invitation');

export const invitationsResponse = z.object({ invitations: z.array(invitationSchema) }).openapi('Invitations');

export const inviteBody = z
  .object({ email: emailField, role: memberRoleField })
  .strict()
  .openapi('InviteMemberRequest');
