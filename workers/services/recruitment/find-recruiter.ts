import { eq } from 'drizzle-orm';
import { recruitCodes, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { mayRecruit, normalizeRecruitCode } from '../../domain/recruitment';

export interface Recruiter {
  userId: string;
  firstName: string | null;
}

/** The affiliate behind a recruit code, or null when the code is unknown or its owner may not recruit. */
export async function findRecruiter({
  ctx: { db },
  input: { code: rawCode },
}: ServiceCall<{ code: string }>): Promise<Recruiter | null> {
  const code = normalizeRecruitCode(rawCode);
  if (!code) return null;
  const [row] = await db
    .select({
      userId: users.id,
      firstName: users.firstName,
      banned: users.banned,
      blocked: users.blocked,
      deletedAt: users.deletedAt,
    })
    .from(recruitCodes)
    .innerJoin(users, eq(users.id, recruitCodes.userId))
    .where(eq(recruitCodes.code, code));
  return row && mayRecruit(row) ? { userId: row.userId, firstName: row.firstName } : null;
}
