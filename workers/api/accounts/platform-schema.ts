import { z } from '@hono/zod-openapi';
import { platformRoleField, uuidField } from './common-schema';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listUsersQuery = z
  .object({
    approvedAffiliate: flag.optional(),
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
    banned: z.boolean(),
    twoFactorEnabled: z.boolean(),
    lastLogin: z.iso.datetime().nullable(),
    lastIp: z.string().nullable(),
    loginsCount: z.number().int(),
    createdAt: z.iso.datetime(),
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

export const approvedResponse = z
  .object({ userId: uuidField, approvedAffiliate: z.literal(true) })
  .openapi('AffiliateApproved');
export const banStateResponse = z.object({ userId: uuidField, banned: z.boolean() }).openapi('BanState');
