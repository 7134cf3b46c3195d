/**
 * A payment dispute (chargeback) as a payment provider reports it, reduced to what the ledger
 * acts on: `opened` holds the sale's unpaid commissions, `won` gives them back, `lost` reverses
 * them like a refund of `amountMinor`.
 */
export interface DisputeEvent {
  /** The provider's event id (Stripe `evt_…`). */
  eventId: string;
  /** The provider's dispute id (Stripe `dp_…`): every event of one dispute names it. */
  disputeId: string;
  phase: 'opened' | 'won' | 'lost';
  /** The disputed payment as a sale's order id names it (Stripe: payment intent, else charge). */
  orderId: string | null;
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** ISO 8601. */
  occurredAt: string;
  /** The provider's event type, kept on the refund a lost dispute books. */
  sourceType: string;
}
