import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import {
  LIVE_COMMISSION_STATUSES,
  UNPAID_COMMISSION_STATUSES,
  VOID_COMMISSION_STATUSES,
} from '../../domain/commission-status';
import { VOID_CONVERSION_STATUSES } from '../../domain/conversion-status';
import type { Discrepancy } from '../../domain/ledger';

/** PayPal item statuses that still hold the money of their lines (not final either way). */
const OPEN_ITEM = sql`('pending', 'unclaimed', 'onhold')`;
/** Items whose amount must equal their lines: open ones and the paid ones. */
const ITEM_WITH_LINES = sql`('pending', 'unclaimed', 'onhold', 'success')`;
/** A status list from the domain modules as an SQL `IN` operand. */
const list = (statuses: readonly string[]) =>
  sql`(${sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  )})`;
const LIVE_LINE = list(LIVE_COMMISSION_STATUSES);
/** A broken ledger is reported, not listed in full: a few hundred rows per check say enough. */
const MAX_ROWS = 500;

type Row = { id: string; other: string | null; detail: string };

interface LineCheck {
  kind: string;
  /** Selects id, other (a second row involved, or NULL) and detail; `scope` limits it to one advertiser. */
  query: (scope: (column: SQL) => SQL) => SQL;
}

/** The invariants checked row by row, each one query; see checkLedger for the list in words. */
const CHECKS: LineCheck[] = [
  {
    kind: 'in_payout_without_item',
    query: (scope) => sql`SELECT c.id, NULL AS other, 'in_payout line linked to no payout item' AS detail
      FROM affiliate.commissions c LEFT JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id
      WHERE c.status = 'in_payout' AND p.commission_id IS NULL AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'in_payout_item_not_open',
    query: (
      scope,
    ) => sql`SELECT c.id, i.id AS other, 'in_payout line in a payout item with status ' || i.status AS detail
      FROM affiliate.commissions c JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id JOIN affiliate.payout_items i ON i.id = p.payout_item_id
      WHERE c.status = 'in_payout' AND i.status NOT IN ${OPEN_ITEM} AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'paid_without_item',
    query: (scope) => sql`SELECT c.id, NULL AS other, 'paid line linked to no payout item' AS detail
      FROM affiliate.commissions c LEFT JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id
      WHERE c.status = 'paid' AND p.commission_id IS NULL AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'paid_item_not_success',
    query: (scope) => sql`SELECT c.id, i.id AS other, 'paid line in a payout item with status ' || i.status AS detail
      FROM affiliate.commissions c JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id JOIN affiliate.payout_items i ON i.id = p.payout_item_id
      WHERE c.status = 'paid' AND i.status <> 'success' AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'unpaid_line_linked',
    query: (scope) => sql`SELECT c.id, p.payout_item_id AS other, c.status || ' line linked to a payout item' AS detail
      FROM affiliate.commissions c JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id
      WHERE c.status IN ${list(UNPAID_COMMISSION_STATUSES)} AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'void_line_in_open_item',
    query: (
      scope,
    ) => sql`SELECT c.id, i.id AS other, c.status || ' line in an open payout item (' || i.status || ')' AS detail
      FROM affiliate.commissions c JOIN affiliate.payout_item_commissions p ON p.commission_id = c.id JOIN affiliate.payout_items i ON i.id = p.payout_item_id
      WHERE c.status IN ${list(VOID_COMMISSION_STATUSES)} AND i.status IN ${OPEN_ITEM} AND ${scope(sql`c.organization_id`)}`,
  },
  {
    kind: 'item_amount_mismatch',
    query: (
      scope,
    ) => sql`SELECT i.id, NULL AS other, i.status || ' payout item of ' || i.amount_minor || ' whose lines sum to ' || coalesce(sum(c.amount_minor), 0) AS detail
      FROM affiliate.payout_items i LEFT JOIN affiliate.payout_item_commissions p ON p.payout_item_id = i.id LEFT JOIN affiliate.commissions c ON c.id = p.commission_id
      WHERE i.status IN ${ITEM_WITH_LINES} AND ${scope(sql`i.organization_id`)}
      GROUP BY i.id HAVING i.amount_minor <> coalesce(sum(c.amount_minor), 0)`,
  },
  {
    kind: 'voided_conversion_not_offset',
    query: (
      scope,
    ) => sql`SELECT c.id, v.id AS other, c.status || ' commission of a ' || v.status || ' conversion, ' || (c.amount_minor + coalesce(adj.sum, 0)) || ' not offset by adjustments' AS detail
      FROM affiliate.commissions c JOIN affiliate.conversions v ON v.id = c.conversion_id
      LEFT JOIN LATERAL (
        SELECT sum(a.amount_minor) AS sum FROM affiliate.commissions a
        WHERE a.reverses_commission_id = c.id AND a.status IN ${LIVE_LINE}
      ) adj ON true
      WHERE c.kind = 'commission' AND v.status IN ${list(VOID_CONVERSION_STATUSES)} AND c.status IN ${LIVE_LINE}
        AND c.amount_minor + coalesce(adj.sum, 0) > 0 AND ${scope(sql`c.organization_id`)}`,
  },
  {
    // An opening balance is money no conversion of ours earned: only an import's run may book one,
    // and its import item names it. One that no item names appeared some other way.
    kind: 'opening_balance_unrecorded',
    query: (
      scope,
    ) => sql`SELECT c.id, NULL AS other, 'opening balance ' || coalesce(c.import_ref, '(no import ref)') || ' recorded by no import' AS detail
      FROM affiliate.commissions c
      WHERE c.kind = 'opening_balance' AND ${scope(sql`c.organization_id`)}
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.import_items i
          WHERE i.result_id = c.id AND i.kind = 'balance' AND i.organization_id = c.organization_id)`,
  },
  {
    // A bounty's bonus is money no conversion earned: only an award may book one, and the award of
    // its bounty and enrollment names it. One that no award names (or another bounty's) appeared some other way.
    kind: 'bounty_line_unawarded',
    query: (
      scope,
    ) => sql`SELECT c.id, NULL AS other, 'bounty line ' || coalesce(c.bounty_ref, '(no bounty ref)') || ' named by no bounty award' AS detail
      FROM affiliate.commissions c
      WHERE c.kind = 'bounty' AND ${scope(sql`c.organization_id`)}
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.bounty_awards a
          WHERE a.commission_id = c.id AND a.organization_id = c.organization_id
            AND c.bounty_ref = a.bounty_id || ':' || a.enrollment_id AND a.enrollment_id = c.enrollment_id)`,
  },
];

/** Runs every row-level check, for one advertiser or (without one) the whole platform. */
export async function runLineChecks({
  ctx: { db },
  input: { organizationId },
}: ServiceCall<{ organizationId: string | undefined }>): Promise<Discrepancy[]> {
  const scope = (column: SQL) => (organizationId ? sql`${column} = ${organizationId}` : sql`true`);
  const out: Discrepancy[] = [];
  for (const check of CHECKS) {
    const result = await db.execute<Row>(sql`${check.query(scope)} LIMIT ${MAX_ROWS}`);
    for (const row of result.rows) {
      out.push({ kind: check.kind, detail: row.detail, ids: row.other ? [row.id, row.other] : [row.id] });
    }
  }
  return out;
}
