import type { ServiceCall } from '../../context';
import { listMyAnnouncements, type MyAnnouncement } from '../announcements';
import { myCampaignMessages } from '../campaigns';

/**
 * One entry of the home's "recent announcements": an announcement (plain text, seen by every active
 * affiliate it targets) or a campaign message addressed to this affiliate (Markdown, with its read state;
 * its id is the message's, for "mark read").
 */
export type HomeAnnouncement = MyAnnouncement & { kind: 'announcement' | 'campaign'; readAt: Date | null };

/** Both kinds from these advertisers, newest first, `limit` in all. */
export async function readHomeAnnouncements({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[]; limit: number }>): Promise<HomeAnnouncement[]> {
  const announcements = await listMyAnnouncements({ ctx, input });
  const messages = await myCampaignMessages({ ctx, input });
  return [
    ...announcements.map((a) => ({ ...a, kind: 'announcement' as const, readAt: null })),
    ...messages.map((m) => ({
      id: m.id,
      organizationId: m.organizationId,
      advertiserName: m.advertiserName,
      programId: null,
      programName: null,
      title: m.subject,
      body: m.body,
      publishedAt: m.deliveredAt,
      kind: 'campaign' as const,
      readAt: m.readAt,
    })),
  ]
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id.localeCompare(a.id))
    .slice(0, input.limit);
}
