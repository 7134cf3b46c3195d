import type { User } from '../../../schema';
import type { ServiceCall } from '../../context';
import { verifyPassword } from '../../domain/password';
import { clearAttempts } from './clear-attempts';
import { reserveAttempt } from './reserve-attempt';

/**
 * Re-checks the password of a signed-in user before a sensitive change (new password, 2FA off),
 * with its own per-user limit, so a stolen access token cannot guess its way further.
 */
export async function verifyCurrentPassword({
  ctx,
  input,
}: ServiceCall<{ user: Pick<User, 'id' | 'hashedPassword'>; password: string }>): Promise<boolean> {
  await reserveAttempt({ ctx, input: { bucket: 'password_failure', key: input.user.id } });
  const valid =
    input.user.hashedPassword !== null && (await verifyPassword(input.password, input.user.hashedPassword)).valid;
  if (valid) await clearAttempts({ ctx, input: { bucket: 'password_failure', key: input.user.id } });
  return valid;
}
