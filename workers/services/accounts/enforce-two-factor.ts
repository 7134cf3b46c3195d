import type { ServiceCall } from '../../context';
import { type TwoFactorRule, twoFactorStanding } from '../../domain/two-factor-requirement';
import { AppError } from '../../errors/app-error';
import { startTwoFactorGrace } from './start-two-factor-grace';

const MESSAGES: Record<TwoFactorRule, string> = {
  platform: 'Platform staff must use two-step verification: turn it on under Account → Security',
  organization: 'This organization requires two-step verification: turn it on under Account → Security',
};

/**
 * For a route whose rule requires 2FA of the signed-in account: passes with 2FA on or within the
 * grace period (started here on first use), else 403 two_factor_required with the deadline.
 */
export async function enforceTwoFactor({ ctx, input }: ServiceCall<{ rule: TwoFactorRule }>): Promise<void> {
  const actor = ctx.actor;
  if (!actor || actor.twoFactorEnabled) return;
  const graceStartedAt =
    actor.twoFactorGraceStartedAt ?? (await startTwoFactorGrace({ ctx, input: { userId: actor.userId } }));
  const standing = twoFactorStanding({
    required: true,
    enabled: false,
    graceStartedAt,
    now: ctx.now,
    graceDays: ctx.config.TWO_FACTOR_GRACE_DAYS,
  });
  if (standing.state === 'overdue')
    throw new AppError('two_factor_required', MESSAGES[input.rule], {
      rule: input.rule,
      dueAt: standing.dueAt.toISOString(),
    });
}
