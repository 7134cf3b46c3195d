import { eq } from 'drizzle-orm';
import { totpRecoveryCodes } from '../../../schema';
import type { ServiceCall } from '../../context';
import { newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT, sha256Hex } from '../../domain/secret-token';

/** Drops the user's recovery codes and stores ten new ones, hashed; the plaintext is shown once. */
export async function replaceRecoveryCodes({ ctx, input }: ServiceCall<{ userId: string }>): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await ctx.db.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, input.userId));
  const rows = await Promise.all(
    codes.map(async (code) => ({
      userId: input.userId,
      codeHash: await sha256Hex(normalizeRecoveryCode(code)),
      createdAt: ctx.now,
    })),
  );
  await ctx.db.insert(totpRecoveryCodes).values(rows);
  return codes;
}
