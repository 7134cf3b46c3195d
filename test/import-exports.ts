// CSV files shaped like the exports of the products an advertiser imports from (docs/importing.md
// "Other products' exports"). None of the four documents its export's columns: each file uses the
// names that product's UI shows or its API's field names (both spellings are read), as noted per
// product. `t` makes emails, codes and ids unique per test (workerd tests share KV and routing).
import type { ImportCsvFormat } from '../schema/enums';

export interface ExportFixture {
  affiliates: string;
  customers: string;
  commissions: string;
  /** The link parameter of the import (Tolt's is the program's setting; the others are fixed). */
  referralParam?: string;
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** What each fixture holds, as the dry run sees it: the affiliate with a customer and commissions, and counts per kind. */
export interface ExportExpectation {
  /** The affiliate all customers and commissions belong to, its code and coupon. */
  email: string;
  refCode: string;
  coupon: string | null;
  customerId: string;
  /** The unpaid commission: its source id, minor units and due date. */
  balance: { id: string; minor: number; dueAt: string | null };
  payment: { id: string; minor: number; saleMinor: number | null };
  /** Records per kind after rows that are not ours to import were left out. */
  counts: { affiliate: number; customer: number; balance: number; payment: number };
}

type Fixtures = Record<Exclude<ImportCsvFormat, 'ours'>, (t: string) => ExportFixture & { expect: ExportExpectation }>;

export const EXPORT_FIXTURES: Fixtures = {
  // Rewardful: the dashboard's labels (ID, First name, State, Links, Coupon), amounts as the UI shows them.
  rewardful: (t) => ({
    affiliates: csv(
      'ID,First name,Last name,Email,PayPal email,State,Campaign ID,Campaign,Links,Coupon,Visitors,Leads,Conversions',
      `rw-a1-${t},Ann,Jones,ann-${t}@example.com,ANN-${t}@paypal.example.com,active,camp-1,Friends,https://app.example/?via=ann${t},ann${t}off,120,4,2`,
      `rw-a2-${t},Bob,Stone,bob-${t}@example.com,,disabled,camp-1,Friends,"https://app.example/?via=bob${t} https://app.example/pricing?via=bobby${t}",,3,0,0`,
    ),
    customers: csv(
      'ID,Affiliate email,Stripe customer ID,Conversion state,Became conversion at,Created at',
      `rw-r1-${t},ann-${t}@example.com,cus_rw${t},conversion,2025-06-01 10:00:00 UTC,2025-05-30`,
      `rw-r2-${t},ann-${t}@example.com,,visitor,,2025-05-30`,
    ),
    commissions: csv(
      'ID,Affiliate email,Amount,Currency,State,Due at,Paid at,Sale amount',
      `rw-c1-${t},ann-${t}@example.com,"$1,200.50",USD,due,2025-07-01,,"$4,002.00"`,
      `rw-c2-${t},ann-${t}@example.com,7.05,USD,paid,2025-03-01,2025-03-05T10:00:00Z,20.00`,
      `rw-c3-${t},ann-${t}@example.com,5.00,USD,voided,,,`,
    ),
    expect: {
      email: `ann-${t}@example.com`,
      refCode: `ann${t}`,
      coupon: `ann${t}off`.toUpperCase(),
      customerId: `cus_rw${t}`,
      balance: { id: `rw-c1-${t}`, minor: 120050, dueAt: '2025-07-01T00:00:00.000Z' },
      payment: { id: `rw-c2-${t}`, minor: 705, saleMinor: 2000 },
      counts: { affiliate: 2, customer: 1, balance: 1, payment: 1 },
    },
  }),
  // FirstPromoter: its API's field names (promoter id, state, ref_id; referral uid, customer_since;
  // commission status, unit, is_paid), commissions naming the promoter by id.
  firstpromoter: (t) => ({
    affiliates: csv(
      'id,email,first_name,last_name,state,ref_id,campaign_name,paypal_email,referral_link',
      `101${t},carl-${t}@example.com,Carl,Ng,accepted,carl${t},Default,,https://app.example/?fpr=carl${t}`,
      `102${t},dina-${t}@example.com,Dina,Roe,pending,dina${t},Default,dina-${t}@paypal.example.com,`,
      `103${t},eve-${t}@example.com,Eve,Poe,denied,eve${t},Default,,`,
    ),
    customers: csv(
      'id,promoter_email,email,uid,customer_id,state,customer_since,created_at',
      `501${t},carl-${t}@example.com,buyer@customer.example,u_1,cus_fp${t},active,2025-06-02T08:00:00Z,2025-06-01`,
      `502${t},carl-${t}@example.com,lead@customer.example,,,signup,,2025-06-01`,
    ),
    commissions: csv(
      'id,promoter_id,amount,currency,status,unit,is_paid,paid_at,sale_amount',
      `9001${t},101${t},45.00,USD,approved,cash,false,,150.00`,
      `9002${t},101${t},10.10,USD,approved,cash,true,2025-04-01,40`,
      `9003${t},101${t},100,USD,approved,credits,false,,`,
      `9004${t},101${t},3.00,USD,denied,cash,false,,`,
    ),
    expect: {
      email: `carl-${t}@example.com`,
      refCode: `carl${t}`,
      coupon: null,
      customerId: `cus_fp${t}`,
      balance: { id: `9001${t}`, minor: 4500, dueAt: null },
      payment: { id: `9002${t}`, minor: 1010, saleMinor: 4000 },
      counts: { affiliate: 3, customer: 1, balance: 1, payment: 1 },
    },
  }),
  // Tolt: the dashboard's labels, the program's link parameter set to `aff`, commissions by partner email.
  tolt: (t) => ({
    referralParam: 'aff',
    affiliates: csv(
      'Partner ID,First name,Last name,Email,Company name,Status,Group,Payout email,Referral link,Coupon code',
      `part_1${t},Fay,Lin,fay-${t}@example.com,Lin Ltd,active,grp_a,fay-${t}@paypal.example.com,https://app.example/?aff=fay${t},FAY${t}`,
      `part_2${t},Gus,Ho,gus-${t}@example.com,,suspended,grp_a,,https://app.example/?aff=gus${t},`,
    ),
    customers: csv(
      'ID,Partner ID,Customer ID,Email,Status,Created at',
      `cust_1${t},part_1${t},cus_tt${t},buyer@customer.example,active,2025-06-03`,
      `cust_2${t},part_1${t},,lead@customer.example,lead,2025-06-04`,
    ),
    commissions: csv(
      'ID,Partner email,Amount,Currency,Status,Type,Created at,Paid at',
      `comm_1${t},fay-${t}@example.com,19.99,USD,pending,reward,2025-06-10,`,
      `comm_2${t},fay-${t}@example.com,0.99,USD,paid,reward,2025-05-10,2025-05-31`,
      `comm_3${t},fay-${t}@example.com,19.99,USD,approved,refund,2025-06-11,`,
      `comm_4${t},fay-${t}@example.com,4.00,USD,rejected,reward,2025-06-12,`,
    ),
    expect: {
      email: `fay-${t}@example.com`,
      refCode: `fay${t}`,
      coupon: `FAY${t}`.toUpperCase(),
      customerId: `cus_tt${t}`,
      balance: { id: `comm_1${t}`, minor: 1999, dueAt: null },
      payment: { id: `comm_2${t}`, minor: 99, saleMinor: null },
      counts: { affiliate: 2, customer: 1, balance: 1, payment: 1 },
    },
  }),
  // PartnerStack: "Export all records" labels; the second partner has no key column value, only its
  // link, whose `gspk` is the key Base64-encoded.
  partnerstack: (t) => ({
    affiliates: csv(
      'Partner key,First name,Last name,Email,Group,Status,Signed up,Referral link',
      `han${t},Han,Solo,han-${t}@example.com,default,active,2024-01-05,`,
      `,Ida,Ray,ida-${t}@example.com,default,active,2024-02-05,https://app.example/?gspk=${btoa(`ida${t}`)}&gsxid=x1`,
    ),
    customers: csv(
      'Customer key,Partner key,Provider key,Name,Email,Submitted on',
      `ck_1${t},han${t},cus_ps${t},Buyer,buyer@customer.example,2025-06-05`,
    ),
    commissions: csv(
      'Reward key,Partner key,Reward amount,Currency,Status,Created,Paid at',
      `rw_1${t},han${t},25.00,USD,approved,2025-06-06,`,
      `rw_2${t},han${t},12.34,USD,paid,2025-05-06,2025-05-20`,
      `rw_3${t},han${t},9.00,USD,declined,2025-05-07,`,
    ),
    expect: {
      email: `han-${t}@example.com`,
      refCode: `han${t}`,
      coupon: null,
      customerId: `cus_ps${t}`,
      balance: { id: `rw_1${t}`, minor: 2500, dueAt: null },
      payment: { id: `rw_2${t}`, minor: 1234, saleMinor: null },
      counts: { affiliate: 2, customer: 1, balance: 1, payment: 1 },
    },
  }),
};
