// A Tolt import against the local source server (dev/import-sources-server.ts). The data and requests
// follow docs.tolt.com: authentication (Bearer API key), programs/list (id, currency_code),
// partners/list, links/list, customers/list and commissions/list (each with `program_id`, `limit`
// ≤ 100, `starting_after` = the last id, `{ success, has_more, total_count, data }`, customers' data
// nested), the partner (status active|pending|suspended|rejected, payout_method, payout_details), the
// link (param, value, partner_id), the customer (customer_id, partner_id, active_at) and the
// commission (amount in cents as a string, currency null, status pending|approved|paid|rejected|
// refunded, partner { id } with expand[]=partner, scheduled_approval_date).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createAdvertiser } from '../actors';
import { testDb } from '../fixtures';
import { importThroughApi, tag } from '../imports';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
});
afterAll(() => close());

describe('Tolt API import', () => {
  it('reads each program, adds links to their partners, waits out a 429, resumes after a 500, and keeps ?aff= links crediting', async () => {
    const t = tag();
    const token = `tlt_test_${t}`;
    const program = `prg_${t}`;
    const at = (n: number) => `2025-06-0${n + 1}T10:00:00.000Z`;
    const partners = ['active', 'pending', 'rejected'].map((status, n) => ({
      id: `part_${t}_${n}`,
      first_name: `Tol${n}`,
      last_name: 'Partner',
      email: `tolt${n}-${t}@example.com`,
      program_id: program,
      status,
      payout_method: n === 0 ? 'paypal' : 'none',
      payout_details: n === 0 ? { email: `tol0-${t}@paypal.example.com` } : {},
      created_at: at(n),
    }));
    const link = (n: number, param: string, value: string, day: number) => ({
      id: `lnk_${t}_${n}_${param}`,
      param,
      value,
      partner_id: `part_${t}_${n}`,
      program_id: program,
      created_at: at(day),
    });
    const commission = (id: string, status: string, amount: string, extra = {}) => ({
      id: `comm_${t}_${id}`,
      amount,
      currency: null,
      status,
      customer_id: `cust_${t}`,
      partner: { id: `part_${t}_0` },
      program_id: program,
      revenue: 9999,
      created_at: at(0),
      updated_at: '2025-06-25T10:00:00.000Z',
      ...extra,
    });
    await importThroughApi({
      db,
      acme,
      other,
      source: 'tolt',
      token,
      pageSize: 2,
      // Partners come oldest first, two a page: the second page starts after the second partner.
      affiliates: { path: '/tolt/v1/partners', secondPage: `part_${t}_1` },
      commissionsPath: '/tolt/v1/commissions',
      referralParam: 'aff',
      oldLink: { param: 'aff', code: `tol0${t}` },
      resources: {
        programs: [{ id: program, name: 'Main', status: 'active', currency_code: 'USD', created_at: at(0) }],
        partners,
        links: [
          link(0, 'aff', `tol0${t}`, 0),
          // A later link of the same partner is reported as an extra code; one under another parameter is not ours.
          link(0, 'aff', `tol0b${t}`, 3),
          link(1, 'via', `tol1via${t}`, 1),
          link(1, 'aff', `tol1${t}`, 2),
          link(2, 'aff', `tol2${t}`, 2),
        ],
        customers: [
          {
            id: `cust_${t}`,
            customer_id: `cus_tolt_${t}`,
            partner_id: `part_${t}_0`,
            status: 'active',
            program_id: program,
            created_at: at(0),
            active_at: at(1),
          },
          // Known to Tolt by email only: left out.
          {
            id: `cust_${t}_lead`,
            email: `lead-${t}@example.com`,
            partner_id: `part_${t}_0`,
            program_id: program,
            created_at: at(1),
          },
        ],
        commissions: [
          commission('a', 'approved', '1999'),
          commission('p', 'pending', '500', { scheduled_approval_date: '2025-07-15T00:00:00.000Z' }),
          commission('paid', 'paid', '700'),
          commission('r', 'rejected', '800'),
          commission('x', 'refunded', '900'),
        ],
      },
      planned: {
        affiliate: { total: 3, create: 3 },
        customer: { total: 1, create: 1 },
        balance: { total: 2, create: 2 },
        payment: { total: 1, create: 1 },
      },
      afterRun: async (jobId) => {
        const [first] = await db
          .select()
          .from(s.enrollments)
          .where(eq(s.enrollments.refCode, `tol0${t}`));
        expect(first).toMatchObject({ status: 'active' });
        const [second] = await db
          .select()
          .from(s.enrollments)
          .where(eq(s.enrollments.refCode, `tol1${t}`));
        expect(second).toMatchObject({ status: 'pending' });
        const [third] = await db
          .select()
          .from(s.enrollments)
          .where(eq(s.enrollments.refCode, `tol2${t}`));
        expect(third).toMatchObject({ status: 'terminated' });
        const [item] = await db
          .select()
          .from(s.importItems)
          .where(and(eq(s.importItems.jobId, jobId), eq(s.importItems.externalId, `part_${t}_0`)));
        expect(item!.reason ?? '').toContain(`extra_codes: tol0b${t}`);
        const [user] = await db.select().from(s.users).where(eq(s.users.id, first!.affiliateId));
        expect(user!.paypalEmail).toBe(`tol0-${t}@paypal.example.com`);
        const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, first!.id));
        const byRef = Object.fromEntries(lines.map((l) => [l.importRef, l]));
        // Amounts are cent strings; the currency is the program's; a pending one waits for Tolt's approval date.
        expect(byRef[`tolt:comm_${t}_a`]).toMatchObject({ amountMinor: 1999, currency: 'USD' });
        expect(byRef[`tolt:comm_${t}_p`]!.holdUntil.toISOString()).toBe('2025-07-15T00:00:00.000Z');
        expect(lines).toHaveLength(2);
        const [paid] = await db.select().from(s.importedPayments).where(eq(s.importedPayments.enrollmentId, first!.id));
        expect(paid).toMatchObject({ amountMinor: 700, saleAmountMinor: 9999 });
        const [customer] = await db
          .select()
          .from(s.referredCustomers)
          .where(eq(s.referredCustomers.externalCustomerId, `cus_tolt_${t}`));
        expect(customer!.attributedAt.toISOString()).toBe(at(1));
      },
    });
  });
});
