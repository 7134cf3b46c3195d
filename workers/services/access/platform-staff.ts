import type { ServiceContext } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';

/**
 * Platform owners and admins only; support may look but not act. The /platform middleware checks
 * this too; the verb checks again because it must not depend on how it was reached.
 */
export function requirePlatformAdmin(ctx: ServiceContext): string {
  const role = ctx.actor?.platformRole;
  if (role === 'support') throw new AppError('forbidden', 'Support staff have read-only access');
  if (!ctx.actor || (role !== 'platform_owner' && role !== 'platform_admin')) throw new NotFoundError('resource');
  return ctx.actor.userId;
}

/** Platform staff including support (reads). */
export function requirePlatformStaff(ctx: ServiceContext): void {
  const role = ctx.actor?.platformRole;
  if (role !== 'platform_owner' && role !== 'platform_admin' && role !== 'support') throw new NotFoundError('resource');
}

/** Plans are the platform owner's to change; admins and support read them. */
export function requirePlatformOwner(ctx: ServiceContext): string {
  const role = ctx.actor?.platformRole;
  if (role === 'platform_admin' || role === 'support')
    throw new AppError('forbidden', 'Only the platform owner changes plans');
  if (!ctx.actor || role !== 'platform_owner') throw new NotFoundError('resource');
  return ctx.actor.userId;
}
