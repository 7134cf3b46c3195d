import type { ImportOutcome } from '../../schema/enums';
import { REFERRAL_CODE_PATTERN } from '../contracts/referral-params';
import type { ImportAffiliate, ImportCommission, ImportCustomer } from './import-records';

/** What the dry run (and the run, again, just before it writes) decides for one record. */
export interface Verdict {
  outcome: ImportOutcome;
  /** A stable code for skip and conflict (and for what a create leaves out), with its detail. */
  reason: string | null;
  programId?: string;
  refCode?: string;
  couponCode?: string | null;
  enrollmentId?: string;
  /** The email has an account of its own: the run invites it instead of enrolling it (invited). */
  invite?: boolean;
}

export interface ProgramFacts {
  id: string;
  appId: string;
  currency: string;
}

export interface AffiliateFacts {
  /** The default program and the campaign → program map, already checked to be the advertiser's. */
  programFor: (campaignId: string | null) => ProgramFacts | null;
  /**
   * The account with this email, its enrollments with this advertiser, and the programs of this
   * advertiser it holds an open invitation to.
   */
  user: {
    id: string;
    enrollments: { id: string; programId: string; refCode: string }[];
    invitedTo?: string[];
  } | null;
  /** The enrollment (anywhere) that holds each of the record's codes already. */
  codeOwner: (code: string) => string | null;
  /** This advertiser's enrollment that holds each coupon already (upper-cased). */
  couponOwner: (coupon: string) => string | null;
  /** Codes, coupons and emails an earlier record of the same job will create. */
  takenInJob: { codes: Set<string>; coupons: Set<string>; emails: Set<string> };
}

const conflict = (reason: string): Verdict => ({ outcome: 'conflict', reason });

/**
 * An affiliate: created with its first usable referral code as our ref code, so its old links keep
 * working; skipped when a former run already brought it in (same email, program and code); a
 * conflict when the email is already an affiliate of this advertiser, the code is someone else's,
 * or nothing is left to keep. A coupon that is taken is left out (the affiliate is still created). An
 * email that has an account but no enrollment here is invited instead (`invited`), never enrolled.
 */
export function planAffiliate(record: ImportAffiliate, facts: AffiliateFacts): Verdict {
  const program = facts.programFor(record.campaignId);
  if (!program) return conflict(`no_program: campaign ${record.campaignId ?? '(none)'} is mapped to no program`);
  const email = record.email.toLowerCase();
  const code = record.refCodes[0];
  if (!code) return conflict('no_code: the source gives no referral code');
  if (!REFERRAL_CODE_PATTERN.test(code)) return conflict(`invalid_code: ${code} (letters, digits, _ and - only)`);
  // File order decides: the first row with an email is kept, a later one is this conflict in the dry
  // run and the run alike (in the run the first row's enrollment exists, which is not "yours already").
  if (facts.takenInJob.emails.has(email))
    return conflict(`duplicate_email: ${email} appears on an earlier row of the import`);
  const mine = facts.user?.enrollments ?? [];
  const already = mine.find((e) => e.programId === program.id && e.refCode === code);
  if (already)
    return {
      outcome: 'skip',
      reason: 'already_imported',
      programId: program.id,
      refCode: code,
      enrollmentId: already.id,
    };
  if (mine.length > 0) return conflict(`email_taken: ${email} is already an affiliate of yours`);
  if (facts.codeOwner(code) !== null || facts.takenInJob.codes.has(code))
    return conflict(`code_taken: ${code} is already someone's referral code`);
  // An account of its own (another advertiser's affiliate, or anyone's): an import is no consent, so the
  // person is invited and joins only by accepting while signed in; nothing of the account is touched.
  if (facts.user?.invitedTo?.includes(program.id))
    return {
      outcome: 'skip',
      reason: `already_invited: ${email} has not answered an earlier invitation yet`,
      programId: program.id,
    };
  if (facts.user && (record.status === 'suspended' || record.status === 'terminated'))
    return { outcome: 'skip', reason: `not_invited: ${email} has an account and the source has them ${record.status}` };
  const notes: string[] = [];
  if (record.refCodes.length > 1) notes.push(`extra_codes: ${record.refCodes.slice(1).join(' ')} not kept`);
  let couponCode: string | null = null;
  for (const raw of record.couponCodes) {
    const coupon = raw.toUpperCase();
    if (couponCode === null && facts.couponOwner(coupon) === null && !facts.takenInJob.coupons.has(coupon))
      couponCode = coupon;
    else notes.push(`coupon_not_kept: ${coupon}`);
  }
  if (facts.user)
    notes.unshift(`invited: ${email} already has an account; they join the program when they accept the invitation`);
  return {
    outcome: 'create',
    reason: notes.length > 0 ? notes.join('; ') : null,
    programId: program.id,
    refCode: code,
    couponCode,
    ...(facts.user ? { invite: true } : {}),
  };
}

/** The affiliate record a customer or commission belongs to, as its own verdict left it. */
export interface OwnerFacts {
  outcome: ImportOutcome;
  programId: string | null;
  /** Set once the affiliate exists here (skipped as imported before, or created by this run). */
  enrollmentId: string | null;
  /** The program's app and currency. */
  program: ProgramFacts | null;
  /**
   * Set when the record names a row dropped as `duplicate_email`: the source id of the earlier row with
   * that email, which was kept and which the record follows (same address, same person).
   */
  keptRow?: string;
  /** The affiliate was invited (or is awaiting an earlier invitation): not in the program until they accept. */
  invited?: boolean;
}

/** What a customer or commission that follows the kept row of its email says in the report. */
const followNote = (owner: OwnerFacts) =>
  owner.keptRow ? `owner_duplicate: booked to ${owner.keptRow}, the first row with this email` : null;

function ownerProblem(owner: OwnerFacts | null): Verdict | null {
  if (!owner) return { outcome: 'skip', reason: 'affiliate_missing: the source has no such affiliate' };
  // Kept with the invitation, not dropped: booked when the person accepts it (imports/book-accepted-import.ts).
  if (owner.invited)
    return conflict('awaiting_acceptance: booked when the affiliate accepts the invitation to the program');
  if (owner.outcome === 'conflict' || !owner.program) return { outcome: 'skip', reason: 'affiliate_not_imported' };
  return null;
}

/**
 * A referred customer, bound to the imported affiliate so its later payments earn as ours do;
 * skipped when already bound to the same affiliate, a conflict when another affiliate has it.
 */
export function planCustomer(
  record: ImportCustomer,
  owner: OwnerFacts | null,
  existing: { enrollmentId: string } | null,
): Verdict {
  const problem = ownerProblem(owner);
  if (problem) return problem;
  if (existing) {
    return existing.enrollmentId === owner!.enrollmentId
      ? { outcome: 'skip', reason: 'already_imported', enrollmentId: existing.enrollmentId }
      : conflict(`customer_taken: ${record.customerId} is another affiliate's customer`);
  }
  return {
    outcome: 'create',
    reason: followNote(owner!),
    programId: owner!.programId!,
    enrollmentId: owner!.enrollmentId ?? undefined,
  };
}

/**
 * A commission, unpaid (an opening balance) or paid (history): it must be in the program's currency,
 * since a balance is paid in the currency it is owed in; skipped when a former run imported it.
 */
export function planCommission(record: ImportCommission, owner: OwnerFacts | null, importedBefore: boolean): Verdict {
  const problem = ownerProblem(owner);
  if (problem) return problem;
  if (importedBefore) return { outcome: 'skip', reason: 'already_imported' };
  if (record.currency !== owner!.program!.currency)
    return conflict(`currency_mismatch: ${record.currency}, the program pays in ${owner!.program!.currency}`);
  if (record.amountMinor === 0) return { outcome: 'skip', reason: 'zero_amount' };
  return {
    outcome: 'create',
    reason: followNote(owner!),
    programId: owner!.programId!,
    enrollmentId: owner!.enrollmentId ?? undefined,
  };
}
