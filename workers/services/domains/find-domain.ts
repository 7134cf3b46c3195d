import { and, eq, ne } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/**
 * A custom domain of `organizationId`; not_found for another tenant's, and for an affiliate's edition host
 * (its edition's lifecycle owns it). `lock` takes a row lock.
 */
export async function findDomainOrThrow({
  ctx,
  input: { organizationId, domainId, lock = false },
}: ServiceCall<{ organizationId: string; domainId: string; lock?: boolean }>): Promise<CustomDomain> {
  const query = ctx.db
    .select()
    .from(customDomains)
    .where(
      and(
        eq(customDomains.id, domainId),
        eq(customDomains.organizationId, organizationId),
        ne(customDomains.purpose, 'edition'),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('domain', domainId);
  return row;
}
