import { eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { ipAllowed } from '../../domain/ip-allow-list';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';

export interface PostbackProgram {
  programId: string;
  appId: string;
  organizationId: string;
  currency: string;
}

/** Secrets we issue are `pbs_` + 40 characters; a longer value is not worth hashing. */
const MAX_SECRET_LENGTH = 200;

/**
 * The program an S2S `/postback` secret belongs to (only its SHA-256 is stored). When the
 * program has an IP allow-list, the caller's address must be on it, whatever the secret.
 */
export async function authenticatePostback({
  ctx,
  input,
}: ServiceCall<{ secret: string | undefined; ip: string | null }>): Promise<PostbackProgram> {
  const secret = input.secret;
  if (!secret || secret.length > MAX_SECRET_LENGTH)
    throw new AppError('unauthorized', 'Send the program’s postback secret as secret=');
  const [program] = await ctx.db
    .select({
      id: programs.id,
      appId: programs.appId,
      organizationId: programs.organizationId,
      currency: programs.currency,
      allowedIps: programs.postbackAllowedIps,
    })
    .from(programs)
    .where(eq(programs.postbackSecretHash, await sha256Hex(secret)));
  if (!program) throw new AppError('unauthorized', 'The postback secret is not valid');
  if (program.allowedIps.length > 0 && !ipAllowed(input.ip, program.allowedIps)) {
    throw new AppError('ip_not_allowed', 'This address may not send postbacks for the program');
  }
  return {
    programId: program.id,
    appId: program.appId,
    organizationId: program.organizationId,
    currency: program.currency,
  };
}
