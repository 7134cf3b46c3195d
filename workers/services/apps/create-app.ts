import { apps, type App } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { httpsHost } from '../../domain/program-rules';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';

export async function createApp({
  ctx,
  input,
}: ServiceCall<{ name: string; siteUrl: string; allowedDomains?: string[] | undefined }>): Promise<App> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const allowedDomains = [...new Set(input.allowedDomains ?? [httpsHost(input.siteUrl)!])];
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apps)
      .values({ organizationId, name: input.name, siteUrl: input.siteUrl, allowedDomains })
      .returning();
    await recordAudit({ ctx: tx, input: { action: 'app.created', targetType: 'app', targetId: row!.id, after: row } });
    return row!;
  });
}
