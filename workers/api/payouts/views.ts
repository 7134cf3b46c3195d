import { z } from '@hono/zod-openapi';
import { PayoutBatchStatus, PayoutItemStatus, PayoutPartStatus, PayoutRail } from '../../../schema/enums';
import type {
  BatchDuties,
  BatchItemRow,
  BatchPerson,
  MyPayoutRow,
  PayoutBatch,
  PayoutBatchPart,
} from '../../services/payouts';
import { unclaimedClaimBy } from '../../domain/unclaimed-payout';
import { iso, isoOrNull, page, timestamp } from '../shared/schemas';

const amountMinor = z
  .number()
  .int()
  .describe('Minor units of currency (cents; for zero-decimal currencies the whole amount)');

/** Why an item failed, as the rail's provider said it or as staff wrote when excluding it. */
const itemFailure = {
  failureReason: z.string().nullable().describe("The provider's own words (or why staff excluded it): for support"),
  failureCode: z
    .string()
    .nullable()
    .describe(
      "The provider's error name of a failed item, e.g. PayPal's RECEIVER_UNREGISTERED; pick the reader's sentence by it",
    ),
};

export const payoutBatchSchema = z
  .object({
    id: z.uuid().describe('Also PayPal’s sender_batch_id (of part 0)'),
    organizationId: z.uuid(),
    currency: z.string(),
    status: z.enum(PayoutBatchStatus),
    totalMinor: amountMinor,
    itemCount: z.number().int(),
    proposedAt: timestamp,
    createdById: z.uuid().nullable().describe('null: proposed by the daily cron'),
    approvedById: z.uuid().nullable().describe('null once approved: the system approved it (autoApprovedLimitMinor)'),
    autoApprovedLimitMinor: amountMinor
      .nullable()
      .describe('Set when the system approved it under the advertiser’s auto-approval limit: that limit'),
    approvedAt: timestamp.nullable(),
    sentById: z.uuid().nullable(),
    sentAt: timestamp.nullable(),
    completedAt: timestamp.nullable(),
    paypalBatchId: z.string().nullable(),
    paypalStatus: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .openapi('PayoutBatch');

export const batchView = (b: PayoutBatch): z.infer<typeof payoutBatchSchema> => ({
  id: b.id,
  organizationId: b.organizationId,
  currency: b.currency,
  status: b.status,
  totalMinor: b.totalMinor,
  itemCount: b.itemCount,
  proposedAt: iso(b.proposedAt),
  createdById: b.createdById,
  approvedById: b.approvedById,
  autoApprovedLimitMinor: b.autoApprovedLimitMinor,
  approvedAt: isoOrNull(b.approvedAt),
  sentById: b.sentById,
  sentAt: isoOrNull(b.sentAt),
  completedAt: isoOrNull(b.completedAt),
  paypalBatchId: b.paypalBatchId,
  paypalStatus: b.paypalStatus,
  lastError: b.lastError,
});

export const payoutBatchPage = page(payoutBatchSchema, 'PayoutBatchPage');

export const partSchema = z
  .object({
    part: z.number().int(),
    rail: z.enum(PayoutRail).describe('paypal: one mass-payout call; stripe: one transfer per item'),
    senderBatchId: z.string(),
    status: z.enum(PayoutPartStatus),
    itemCount: z.number().int(),
    totalMinor: amountMinor,
    attempts: z.number().int(),
    paypalBatchId: z.string().nullable(),
    paypalStatus: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: timestamp.nullable(),
    lastPolledAt: timestamp.nullable(),
  })
  .openapi('PayoutBatchPart');

const partView = (p: PayoutBatchPart): z.infer<typeof partSchema> => ({
  part: p.part,
  rail: p.rail,
  senderBatchId: p.senderBatchId,
  status: p.status,
  itemCount: p.itemCount,
  totalMinor: p.totalMinor,
  attempts: p.attempts,
  paypalBatchId: p.paypalBatchId,
  paypalStatus: p.paypalStatus,
  lastError: p.lastError,
  sentAt: isoOrNull(p.sentAt),
  lastPolledAt: isoOrNull(p.lastPolledAt),
});

export const payoutItemSchema = z
  .object({
    id: z.uuid().describe('Also PayPal’s sender_item_id'),
    affiliateId: z.uuid(),
    affiliateEmail: z.string(),
    affiliateName: z.string().describe('First and last name, else the email'),
    rail: z.enum(PayoutRail).describe('How this item is paid (docs/payout-rails.md)'),
    receiverEmail: z.string().nullable().describe('PayPal items: the verified PayPal email at proposal time'),
    stripeAccountId: z.string().nullable().describe('Stripe items: the connected Express account at proposal time'),
    destinationRef: z
      .string()
      .nullable()
      .describe('Items of other rails: the payee reference the rail chose at proposal time (docs/payout-rails.md)'),
    stripeTransferId: z.string().nullable().describe('Stripe items: the transfer, once made'),
    feeMinor: z.number().int().describe('What the rail charges the advertiser for this item, on top of amountMinor'),
    amountMinor,
    currency: z.string(),
    status: z.enum(PayoutItemStatus),
    part: z.number().int(),
    paypalBatchId: z.string().nullable(),
    paypalItemId: z.string().nullable(),
    paypalTransactionId: z.string().nullable(),
    ...itemFailure,
    paidAt: timestamp.nullable(),
  })
  .openapi('PayoutItem');

export const itemView = ({
  item,
  affiliateEmail,
  affiliateName,
  paypalBatchId,
}: BatchItemRow): z.infer<typeof payoutItemSchema> => ({
  id: item.id,
  affiliateId: item.affiliateId,
  affiliateEmail,
  affiliateName,
  rail: item.rail,
  receiverEmail: item.receiverEmail,
  stripeAccountId: item.stripeAccountId,
  destinationRef: item.destinationRef,
  stripeTransferId: item.stripeTransferId,
  feeMinor: item.feeMinor,
  amountMinor: item.amountMinor,
  currency: item.currency,
  status: item.status,
  part: item.part,
  paypalBatchId,
  paypalItemId: item.paypalItemId,
  paypalTransactionId: item.paypalTransactionId,
  failureReason: item.failureReason,
  failureCode: item.failureCode,
  paidAt: isoOrNull(item.paidAt),
});

// Not a named component: the generator would fold the nullable uses into it.
const batchPerson = z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable() });

export const batchActionState = z
  .object({
    action: z.enum(['approve', 'send', 'cancel', 'exclude']),
    allowed: z.boolean(),
    reason: z
      .enum([
        'approver_is_proposer',
        'sender_is_proposer',
        'sender_is_approver',
        'status',
        'empty',
        'role',
        'read_only',
        'not_configured',
      ])
      .nullable()
      .describe(
        'Why not (null when allowed): a duty rule, the batch’s status (or no items), the caller’s role, support’s read-only access, or a rail of its items without an account (unconfiguredRails)',
      ),
  })
  .openapi('PayoutBatchActionState');

export const batchDutiesSchema = z
  .object({
    rule: z
      .enum(['two_people', 'three_people'])
      .describe(
        'two_people: the approver is not the proposer, anyone with a payout role sends; three_people (payoutFourEyes): the sender is a third person',
      ),
    proposedBy: batchPerson.nullable().describe('null: proposed by the daily cron'),
    approvedBy: batchPerson.nullable(),
    sentBy: batchPerson.nullable(),
    nextStep: z.enum(['approve', 'send', 'wait_for_paypal', 'none']),
    eligible: z
      .array(batchPerson)
      .describe('Owners and finance members who may take the next step (platform staff may too)'),
    allowedActions: z.array(batchActionState).describe('What the caller may do on this batch now, and why not'),
    unconfiguredRails: z
      .array(z.enum(PayoutRail))
      .describe(
        'Rails of the batch’s items with no account to pay from: send is refused (not_configured) until they have one',
      ),
  })
  .openapi('PayoutBatchDuties');

const personView = (p: BatchPerson | null) => (p ? { id: p.id, email: p.email, name: p.name } : null);

export const dutiesView = (d: BatchDuties): z.infer<typeof batchDutiesSchema> => ({
  rule: d.rule,
  proposedBy: personView(d.proposedBy),
  approvedBy: personView(d.approvedBy),
  sentBy: personView(d.sentBy),
  nextStep: d.nextStep,
  eligible: d.eligible.map((p) => personView(p)!),
  allowedActions: d.actions,
  unconfiguredRails: d.unconfiguredRails,
});

export const payoutBatchDetail = z
  .object({
    batch: payoutBatchSchema,
    duties: batchDutiesSchema,
    parts: z.array(partSchema),
    items: page(payoutItemSchema, 'PayoutItemPage'),
  })
  .openapi('PayoutBatchDetail');

export { partView };

export const proposalResult = z
  .object({
    batches: z.array(
      z.object({
        batchId: z.uuid(),
        currency: z.string(),
        created: z.boolean(),
        itemsAdded: z.number().int(),
        itemsExtended: z.number().int(),
        linesLinked: z.number().int(),
        totalMinor: amountMinor,
        itemCount: z.number().int(),
        autoApproved: z
          .boolean()
          .describe('The system approved it: its total is within the advertiser’s auto-approval limit'),
      }),
    ),
    unproposed: z
      .array(
        z.object({
          currency: z.string(),
          affiliates: z.number().int().describe('Affiliates with approved balances no payout took'),
          noVerifiedPaypal: z.number().int().describe('Of them, without a verified PayPal email'),
          belowMinimum: z.number().int().describe('Of them, whose net is below the payout minimum'),
          totalMinor: amountMinor,
        }),
      )
      .describe('What the proposal left behind, per currency, and why'),
  })
  .openapi('PayoutProposal');

export const sendResult = z
  .object({
    batch: payoutBatchSchema,
    parts: z
      .record(z.string(), z.enum(['sent', 'unsure', 'failed']))
      .describe('Outcome per sender_batch_id; unsure parts are re-sent with the same id by the recovery cron'),
  })
  .openapi('PayoutSendResult');

export const myPayoutSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    advertiser: z.string(),
    rail: z.enum(PayoutRail),
    receiverEmail: z.string().nullable().describe('PayPal items: where it was paid; null for Stripe items'),
    amountMinor,
    currency: z.string(),
    status: z.enum(PayoutItemStatus),
    batchStatus: z.enum(PayoutBatchStatus),
    paypalTransactionId: z.string().nullable(),
    ...itemFailure,
    paidAt: timestamp.nullable(),
    sentAt: timestamp.nullable().describe('When the batch went to PayPal; null while it is under review'),
    claimBy: timestamp
      .nullable()
      .describe(
        'Unclaimed only: claim it at PayPal with receiverEmail before this, 30 days after sending, or PayPal returns it to the balance',
      ),
    createdAt: timestamp,
  })
  .openapi('MyPayout');

export const myPayoutView = ({
  item,
  organizationName,
  batchStatus,
  sentAt,
}: MyPayoutRow): z.infer<typeof myPayoutSchema> => ({
  id: item.id,
  organizationId: item.organizationId,
  advertiser: organizationName,
  rail: item.rail,
  receiverEmail: item.receiverEmail,
  amountMinor: item.amountMinor,
  currency: item.currency,
  status: item.status,
  batchStatus,
  paypalTransactionId: item.paypalTransactionId,
  failureReason: item.failureReason,
  failureCode: item.failureCode,
  paidAt: isoOrNull(item.paidAt),
  sentAt: isoOrNull(sentAt),
  claimBy: item.status === 'unclaimed' ? isoOrNull(unclaimedClaimBy(sentAt)) : null,
  createdAt: iso(item.createdAt),
});

export const myPayoutPage = page(myPayoutSchema, 'MyPayoutPage');
