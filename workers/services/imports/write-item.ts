import { eq } from 'drizzle-orm';
import {
  authTokens,
  commissions,
  enrollments,
  importedPayments,
  type ImportItem,
  invitations,
  type ImportJob,
  organizations,
  programs,
  referredCustomers,
  users,
} from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import type { Verdict } from '../../domain/import-plan';
import { importAffiliate, importCommission, importCustomer } from '../../domain/import-records';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, INVITATION_TTL_SECONDS } from '../../domain/token-lifetimes';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { mailInvitation } from '../invites';
import { emailBrand, sendEmail } from '../email';
import { assertPlanAllows } from '../plans';
import { importRefOf } from './facts';
import { bookedIdOf, originOf } from './source-params';

/** What one written record leaves for after the commit: routing to publish, an email to deliver. */
export interface Written {
  resultId: string | null;
  /** Overrides the verdict (a plan limit reached at the last moment). */
  conflict?: string;
  enrollmentId?: string;
  outboxId?: string;
}

/**
 * Writes one record the run decided to create, in the run's transaction. An affiliate gets an account
 * (an existing one is reused, untouched) and an enrollment holding its old code as our ref code; a
 * customer is bound to it; an unpaid commission becomes an opening-balance line held until its due
 * date; a paid one a row of history.
 */
export async function writeItem({
  ctx: tx,
  input: { job, item, verdict },
}: ServiceCall<{ job: ImportJob; item: ImportItem; verdict: Verdict }>): Promise<Written> {
  switch (item.kind) {
    case 'affiliate':
      return writeAffiliate(tx, job, item, verdict);
    case 'customer': {
      const record = importCustomer.parse(item.data);
      const [enrollment] = await tx.db.select().from(enrollments).where(eq(enrollments.id, verdict.enrollmentId!));
      const [program] = await tx.db
        .select({ appId: programs.appId })
        .from(programs)
        .where(eq(programs.id, enrollment!.programId));
      const [row] = await tx.db
        .insert(referredCustomers)
        .values({
          organizationId: job.organizationId,
          appId: program!.appId,
          externalCustomerId: record.customerId,
          enrollmentId: enrollment!.id,
          affiliateId: enrollment!.affiliateId,
          attributedAt: new Date(record.attributedAt),
          attributionMethod: 'imported',
        })
        .returning({ id: referredCustomers.id });
      return { resultId: row!.id };
    }
    case 'balance': {
      const record = importCommission.parse(item.data);
      const [enrollment] = await tx.db.select().from(enrollments).where(eq(enrollments.id, verdict.enrollmentId!));
      const dueAt = record.dueAt ? new Date(record.dueAt) : tx.now;
      const [line] = await tx.db
        .insert(commissions)
        .values({
          conversionId: null,
          importRef: importRefOf(job, item.externalId),
          organizationId: job.organizationId,
          programId: enrollment!.programId,
          beneficiaryId: enrollment!.affiliateId,
          enrollmentId: enrollment!.id,
          level: 0,
          kind: 'opening_balance',
          amountMinor: record.amountMinor,
          currency: record.currency,
          rateBps: null,
          status: 'pending',
          // Owed from its due date on: the hourly hold release approves it then, as any line.
          holdUntil: dueAt,
          calculation: {
            rule: 'opening_balance',
            source: originOf(job),
            externalId: item.externalId,
            dueAt: dueAt.toISOString(),
          },
        })
        .returning({ id: commissions.id });
      return { resultId: line!.id };
    }
    case 'payment': {
      const record = importCommission.parse(item.data);
      const [enrollment] = await tx.db.select().from(enrollments).where(eq(enrollments.id, verdict.enrollmentId!));
      const [row] = await tx.db
        .insert(importedPayments)
        .values({
          organizationId: job.organizationId,
          enrollmentId: enrollment!.id,
          affiliateId: enrollment!.affiliateId,
          source: originOf(job),
          externalId: bookedIdOf(job, item.externalId),
          amountMinor: record.amountMinor,
          currency: record.currency,
          paidAt: new Date(record.paidAt!),
          saleAmountMinor: record.saleAmountMinor,
        })
        .returning({ id: importedPayments.id });
      return { resultId: row!.id };
    }
  }
}

async function writeAffiliate(
  tx: ServiceContext,
  job: ImportJob,
  item: ImportItem,
  verdict: Verdict,
): Promise<Written> {
  const record = importAffiliate.parse(item.data);
  const email = record.email.toLowerCase();
  if (verdict.invite) return inviteAffiliate(tx, job, email, verdict.programId!);
  const status = record.status;
  if (status === 'active') {
    try {
      await assertPlanAllows({ ctx: tx, input: { organizationId: job.organizationId, limit: 'affiliates' } });
    } catch (err) {
      if (err instanceof AppError) return { resultId: null, conflict: `plan_limit: ${err.message}` };
      throw err;
    }
  }
  let [user] = await tx.db.select().from(users).where(eq(users.email, email));
  const isNew = !user;
  if (!user) {
    [user] = await tx.db
      .insert(users)
      .values({
        email,
        firstName: record.firstName,
        lastName: record.lastName,
        paypalEmail: record.paypalEmail,
        locale: record.locale ?? 'en',
      })
      .returning();
  }
  const [enrollment] = await tx.db
    .insert(enrollments)
    .values({
      programId: verdict.programId!,
      affiliateId: user!.id,
      organizationId: job.organizationId,
      status,
      refCode: verdict.refCode!,
      couponCode: verdict.couponCode ?? null,
      appliedAt: tx.now,
      approvedAt: status === 'active' ? tx.now : null,
    })
    .returning();
  await recordAudit({
    ctx: tx,
    input: {
      action: 'enrollment.joined',
      targetType: 'enrollment',
      targetId: enrollment!.id,
      organizationId: job.organizationId,
      after: { ...enrollment, via: { importJobId: job.id, source: job.source, externalId: item.externalId } },
    },
  });
  const outboxId = isNew && job.options.sendWelcome ? await welcome(tx, job, user!, enrollment!.programId) : undefined;
  return { resultId: enrollment!.id, enrollmentId: enrollment!.id, ...(outboxId ? { outboxId } : {}) };
}

/**
 * An email that has an account of its own is invited, never enrolled: the import is the advertiser's
 * word, not the person's. Nothing of the account (name, PayPal address, locale) is read into or written
 * from the import; the program invitation is mailed to the address and accepted while signed in (or by
 * its link), and the record's commissions are booked then (book-accepted-import.ts).
 */
async function inviteAffiliate(tx: ServiceContext, job: ImportJob, email: string, programId: string): Promise<Written> {
  const token = newSecretToken();
  const [invitation] = await tx.db
    .insert(invitations)
    .values({
      organizationId: job.organizationId,
      email,
      programId,
      tokenHash: await sha256Hex(token),
      invitedById: job.createdById,
      expiresAt: addSeconds(tx.now, INVITATION_TTL_SECONDS),
      createdAt: tx.now,
    })
    .returning();
  const [names] = await tx.db
    .select({ program: programs.name, organization: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(eq(programs.id, programId));
  const [invitee] = await tx.db.select({ locale: users.locale }).from(users).where(eq(users.email, email));
  const sent = await mailInvitation({
    ctx: tx,
    input: {
      invitation: invitation!,
      token,
      locale: invitee?.locale,
      template: {
        name: 'program_invitation',
        organizationName: names!.organization,
        programName: names!.program,
        inviterName: null,
      },
      audited: { programId, via: { importJobId: job.id, source: job.source } },
    },
  });
  return { resultId: invitation!.id, outboxId: sent.outboxId };
}

/**
 * The welcome of an imported affiliate, in their language: where they now are and a link to set
 * their password, a password-reset token that lives as long as an invitation (7 days).
 */
async function welcome(
  tx: ServiceContext,
  job: ImportJob,
  user: typeof users.$inferSelect,
  programId: string,
): Promise<string> {
  const token = newSecretToken();
  await tx.db.insert(authTokens).values({
    userId: user.id,
    context: 'password_reset',
    tokenHash: await sha256Hex(token),
    sentTo: user.email,
    expiresAt: addSeconds(tx.now, INVITATION_TTL_SECONDS),
    createdAt: tx.now,
  });
  const [names] = await tx.db
    .select({ program: programs.name, organization: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(eq(programs.id, programId));
  const brand = await emailBrand({ ctx: tx, input: { organizationId: job.organizationId } });
  const link = `${brand.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const { subject, text } = renderEmail(
    { name: 'import_welcome', link, organizationName: names!.organization, programName: names!.program },
    user.locale,
    brand.name,
  );
  const sent = await sendEmail({
    ctx: tx,
    input: { to: user.email, subject, text, template: 'import_welcome', fromName: brand.fromName },
  });
  return sent.outboxId;
}
