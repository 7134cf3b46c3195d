import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import {
  commissions,
  enrollments,
  importedPayments,
  importItems,
  invitations,
  type ImportItem,
  type ImportJob,
  programs,
  referredCustomers,
  users,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import type { AffiliateFacts, OwnerFacts, ProgramFacts } from '../../domain/import-plan';
import type { ImportAffiliate } from '../../domain/import-records';
import { bookedIdOf, originOf } from './source-params';

/** An affiliate row the job keeps: created (or to be), or found imported by an earlier run. */
const keptAffiliate = sql`(${importItems.outcome} = 'create' OR (${importItems.outcome} = 'skip' AND ${importItems.reason} = 'already_imported'))`;

/** An affiliate row the run invites (or found invited already) rather than enrolling: not in the program yet. */
export const invitedRow = (row: Pick<ImportItem, 'outcome' | 'reason'>) =>
  (row.outcome === 'create' && /^invited:/.test(row.reason ?? '')) ||
  (row.outcome === 'skip' && /^already_invited:/.test(row.reason ?? ''));

/** The job's programs (the default and the mapped ones), each with its app and currency. */
export async function jobPrograms({ ctx, input: job }: ServiceCall<ImportJob>): Promise<Map<string, ProgramFacts>> {
  const ids = [...new Set([job.options.programId, ...Object.values(job.options.campaignPrograms)])];
  const rows = await ctx.db
    .select({ id: programs.id, appId: programs.appId, currency: programs.currency })
    .from(programs)
    .where(and(eq(programs.organizationId, job.organizationId), inArray(programs.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

export const programOf = (job: ImportJob, byId: Map<string, ProgramFacts>) => (campaignId: string | null) =>
  byId.get((campaignId && job.options.campaignPrograms[campaignId]) || job.options.programId) ?? null;

/**
 * What the affiliate rule needs about one record, read fresh (the run reads again just before it
 * writes). `inDryRun`: count what earlier records of the job will create, which only the dry run
 * must; in the run they exist already as rows.
 */
export async function affiliateFacts({
  ctx,
  input: { job, item, record, byId, inDryRun },
}: ServiceCall<{
  job: ImportJob;
  item: ImportItem;
  record: ImportAffiliate;
  byId: Map<string, ProgramFacts>;
  inDryRun: boolean;
}>): Promise<AffiliateFacts> {
  const email = record.email.toLowerCase();
  const coupons = record.couponCodes.map((c) => c.toUpperCase());
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const mine = user
    ? await ctx.db
        .select({ id: enrollments.id, programId: enrollments.programId, refCode: enrollments.refCode })
        .from(enrollments)
        .where(and(eq(enrollments.affiliateId, user.id), eq(enrollments.organizationId, job.organizationId)))
    : [];
  const invitedTo = user
    ? await ctx.db
        .select({ programId: invitations.programId })
        .from(invitations)
        .where(
          and(
            eq(invitations.organizationId, job.organizationId),
            eq(invitations.email, email),
            isNotNull(invitations.programId),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, ctx.now),
          ),
        )
    : [];
  const codeRows = record.refCodes.length
    ? await ctx.db
        .select({ id: enrollments.id, code: enrollments.refCode })
        .from(enrollments)
        .where(inArray(enrollments.refCode, record.refCodes))
    : [];
  const couponRows = coupons.length
    ? await ctx.db
        .select({ id: enrollments.id, coupon: enrollments.couponCode })
        .from(enrollments)
        .where(and(eq(enrollments.organizationId, job.organizationId), inArray(enrollments.couponCode, coupons)))
    : [];
  const taken = { codes: new Set<string>(), coupons: new Set<string>(), emails: new Set<string>() };
  // Rows earlier in the file (ids follow the file's order, store-rows.ts) that were kept. Their emails
  // count in the run too, so a later row with the same email is `duplicate_email` in both stages; their
  // codes and coupons only in the dry run, since in the run they are rows already.
  const earlier = await ctx.db
    .select({ plan: importItems.plan, email: sql<string>`lower(${importItems.data}->>'email')` })
    .from(importItems)
    .where(
      and(
        eq(importItems.jobId, job.id),
        eq(importItems.kind, 'affiliate'),
        keptAffiliate,
        lt(importItems.id, item.id),
        inDryRun
          ? sql`(lower(${importItems.data}->>'email') = ${email} OR ${importItems.plan}->>'refCode' = ANY(${sql.param(record.refCodes)}::text[]) OR ${importItems.plan}->>'couponCode' = ANY(${sql.param(coupons)}::text[]))`
          : sql`lower(${importItems.data}->>'email') = ${email}`,
      ),
    );
  for (const e of earlier) {
    if (e.email === email) taken.emails.add(e.email);
    if (!inDryRun) continue;
    if (e.plan.refCode) taken.codes.add(e.plan.refCode);
    if (e.plan.couponCode) taken.coupons.add(e.plan.couponCode);
  }
  return {
    programFor: programOf(job, byId),
    user: user ? { id: user.id, enrollments: mine, invitedTo: invitedTo.map((i) => i.programId!) } : null,
    codeOwner: (code) => codeRows.find((r) => r.code === code)?.id ?? null,
    couponOwner: (coupon) => couponRows.find((r) => r.coupon === coupon)?.id ?? null,
    takenInJob: taken,
  };
}

/** The affiliate record of the job a customer or commission belongs to, as its verdict (or the run) left it. */
export async function ownerFacts({
  ctx,
  input: { job, affiliateExternalId, byId },
}: ServiceCall<{
  job: ImportJob;
  affiliateExternalId: string;
  byId: Map<string, ProgramFacts>;
}>): Promise<OwnerFacts | null> {
  const [owner] = await ctx.db
    .select()
    .from(importItems)
    .where(
      and(
        eq(importItems.jobId, job.id),
        eq(importItems.kind, 'affiliate'),
        eq(importItems.externalId, affiliateExternalId),
      ),
    );
  if (!owner?.outcome) return null;
  // A row dropped because an earlier row has its email: the record follows that kept row.
  const kept = owner.reason?.startsWith('duplicate_email')
    ? (
        await ctx.db
          .select()
          .from(importItems)
          .where(
            and(
              eq(importItems.jobId, job.id),
              eq(importItems.kind, 'affiliate'),
              keptAffiliate,
              lt(importItems.id, owner.id),
              sql`lower(${importItems.data}->>'email') = lower(${owner.data.email as string})`,
            ),
          )
          .orderBy(asc(importItems.id))
          .limit(1)
      )[0]
    : undefined;
  const row = kept ?? owner;
  const programId = row.plan.programId ?? null;
  return {
    outcome: row.outcome!,
    programId,
    enrollmentId: row.plan.enrollmentId ?? row.resultId ?? null,
    program: programId ? (byId.get(programId) ?? null) : null,
    ...(kept ? { keptRow: kept.externalId } : {}),
    ...(invitedRow(row) ? { invited: true } : {}),
  };
}

export async function existingCustomer({
  ctx,
  input: { appId, customerId },
}: ServiceCall<{ appId: string; customerId: string }>) {
  const [row] = await ctx.db
    .select({ enrollmentId: referredCustomers.enrollmentId })
    .from(referredCustomers)
    .where(and(eq(referredCustomers.appId, appId), eq(referredCustomers.externalCustomerId, customerId)));
  return row ?? null;
}

export const importRefOf = (job: ImportJob, externalId: string) => `${originOf(job)}:${bookedIdOf(job, externalId)}`;

export async function importedBefore({
  ctx,
  input: { job, kind, externalId },
}: ServiceCall<{ job: ImportJob; kind: 'balance' | 'payment'; externalId: string }>): Promise<boolean> {
  if (kind === 'balance') {
    const [row] = await ctx.db
      .select({ id: commissions.id })
      .from(commissions)
      .where(
        and(
          eq(commissions.organizationId, job.organizationId),
          eq(commissions.importRef, importRefOf(job, externalId)),
        ),
      );
    return row !== undefined;
  }
  const [row] = await ctx.db
    .select({ id: importedPayments.id })
    .from(importedPayments)
    .where(
      and(
        eq(importedPayments.organizationId, job.organizationId),
        eq(importedPayments.source, originOf(job)),
        eq(importedPayments.externalId, bookedIdOf(job, externalId)),
      ),
    );
  return row !== undefined;
}
