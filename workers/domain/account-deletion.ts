import type { PlatformRole } from '../../schema/enums';

/** One affiliate balance with one advertiser in one currency, as the deletion check sees it. */
export interface DeletionBalance {
  organizationId: string;
  organizationName: string;
  currency: string;
  holdMinor: number;
  approvedMinor: number;
  inPayoutMinor: number;
}

/** Why an account cannot be deleted yet; each is also the error code POST /me/delete answers. */
export type DeletionBlocker =
  | { code: 'platform_staff_account' }
  /** On a white-label portal: something blocks in another advertiser's organization, not named there. */
  | { code: 'other_advertisers' }
  | { code: 'last_owner'; organizationId: string; organizationName: string }
  | {
      code: 'payout_in_progress';
      organizationId: string;
      organizationName: string;
      currency: string;
      inPayoutMinor: number;
    }
  | {
      code: 'unpaid_balance';
      organizationId: string;
      organizationName: string;
      currency: string;
      holdMinor: number;
      approvedMinor: number;
      /** hold + approved: what the affiliate would still be paid, and what forfeiting gives up. */
      owedMinor: number;
    };

export interface DeletionFacts {
  platformRole: PlatformRole;
  /** Organizations where this user is the only owner. */
  soleOwnerOf: { organizationId: string; organizationName: string }[];
  balances: DeletionBalance[];
}

/**
 * Everything that stands in the way, most fundamental first. Held (pending) money counts as owed
 * as well as approved money: both would reach the affiliate if the account stayed. A negative net
 * (a carried refund) is a debt, not a blocker. Money already in a payout cannot be forfeited.
 */
export function deletionBlockers(facts: DeletionFacts): DeletionBlocker[] {
  const blockers: DeletionBlocker[] = [];
  if (facts.platformRole !== 'none') blockers.push({ code: 'platform_staff_account' });
  for (const org of facts.soleOwnerOf) blockers.push({ code: 'last_owner', ...org });
  for (const b of facts.balances) {
    const base = { organizationId: b.organizationId, organizationName: b.organizationName, currency: b.currency };
    if (b.inPayoutMinor > 0) blockers.push({ code: 'payout_in_progress', ...base, inPayoutMinor: b.inPayoutMinor });
    const owedMinor = b.holdMinor + b.approvedMinor;
    if (owedMinor > 0)
      blockers.push({
        code: 'unpaid_balance',
        ...base,
        holdMinor: b.holdMinor,
        approvedMinor: b.approvedMinor,
        owedMinor,
      });
  }
  return blockers;
}

/**
 * The blockers a white-label portal's session may see: its own organization's, and one
 * `other_advertisers` in place of any other organization's (their names, ids and amounts are not the
 * portal's to show). It is a hard blocker: money owed elsewhere is not forfeited from a portal.
 */
export function confineBlockers(
  blockers: DeletionBlocker[],
  portalOrganizationId: string | undefined,
): DeletionBlocker[] {
  if (!portalOrganizationId) return blockers;
  const elsewhere = (b: DeletionBlocker) => 'organizationId' in b && b.organizationId !== portalOrganizationId;
  const here = blockers.filter((b) => !elsewhere(b));
  return here.length < blockers.length ? [...here, { code: 'other_advertisers' }] : here;
}

/** The blockers still in force when the user asks to forfeit: only an unpaid balance can be given up. */
export function remainingBlockers(blockers: DeletionBlocker[], forfeit: boolean): DeletionBlocker[] {
  return forfeit ? blockers.filter((b) => b.code !== 'unpaid_balance') : blockers;
}

/**
 * The address a deleted account keeps: unique (the user id), never deliverable (`.invalid` is
 * reserved by RFC 2606), lower-case for the users_email_lower_check, and free of the old address.
 */
export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId.toLowerCase()}@deleted.invalid`;
}
