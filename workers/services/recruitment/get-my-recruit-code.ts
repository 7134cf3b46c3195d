import { eq } from 'drizzle-orm';
import { recruitCodes } from '../../../schema';
import type { ServiceCall } from '../../context';
import { randomRecruitCode } from '../../domain/random-codes';
import { AppError } from '../../errors/app-error';
import { actorId } from '../access';

export interface MyRecruitCode {
  code: string;
  link: string;
}

/** The sign-up page's link for a code; the page keeps `recruit` through the form. */
export const recruitLink = (appBaseUrl: string, code: string): string =>
  `${appBaseUrl.replace(/\/+$/, '')}/sign-up?recruit=${code}`;

/**
 * The signed-in affiliate's recruit code and link, made on first use. Concurrent first calls
 * agree through the unique user_id; a code collision (50 bits: unlikely) draws again.
 */
export async function getMyRecruitCode({ ctx }: ServiceCall<void>): Promise<MyRecruitCode> {
  const userId = actorId(ctx);
  for (let attempt = 0; attempt < 5; attempt++) {
    const [existing] = await ctx.db.select().from(recruitCodes).where(eq(recruitCodes.userId, userId));
    if (existing) return { code: existing.code, link: recruitLink(ctx.config.APP_BASE_URL, existing.code) };
    await ctx.db.insert(recruitCodes).values({ userId, code: randomRecruitCode() }).onConflictDoNothing();
  }
  throw new AppError('internal', 'Could not allocate a recruit code');
}
