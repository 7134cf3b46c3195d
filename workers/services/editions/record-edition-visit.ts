import { and, eq, or } from 'drizzle-orm';
import { editions, editionVisits } from '../../../schema';
import type { ServiceCall } from '../../context';
import { normalizeHostname } from '../../domain/custom-domain';
import { AppError } from '../../errors/app-error';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The partner app reports a visitor of an active edition (its id or host): one row per visitor and UTC day,
 * so repeats count once. The visitor key is hashed with the edition id before it is stored.
 */
export async function recordEditionVisit({
  ctx,
  input,
}: ServiceCall<{ appId: string; editionId?: string | undefined; host?: string | undefined; visitor: string }>): Promise<{
  editionId: string;
  counted: boolean;
}> {
  const host = input.host ? normalizeHostname(input.host) : null;
  const [edition] = await ctx.db
    .select({ id: editions.id })
    .from(editions)
    .where(
      and(
        eq(editions.appId, input.appId),
        eq(editions.status, 'active'),
        or(
          input.editionId ? eq(editions.id, input.editionId) : undefined,
          host ? eq(editions.host, host) : undefined,
        ),
      ),
    );
  if (!edition) throw new AppError('edition_not_found', 'No active edition of this app matches');
  const [row] = await ctx.db
    .insert(editionVisits)
    .values({
      editionId: edition.id,
      day: ctx.now.toISOString().slice(0, 10),
      visitorHash: await sha256Hex(`${edition.id}:${input.visitor}`),
    })
    .onConflictDoNothing()
    .returning({ editionId: editionVisits.editionId });
  return { editionId: edition.id, counted: row !== undefined };
}
