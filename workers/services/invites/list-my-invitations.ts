import { aliasedTable, and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { importItems, invitations, organizations, programs, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId, portalScope } from '../access';

export interface MyInvitation {
  id: string;
  organizationId: string;
  organizationName: string;
  programId: string;
  programName: string;
  /** Who sent it (or ran the import that did), by name, else email; null once that account is gone. */
  invitedBy: string | null;
  expiresAt: Date;
  /** Imported commissions (unpaid and paid) that are booked when the invitation is accepted. */
  waitingCommissions: number;
}

const inviter = aliasedTable(users, 'inviter');
const item = aliasedTable(importItems, 'invited_item');
const waiting = aliasedTable(importItems, 'waiting_item');

/**
 * The signed-in person's open program invitations (sent to their verified email, not answered, withdrawn
 * or expired), oldest first, so an invitation an import sent can be answered without the mailed link.
 * On a white-label portal, only that advertiser's.
 */
export async function listMyInvitations({ ctx }: ServiceCall<void>): Promise<MyInvitation[]> {
  const portal = portalScope(ctx);
  const [me] = await ctx.db
    .select({ email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, actorId(ctx)));
  // Addressed to the mailbox: an address not proven by its owner sees nothing.
  if (!me?.emailVerified) return [];
  // The import's affiliate row that sent this invitation, and its records that wait for the answer.
  const waitingCount = sql<number>`(
    select count(*)::int from ${importItems} waiting_item
    join ${importItems} invited_item on ${item.jobId} = ${waiting.jobId}
    where ${item.resultId} = ${invitations.id} and ${item.kind} = 'affiliate'
      and ${waiting.kind} in ('balance', 'payment')
      and ${waiting.reason} like 'awaiting_acceptance%'
      and ${waiting.data}->>'affiliateExternalId' = ${item.externalId}
  )`;
  const rows = await ctx.db
    .select({
      id: invitations.id,
      organizationId: invitations.organizationId,
      organizationName: organizations.name,
      programId: programs.id,
      programName: programs.name,
      inviterFirst: inviter.firstName,
      inviterLast: inviter.lastName,
      inviterEmail: inviter.email,
      expiresAt: invitations.expiresAt,
      waitingCommissions: waitingCount,
    })
    .from(invitations)
    .innerJoin(programs, eq(programs.id, invitations.programId))
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(
      and(
        eq(invitations.email, me.email),
        isNotNull(invitations.programId),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, ctx.now),
        portal ? eq(invitations.organizationId, portal) : undefined,
      ),
    )
    .orderBy(asc(invitations.createdAt))
    .limit(100);
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    programId: r.programId,
    programName: r.programName,
    invitedBy: [r.inviterFirst, r.inviterLast].filter(Boolean).join(' ') || r.inviterEmail,
    expiresAt: r.expiresAt,
    waitingCommissions: r.waitingCommissions,
  }));
}
