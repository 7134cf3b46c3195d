import { z } from '@hono/zod-openapi';
import { profileResponse } from '../accounts/me-schema';
import { unreadMessages } from '../messages/schemas';
import { organization } from '../organizations/schemas';
import { portal } from '../portal/schemas';

/**
 * What the dashboard's frame needs to open a signed-in page, in one answer: the same objects GET /me, /portal,
 * /orgs/{orgId}, /me/notifications (its unreadCount) and the unread-messages counts answer, under the same rules.
 */
export const sessionBoot = z
  .object({
    profile: profileResponse,
    portal: portal.describe('The brand of the host the request came to (as GET /portal)'),
    // A union, not .nullable(): on a registered component that marks the component itself nullable.
    organization: z
      .union([organization, z.null()])
      .describe('The advertiser organization of /orgs/{orgId}/session with your role there; null elsewhere'),
    unreadNotifications: z.number().int().describe('Your unread in-app notifications (the bell)'),
    unreadMessages: z
      .union([unreadMessages, z.null()])
      .describe(
        'Unread messages of the context: the inbox badge (owner and admin; 0 for platform staff) or the affiliate’s thread with the advertiser; null where the caller has no messages there',
      ),
  })
  .openapi('SessionBoot');

export type SessionBoot = z.infer<typeof sessionBoot>;
