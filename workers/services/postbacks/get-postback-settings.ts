import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { PostbackEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

export interface PostbackSettings {
  template: string | null;
  enabled: boolean;
  events: PostbackEventType[];
}

/** The signed-in affiliate's one postback URL template, whether it fires, and for which events. */
export async function getPostbackSettings({ ctx, input }: ServiceCall<{ userId: string }>): Promise<PostbackSettings> {
  const [row] = await ctx.db
    .select({ template: users.postbackUrlTemplate, enabled: users.postbackEnabled, events: users.postbackEvents })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!row) throw new NotFoundError('user', input.userId);
  return row;
}
