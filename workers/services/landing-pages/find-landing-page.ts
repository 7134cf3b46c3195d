import { and, eq, isNull } from 'drizzle-orm';
import { type LandingPage, landingPages } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type LandingBlock, landingDocument } from '../../domain/landing-document';

/** The stored page of a program (groupId null) or of one of its groups; undefined when never saved. */
export async function findLandingPage({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId: string | null; lock?: boolean }>): Promise<LandingPage | undefined> {
  const query = ctx.db
    .select()
    .from(landingPages)
    .where(
      and(
        eq(landingPages.programId, input.programId),
        input.groupId ? eq(landingPages.groupId, input.groupId) : isNull(landingPages.groupId),
      ),
    );
  const [row] = input.lock ? await query.for('update') : await query;
  return row;
}

/**
 * The published blocks, read back through the same zod schema that accepted them, so a document stored by an
 * older version (or edited in the database) that no longer passes shows no blocks rather than unchecked ones.
 */
export function publishedBlocks(row: LandingPage | undefined): LandingBlock[] {
  if (!row?.published) return [];
  const parsed = landingDocument.safeParse(row.published);
  return parsed.success ? parsed.data.blocks : [];
}
