import { and, eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { landingUrlIssue } from '../../domain/program-rules';
import { NotFoundError, ValidationError } from '../../errors/app-error';

/** A creative of one of the tenant's programs; not_found otherwise. */
export async function findCreativeOrThrow({
  ctx,
  input: { organizationId, programId, creativeId, lock = false },
}: ServiceCall<{ organizationId: string; programId: string; creativeId: string; lock?: boolean }>): Promise<Creative> {
  const query = ctx.db
    .select()
    .from(creatives)
    .where(
      and(
        eq(creatives.id, creativeId),
        eq(creatives.programId, programId),
        eq(creatives.organizationId, organizationId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('creative', creativeId);
  return row;
}

/** A creative may only send traffic to the program's allowed domains. */
export function assertTargetAllowed(targetUrl: string | null | undefined, allowedDomains: readonly string[]): void {
  if (!targetUrl) return;
  const issue = landingUrlIssue(targetUrl, allowedDomains);
  if (issue)
    throw new ValidationError('The request is not valid', [{ path: 'targetUrl', message: `The target URL ${issue}` }]);
}
