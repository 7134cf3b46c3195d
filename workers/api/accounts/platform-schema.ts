import { z } from '@hono/zod-openapi';
import { AffiliateReviewStatus } from '../../../schema/enums';
import { platformRoleField, uuidField } from './common-schema';

export const affiliateStatusField = z
  .enum(AffiliateReviewStatus)
  .describe('Where the affiliate account stands with the platform: waiting, approved or rejected');

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listUsersQuery = z
  .object({
    approvedAffiliate: flag.optional(),
    affiliateStatus: affiliateStatusField
      .optional()
      .describe('Only affiliate accounts in this review state (advertiser and platform staff never match)'),
    banned: flag.optional(),
    q: z.string().trim().min(1).max(254).optional().describe('Part of the email, first or last name'),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: uuidField.optional().describe('nextCursor of the previous page'),
  })
  .strict();

export const userListItem = z
  .object({
    id: uuidField,
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    platformRole: platformRoleField,
    emailVerified: z.boolean(),
    approvedAffiliate: z.boolean(),
    affiliateStatus: affiliateStatusField
      .nullable()
      .describe('Null for an account that is advertiser or platform staff only: there is nothing to approve'),
    affiliateRejectionReason: z.string().nullable(),
    banned: z.boolean(),
    twoFactorEnabled: z.boolean(),
    lastLogin: z.iso.datetime().nullable(),
    lastIp: z.string().nullable(),
    loginsCount: z.number().int(),
    createdAt: z.iso.datetime(),
    addedBy: z
      .enum(['embed', 'import'])
      .nullable()
      .describe('An account an advertiser made (its embedded dashboard, or an import); null: the person signed up'),
    claimed: z.boolean().describe('The person has a password or a Google/GitHub sign-in of their own'),
    activePrograms: z.number().int().describe('Programs the account is active in'),
  })
  .openapi('PlatformUser');

export const userListResponse = z
  .object({ items: z.array(userListItem), nextCursor: uuidField.nullable() })
  .openapi('PlatformUsers');

export const userParams = z.object({ userId: uuidField });

export const banBody = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict()
  .openapi('BanUserRequest');

export const rejectAffiliateBody = z
  .object({ reason: z.string().trim().min(1).max(500).optional().describe('Shown to the affiliate') })
  .strict()
  .openapi('RejectAffiliateRequest');

export const approvedResponse = z
  .object({ userId: uuidField, approvedAffiliate: z.literal(true) })
  .openapi('AffiliateApproved');
export const rejectedResponse = z
  .object({ userId: uuidField, approvedAffiliate: z.literal(false), affiliateStatus: z.literal('rejected') })
  .openapi('AffiliateRejected');
export const banStateResponse = z.object({ userId: uuidField, banned: z.boolean() }).openapi('BanState');
