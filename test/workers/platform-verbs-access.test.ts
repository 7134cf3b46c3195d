import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { PlatformRole } from '../../schema/enums';
import type { ServiceContext } from '../../workers/context';
import { approveAffiliate, banUser, rejectAffiliate, unbanUser } from '../../workers/services/accounts';
import { signUpVerified, useDb } from '../accounts';
import { serviceCtx } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();

// The /platform middleware admits only staff, but a verb must not depend on how it was reached
// (test/node/writing-verbs-audit.test.ts): each platform user verb refuses a caller who is not a platform admin
// itself, before it changes the user or writes the trail.

const VERBS = {
  banUser: (ctx: ServiceContext, userId: string) => banUser({ ctx, input: { userId, reason: 'fraud' } }),
  unbanUser: (ctx: ServiceContext, userId: string) => unbanUser({ ctx, input: { userId } }),
  approveAffiliate: (ctx: ServiceContext, userId: string) => approveAffiliate({ ctx, input: { userId } }),
  rejectAffiliate: (ctx: ServiceContext, userId: string) => rejectAffiliate({ ctx, input: { userId, reason: 'spam' } }),
};

async function userAndTrail(userId: string) {
  const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
  const trail = await db()
    .select({ action: s.auditLog.action })
    .from(s.auditLog)
    .where(eq(s.auditLog.targetId, userId))
    .orderBy(s.auditLog.id);
  return { user: user!, trail: trail.map((t) => t.action) };
}

const callers: [string, PlatformRole | undefined, string][] = [
  ['support', 'support', 'forbidden'],
  ['a user without a platform role', 'none', 'not_found'],
  ['no signed-in actor', undefined, 'not_found'],
];

describe('platform user verbs check access themselves', () => {
  describe.each(Object.entries(VERBS))('%s', (_name, verb) => {
    it.each(callers)('refuses %s, changing nothing', async (_who, role, code) => {
      const [staff, target] = await Promise.all([signUpVerified(), signUpVerified()]);
      const ctx = {
        ...serviceCtx(db()),
        ...(role ? { actor: { userId: staff.userId, platformRole: role } } : {}),
      };
      const before = await userAndTrail(target.userId);
      await expect(verb(ctx, target.userId)).rejects.toMatchObject({ code });
      expect(await userAndTrail(target.userId)).toEqual(before);
    });
  });

  it('a platform admin passes the same call', async () => {
    const [admin, target] = await Promise.all([signUpVerified(), signUpVerified()]);
    const ctx = { ...serviceCtx(db()), actor: { userId: admin.userId, platformRole: 'platform_admin' as const } };
    const before = await userAndTrail(target.userId);
    await expect(VERBS.banUser(ctx, target.userId)).resolves.toEqual({ userId: target.userId, banned: true });
    const after = await userAndTrail(target.userId);
    expect(after.user.banned).toBe(true);
    expect(after.trail.slice(before.trail.length)).toEqual(['user.banned']);
  });
});
