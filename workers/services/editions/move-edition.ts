import { eq } from 'drizzle-orm';
import { editions, editionSettings, type Edition } from '../../../schema';
import type { AuditAction } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { type EditionAction, editionTransition } from '../../domain/edition-status';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { addEditionHostname } from '../domains';
import { type EditionChange, notifyEditionChange } from './edition-notifications';
import { findEditionRowOrThrow } from './find-my-edition-row';

const AUDITED: Partial<Record<EditionAction, AuditAction>> = {
  approve: 'edition.approved',
  reject: 'edition.rejected',
  suspend: 'edition.suspended',
  reinstate: 'edition.reinstated',
  delete: 'edition.deleted',
};

const CHANGE: Record<EditionAction, EditionChange> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  suspend: 'suspended',
  reinstate: 'reinstated',
  delete: 'deleted',
};

export interface MoveEditionInput {
  editionId: string;
  /** The advertiser's editions, or one affiliate's in it. */
  scope: { organizationId: string; affiliateId?: string | undefined };
  action: EditionAction;
  /** Shown to the affiliate: why it was rejected or suspended. */
  reason?: string | undefined;
}

/**
 * Moves an edition through its lifecycle (domain/edition-status.ts decides), in one transaction with its
 * audit entry, then tells the affiliate or the advertiser and the app's webhooks. A reinstated custom
 * edition whose hostname was released after the grace period gets it back at Cloudflare.
 */
export async function moveEdition({ ctx, input }: ServiceCall<MoveEditionInput>): Promise<Edition> {
  const moved = await inTransaction(ctx, async (tx) => {
    const before = await findEditionRowOrThrow(tx.db, input.scope, input.editionId, true);
    const [settings] = await tx.db
      .select({ requiresApproval: editionSettings.requiresApproval })
      .from(editionSettings)
      .where(eq(editionSettings.appId, before.appId));
    const to = editionTransition(before.status, input.action, { requiresApproval: settings?.requiresApproval ?? true });
    if (!to)
      throw new AppError('edition_status_conflict', `A ${before.status} edition cannot be ${CHANGE[input.action]}`, {
        status: before.status,
      });
    const live = to === 'active';
    const [after] = await tx.db
      .update(editions)
      .set({
        status: to,
        statusReason: input.action === 'reject' || input.action === 'suspend' ? (input.reason ?? null) : null,
        statusChangedAt: ctx.now,
        version: before.version + 1,
        ...(input.action === 'submit' ? { submittedAt: ctx.now } : {}),
        ...(live && input.action !== 'reinstate' ? { approvedAt: ctx.now } : {}),
      })
      .where(eq(editions.id, before.id))
      .returning();
    const action = AUDITED[input.action];
    if (action)
      await recordAudit({
        ctx: tx,
        input: {
          action,
          targetType: 'edition',
          targetId: before.id,
          organizationId: before.organizationId,
          before: { status: before.status, host: before.host, name: before.name },
          after: { status: to, reason: input.reason ?? null },
        },
      });
    return after!;
  });
  if (moved.status === 'active' && moved.domainKind === 'custom' && !moved.customDomainId) {
    const domain = await addEditionHostname({
      ctx,
      input: { organizationId: moved.organizationId, hostname: moved.host },
    });
    await ctx.db.update(editions).set({ customDomainId: domain.id }).where(eq(editions.id, moved.id));
  }
  await notifyEditionChange(ctx, moved, CHANGE[input.action], input.reason ?? null);
  return moved;
}
