import { creatives, type Creative } from '../../../schema';
import type { CreativeKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs/find-program';
import { advertiserOrgId } from '../tenant-scope';
import { assertTargetAllowed } from './find-creative';

export type NewCreative =
  | {
      kind: Extract<CreativeKind, 'banner'>;
      name: string;
      imageUrl: string;
      width: number;
      height: number;
      targetUrl?: string | null | undefined;
    }
  | { kind: Extract<CreativeKind, 'text_link'>; name: string; body: string; targetUrl?: string | null | undefined };

export async function createCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creative: NewCreative }>): Promise<Creative> {
  const organizationId = advertiserOrgId(ctx);
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow(tx.db, organizationId, input.programId);
    assertTargetAllowed(input.creative.targetUrl, program.allowedDomains);
    const [row] = await tx.db
      .insert(creatives)
      .values({ ...input.creative, programId: input.programId, organizationId })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.created', targetType: 'creative', targetId: row!.id, after: row },
    });
    return row!;
  });
}
