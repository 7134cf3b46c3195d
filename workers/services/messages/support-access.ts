import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/** Only the advertiser's own owners grant or revoke support access: never staff acting through their platform role. */
export function requireOwnMember({ ctx }: ServiceCall<void>): string {
  const { organizationId, role } = actingAdvertiser(ctx);
  if (role !== 'owner') throw new AppError('forbidden', 'Only the advertiser’s owners grant or revoke support access');
  return organizationId;
}
