import { and, eq } from 'drizzle-orm';
import { appUsers, programs, users } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { findCurrentTerms } from '../applications';
import { recordAudit } from '../audit';
import { enrollInvited, publishInvitedEnrollments } from '../enrollments';
import type { EmbedSession } from './embed-session';
import { embedAffiliateContext, findAppUser } from './find-app-user';

export interface AcceptEmbedTermsInput {
  session: EmbedSession;
  /** The program's settings version the user read (program.version); accepting older conditions is refused. */
  termsVersion: number;
  /** The published terms' version the user read; required when the program has published terms. */
  publishedTermsVersion?: number | undefined;
}

/**
 * The user accepts the program's terms in the embed: on the first time in this app an affiliate
 * account is made for them (one per app and external id), then they join the program at once, the
 * advertiser having vouched for its own user. Safe to repeat: a second call finds both and changes nothing.
 */
export async function acceptEmbedTerms({ ctx, input }: ServiceCall<AcceptEmbedTermsInput>): Promise<string> {
  const { session } = input;
  const [program] = await ctx.db
    .select({ version: programs.version })
    .from(programs)
    .where(and(eq(programs.id, session.programId), eq(programs.appId, session.appId), eq(programs.status, 'active')));
  if (!program) throw new NotFoundError('program', session.programId);
  const terms = await findCurrentTerms({ ctx, input: { programId: session.programId } });
  if (program.version !== input.termsVersion || (terms?.version ?? null) !== (input.publishedTermsVersion ?? null))
    throw new AppError('conflict', 'The program’s terms changed while you read them; read them again', {
      termsVersion: program.version,
      publishedTermsVersion: terms?.version ?? null,
    });
  const { userId, enrolled } = await inTransaction(ctx, async (tx) => {
    const userId = (await findAppUser({ ctx: tx, input: session })) ?? (await createAppUser(tx, session));
    const scoped = embedAffiliateContext({ ctx: tx, input: { session, userId } });
    const enrolled = await enrollInvited({
      ctx: scoped,
      input: {
        organizationId: session.organizationId,
        programId: session.programId,
        affiliateId: userId,
        status: 'active',
        // The published terms the user accepted stay on the enrollment, as an application's do.
        application: { answers: null, terms: terms && { version: terms.version, ip: ctx.origin?.ip ?? null } },
        via: { kind: 'embed', id: session.appId, termsVersion: program.version },
      },
    });
    return { userId, enrolled };
  });
  await publishInvitedEnrollments({ ctx, input: enrolled });
  return userId;
}

/**
 * A new account for the app's user. An email that already has an account the app did not make is
 * refused: the app's word about an email is no proof of owning it, so it must not open someone's account.
 */
async function createAppUser(tx: ServiceContext, session: EmbedSession): Promise<string> {
  const [first, ...rest] = (session.name ?? '').trim().split(/\s+/);
  const [user] = await tx.db
    .insert(users)
    .values({
      email: session.email,
      firstName: first || null,
      lastName: rest.join(' ') || null,
      locale: session.theme.locale ?? 'en',
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!user) {
    // The same app user opening twice at once: the other request made the account first.
    const raced = await findAppUser({ ctx: tx, input: session });
    if (raced) return raced;
    throw new AppError('embed_email_taken', 'This email already has an affiliate account; sign in on the portal');
  }
  const [link] = await tx.db
    .insert(appUsers)
    .values({ appId: session.appId, externalUserId: session.externalUserId, userId: user.id, createdAt: tx.now })
    .returning({ id: appUsers.id });
  await recordAudit({
    ctx: embedAffiliateContext({ ctx: tx, input: { session, userId: user.id } }),
    input: {
      action: 'app.user_joined',
      targetType: 'user',
      targetId: user.id,
      organizationId: session.organizationId,
      after: {
        appId: session.appId,
        appUserId: link!.id,
        externalUserId: session.externalUserId,
        email: session.email,
      },
    },
  });
  return user.id;
}
