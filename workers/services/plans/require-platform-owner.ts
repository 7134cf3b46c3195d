import type { ServiceContext } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';

/** Plans are the platform owner's to change; admins and support read them. */
export function requirePlatformOwner(ctx: ServiceContext): string {
  const role = ctx.actor?.platformRole;
  if (role === 'platform_admin' || role === 'support')
    throw new AppError('forbidden', 'Only the platform owner changes plans');
  if (!ctx.actor || role !== 'platform_owner') throw new NotFoundError('resource');
  return ctx.actor.userId;
}
