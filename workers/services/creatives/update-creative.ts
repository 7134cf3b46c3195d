import { eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs/find-program';
import { definedChanges } from '../defined-changes';
import { advertiserOrgId } from '../tenant-scope';
import { assertTargetAllowed, findCreativeOrThrow } from './find-creative';

export interface CreativeChanges {
  name?: string | undefined;
  imageUrl?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  body?: string | undefined;
  targetUrl?: string | null | undefined;
}

const BANNER_ONLY = ['imageUrl', 'width', 'height'] as const;

export async function updateCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string; changes: CreativeChanges }>): Promise<Creative> {
  const organizationId = advertiserOrgId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await findCreativeOrThrow(tx.db, organizationId, input.programId, input.creativeId, true);
    const wrongKind =
      before.kind === 'banner'
        ? input.changes.body !== undefined
          ? ['body']
          : []
        : BANNER_ONLY.filter((field) => input.changes[field] !== undefined);
    if (wrongKind.length > 0) {
      throw new ValidationError(
        'The request is not valid',
        wrongKind.map((path) => ({ path, message: `A ${before.kind} has no ${path}` })),
      );
    }
    const changes = definedChanges(input.changes);
    if (!changes) return before;
    const program = await findProgramOrThrow(tx.db, organizationId, input.programId);
    assertTargetAllowed(changes.targetUrl, program.allowedDomains);
    const [after] = await tx.db.update(creatives).set(changes).where(eq(creatives.id, before.id)).returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.updated', targetType: 'creative', targetId: before.id, before, after },
    });
    return after!;
  });
}
