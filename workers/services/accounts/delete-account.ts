import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { remainingBlockers, type DeletionBlocker } from '../../domain/account-deletion';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';
import { checkSecondFactor } from './check-second-factor';
import { deletionFacts } from './deletion-facts';
import { eraseAccount } from './erase-account';
import { type Forfeited, forfeitBalances } from './forfeit-balances';
import { verifyCurrentPassword } from './verify-current-password';

export interface DeleteAccountInput {
  userId: string;
  password: string;
  code?: string | undefined;
  recoveryCode?: string | undefined;
  /** Give up the unpaid balances instead of waiting for them to be paid. */
  forfeit?: boolean | undefined;
}

const BLOCKER_MESSAGES: Record<DeletionBlocker['code'], string> = {
  platform_staff_account: 'Platform staff accounts cannot be deleted; a platform owner must remove the platform role',
  last_owner: 'You are the only owner of an organization: make someone else owner first (details list them)',
  payout_in_progress: 'A payout to you is in progress; delete the account once it has completed',
  other_advertisers:
    'Something is still open with another advertiser, which this portal does not show: delete the account on the platform’s own site',
  unpaid_balance:
    'You still have money to be paid (details list it): wait until it is paid, or send forfeit: true to give it up',
};

/**
 * Deletes the signed-in account after re-checking the password (and a TOTP or recovery code when
 * 2FA is on). One transaction: blockers are re-read under lock, forfeited balances are voided,
 * personal data is erased, and the audit trail records it. Financial records stay, tied to the
 * now pseudonymous user id.
 */
export async function deleteAccount({
  ctx,
  input,
}: ServiceCall<DeleteAccountInput>): Promise<{ forfeited: Forfeited[] }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user || user.deletedAt) throw new NotFoundError('user', input.userId);
  if (!(await verifyCurrentPassword({ ctx, input: { user, password: input.password } }))) {
    throw new AppError('bad_request', 'The password is wrong', [{ path: 'password', message: 'Wrong password' }]);
  }
  if (user.totpEnabledAt) {
    if (input.code === undefined && input.recoveryCode === undefined)
      throw new AppError('bad_request', 'Two-factor authentication is on: send a code or a recovery code', [
        { path: 'code', message: 'Required' },
      ]);
    if (!(await checkSecondFactor({ ctx, input: { user, code: input.code, recoveryCode: input.recoveryCode } })))
      throw new AppError('bad_request', 'The code is wrong or was already used', [
        { path: input.code === undefined ? 'recoveryCode' : 'code', message: 'Wrong code' },
      ]);
  }
  const forfeit = input.forfeit === true;
  const { forfeited, endedEnrollments } = await inTransaction(ctx, async (tx) => {
    // The trail keeps the fact and the money, not the person: no IP or device on these entries.
    const quiet = { ...tx, origin: tx.origin && { ...tx.origin, ip: null, userAgent: null } };
    const [locked] = await tx.db.select().from(users).where(eq(users.id, user.id)).for('update');
    if (!locked || locked.deletedAt) throw new NotFoundError('user', user.id);
    const blockers = await deletionFacts({ ctx: tx, input: { user: locked, lock: true } });
    const [first] = remainingBlockers(blockers, forfeit);
    if (first) throw new AppError(first.code, BLOCKER_MESSAGES[first.code], { blockers });
    const forfeited = forfeit ? await forfeitBalances({ ctx: tx, input: { userId: user.id, blockers } }) : [];
    const { endedEnrollments } = await eraseAccount({ ctx: quiet, input: { user: locked } });
    await recordAudit({
      ctx: quiet,
      input: {
        action: 'user.deleted',
        targetType: 'user',
        targetId: user.id,
        after: { forfeited, endedEnrollments: endedEnrollments.length },
      },
    });
    for (const f of forfeited) {
      await recordAudit({
        ctx: quiet,
        input: {
          action: 'balance.forfeited',
          targetType: 'user',
          targetId: user.id,
          organizationId: f.organizationId,
          after: f,
        },
      });
    }
    return { forfeited, endedEnrollments };
  });
  // KV is not transactional: the tracker stops routing the ended enrollments once this lands.
  for (const enrollment of endedEnrollments) await publishRouting({ ctx, input: { enrollment } });
  return { forfeited };
}
