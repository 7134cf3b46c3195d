import { eq } from 'drizzle-orm';
import { apps, type App } from '../../../schema';
import type { AppStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { landingUrlIssue } from '../../domain/program-rules';
import { ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from './get-app';

export interface AppChanges {
  name?: string | undefined;
  siteUrl?: string | undefined;
  allowedDomains?: string[] | undefined;
  embedOrigins?: string[] | undefined;
  status?: AppStatus | undefined;
}

export async function updateApp({ ctx, input }: ServiceCall<{ appId: string; changes: AppChanges }>): Promise<App> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  return inTransaction(ctx, async (tx) => {
    const before = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    const next = {
      name: input.changes.name ?? before.name,
      siteUrl: input.changes.siteUrl ?? before.siteUrl,
      allowedDomains: input.changes.allowedDomains ? [...new Set(input.changes.allowedDomains)] : before.allowedDomains,
      embedOrigins: input.changes.embedOrigins ? [...new Set(input.changes.embedOrigins)] : before.embedOrigins,
      status: input.changes.status ?? before.status,
    };
    const issue = landingUrlIssue(next.siteUrl, next.allowedDomains);
    if (issue)
      throw new ValidationError('The request is not valid', [{ path: 'siteUrl', message: `The site URL ${issue}` }]);
    const [after] = await tx.db.update(apps).set(next).where(eq(apps.id, before.id)).returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'app.updated', targetType: 'app', targetId: before.id, before, after },
    });
    return after!;
  });
}
