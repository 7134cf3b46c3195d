import { and, eq, inArray } from 'drizzle-orm';
import { memberships, type PayoutBatch, users } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import {
  type ActionState,
  batchActions,
  type BatchDutyInput,
  type Caller,
  eligibleForNextStep,
  type NextStep,
  nextStep,
  PAYOUT_ROLES,
} from '../../domain/payout-duties';
import { actorId } from '../access';
import { batchRails } from './batch-rails';
import { payoutFourEyes } from './payout-four-eyes';
import { payoutRail } from './rails/registry';

export interface BatchPerson {
  id: string;
  email: string;
  name: string | null;
}

/** Who did what on a batch, who may take its next step, and what the caller may do now. */
export interface BatchDuties {
  rule: 'two_people' | 'three_people';
  proposedBy: BatchPerson | null;
  approvedBy: BatchPerson | null;
  sentBy: BatchPerson | null;
  nextStep: NextStep;
  /** Members of the organization (owners and finance) who may take the next step. */
  eligible: BatchPerson[];
  actions: ActionState[];
  /** The batch's rails without an account to pay from: sending waits for them (why: not_configured). */
  unconfiguredRails: PayoutRail[];
}

const personName = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ') || null;

function callerOf(ctx: ServiceContext): Caller {
  const role = ctx.tenant?.kind === 'advertiser' ? ctx.tenant.role : null;
  return {
    userId: actorId(ctx),
    mayPay: role === 'owner' || role === 'finance' || role === 'platform_staff',
    readOnly: role === 'support',
  };
}

/**
 * The rails of the batch's items that have no account to pay from (the organization's own connection, nor the
 * deployment's): sending refuses them (requireRailAccounts), so the page says which before anyone tries.
 */
async function unconfiguredRails(ctx: ServiceContext, batch: PayoutBatch): Promise<PayoutRail[]> {
  const missing: PayoutRail[] = [];
  for (const rail of await batchRails({ ctx, input: { batchId: batch.id } }))
    if ((await payoutRail(rail).resolveAccount({ ctx, input: { organizationId: batch.organizationId } })) === null)
      missing.push(rail);
  return missing;
}

/** The duties view of one batch for the caller: the rule itself lives in domain/payout-duties. */
export async function batchDuties({ ctx, input }: ServiceCall<{ batch: PayoutBatch }>): Promise<BatchDuties> {
  const { batch } = input;
  const strict = await payoutFourEyes({ ctx, input: { organizationId: batch.organizationId } });
  const unconfigured = await unconfiguredRails(ctx, batch);
  const duty: BatchDutyInput = {
    status: batch.status,
    itemCount: batch.itemCount,
    proposerId: batch.createdById,
    approverId: batch.approvedById,
    strict,
    payoutsConfigured: unconfigured.length === 0,
  };
  const members = await ctx.db
    .select({ userId: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, batch.organizationId), inArray(memberships.role, [...PAYOUT_ROLES])))
    .orderBy(users.email);
  const ids = [batch.createdById, batch.approvedById, batch.sentById].filter((id): id is string => id !== null);
  // The people who acted may since have left the organization (or be platform staff): read them by id.
  const acted =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ userId: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName })
          .from(users)
          .where(inArray(users.id, ids));
  const person = (row: (typeof acted)[number]): BatchPerson => ({
    id: row.userId,
    email: row.email,
    name: personName(row.firstName, row.lastName),
  });
  const byId = (id: string | null) => {
    const row = id ? acted.find((a) => a.userId === id) : undefined;
    return row ? person(row) : null;
  };
  return {
    rule: strict ? 'three_people' : 'two_people',
    proposedBy: byId(batch.createdById),
    approvedBy: byId(batch.approvedById),
    sentBy: byId(batch.sentById),
    nextStep: nextStep(batch.status, batch.itemCount),
    eligible: eligibleForNextStep(duty, members).map(person),
    actions: batchActions(duty, callerOf(ctx)),
    unconfiguredRails: unconfigured,
  };
}
