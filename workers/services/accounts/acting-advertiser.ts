import type { ServiceContext } from '../../context';
import type { ActingRole } from '../../domain/member-roles';
import { AppError } from '../../errors/app-error';

/** The advertiser context the request acts in (set by the advertiserTenant middleware). */
export function actingAdvertiser(ctx: ServiceContext): { organizationId: string; role: ActingRole } {
  if (ctx.tenant?.kind !== 'advertiser') throw new AppError('forbidden', 'This needs an advertiser context');
  return { organizationId: ctx.tenant.organizationId, role: ctx.tenant.role };
}
