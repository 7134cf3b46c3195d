import { eq } from 'drizzle-orm';
import { type Edition, editions } from '../../../schema';
import type { ServiceCall } from '../../context';
import {
  type EditionChangeKind,
  editionStatusAfterChange,
  isEditionLiveOrSuspended,
} from '../../domain/edition-status';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';

type EditionFields = Partial<
  Pick<
    Edition,
    'name' | 'primaryColor' | 'accentColor' | 'logoUrl' | 'faviconUrl' | 'domainKind' | 'host' | 'customDomainId'
  >
>;

export interface ApplyEditionChangeInput {
  /** The edition as locked in this transaction. */
  locked: Edition;
  set: EditionFields;
  /** Whether the change touches what an approval judged (see editionStatusAfterChange). */
  kind: EditionChangeKind;
  requiresApproval: boolean;
  /** What else changed that `set` does not show (the prices), for the audit entry; undefined when nothing did. */
  also?: Record<string, unknown> | undefined;
}

/**
 * Writes an affiliate's change inside the caller's transaction: the edition's new status (a live edition's new
 * identity goes back to the advertiser when the app needs approval), a new version for the partner app's cache,
 * and, for an edition the advertiser has seen live, the audit entry `edition.changed` with what changed.
 * `announce`: the caller tells the advertiser and the app's webhooks once committed.
 */
export async function applyEditionChange({
  ctx,
  input: { locked, set, kind, requiresApproval, also },
}: ServiceCall<ApplyEditionChangeInput>): Promise<{ after: Edition; announce: boolean }> {
  const to = editionStatusAfterChange(locked.status, kind, { requiresApproval });
  if (!to)
    throw new AppError('edition_status_conflict', `A ${locked.status} edition cannot be changed`, {
      status: locked.status,
    });
  const keys = (Object.keys(set) as (keyof EditionFields)[]).filter((k) => set[k] !== locked[k]);
  // A save that changes nothing (the wizard sends every field) is no change: no new version for the partner
  // app's cache, no audit entry, nobody told.
  if (keys.length === 0 && also === undefined) return { after: locked, announce: false };
  const moved = to !== locked.status;
  const [after] = await ctx.db
    .update(editions)
    .set({
      ...set,
      version: locked.version + 1,
      ...(moved ? { status: to, statusReason: null, statusChangedAt: ctx.now, submittedAt: ctx.now } : {}),
    })
    .where(eq(editions.id, locked.id))
    .returning();
  const announce = isEditionLiveOrSuspended(locked.status);
  if (announce) {
    await recordAudit({
      ctx,
      input: {
        action: 'edition.changed',
        targetType: 'edition',
        targetId: locked.id,
        organizationId: locked.organizationId,
        before: { status: locked.status, ...Object.fromEntries(keys.map((k) => [k, locked[k]])) },
        after: { status: to, ...Object.fromEntries(keys.map((k) => [k, set[k]])), ...also },
      },
    });
  }
  return { after: after!, announce };
}
