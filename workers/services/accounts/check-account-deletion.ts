import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { DeletionBlocker } from '../../domain/account-deletion';
import { NotFoundError } from '../../errors/app-error';
import { deletionFacts } from './deletion-facts';

export interface AccountDeletionCheck {
  /** True when nothing blocks: POST /me/delete with the password (and code) will succeed. */
  canDelete: boolean;
  /** True when only unpaid balances block, so `forfeit: true` would let the deletion through. */
  canForfeit: boolean;
  /** The deletion asks for a TOTP or recovery code as well as the password. */
  secondFactorRequired: boolean;
  blockers: DeletionBlocker[];
}

/** What deleting the signed-in account would need, so the page can show it before asking for the password. */
export async function checkAccountDeletion({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<AccountDeletionCheck> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  const blockers = await deletionFacts({ ctx, input: { user, lock: false } });
  return {
    canDelete: blockers.length === 0,
    canForfeit: blockers.length > 0 && blockers.every((b) => b.code === 'unpaid_balance'),
    secondFactorRequired: user.totpEnabledAt !== null,
    blockers,
  };
}
