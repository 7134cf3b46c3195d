import { eq } from 'drizzle-orm';
import { editionSettings, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { type EditionSettingsView, settingsView } from './settings-view';

/** An app's branded-edition offer (the defaults, switched off, until the advertiser saves one). */
export async function getEditionSettings({ ctx, input }: ServiceCall<{ appId: string }>): Promise<EditionSettingsView> {
  const app = await findAppOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, appId: input.appId },
  });
  const [row] = await ctx.db
    .select({ settings: editionSettings, currency: programs.currency })
    .from(editionSettings)
    .leftJoin(programs, eq(programs.id, editionSettings.programId))
    .where(eq(editionSettings.appId, app.id));
  return settingsView(app, row?.settings, row?.currency ?? null);
}
