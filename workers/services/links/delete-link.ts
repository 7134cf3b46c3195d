import { eq } from 'drizzle-orm';
import { links } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { keepFirstLink } from '../onboarding';
import { publishRouting } from '../tracking';
import { findMyLinkOrThrow } from './find-my-link';

/** Deletes a link; its slug stops resolving at the edge and may be taken again. */
export async function deleteLink({ ctx, input }: ServiceCall<{ linkId: string }>): Promise<void> {
  const before = await inTransaction(ctx, async (tx) => {
    const row = await findMyLinkOrThrow({ ctx: tx, input: { linkId: input.linkId, lock: true } });
    // The onboarding path's "create a link" stays reached once the links are gone.
    await keepFirstLink({ ctx: tx, input: { enrollmentId: row.enrollmentId } });
    await tx.db.delete(links).where(eq(links.id, row.id));
    return row;
  });
  await publishRouting({ ctx, input: { link: before.id, previousSlug: before.slug } });
}
