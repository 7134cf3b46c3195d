import { eq } from 'drizzle-orm';
import { apps } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from './get-app';

/** Deletes an app without programs (its API keys go with it); one with programs is archived instead. */
export async function deleteApp({ ctx, input }: ServiceCall<{ appId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const before = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
        await tx.db.delete(apps).where(eq(apps.id, before.id));
        await recordAudit({
          ctx: tx,
          input: { action: 'app.deleted', targetType: 'app', targetId: before.id, before },
        });
      }),
    {
      programs_app_id_apps_id_fk: 'The app has programs; archive it (status archived) instead of deleting it',
      conversions_app_id_apps_id_fk: 'The app has conversions; archive it (status archived) instead of deleting it',
      referred_customers_app_id_apps_id_fk:
        'The app has customers; archive it (status archived) instead of deleting it',
    },
  );
}
