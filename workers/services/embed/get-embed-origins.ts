import { and, eq } from 'drizzle-orm';
import { apps } from '../../../schema';
import type { ServiceCall } from '../../context';

/** The origins that may frame an active app's embed; null for an unknown or inactive app. */
export async function getEmbedOrigins({ ctx, input }: ServiceCall<{ appId: string }>): Promise<string[] | null> {
  const [app] = await ctx.db
    .select({ origins: apps.embedOrigins })
    .from(apps)
    .where(and(eq(apps.id, input.appId), eq(apps.status, 'active')));
  return app?.origins ?? null;
}
