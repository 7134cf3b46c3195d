import type { CommissionTerms } from './commission-terms';
import { applyBasisPoints } from './money';

export interface EarningsInput {
  /** Customers the affiliate refers in a month. */
  customers: number;
  /** What one customer pays a month, in minor units of the program's currency. */
  priceMinor: number;
}

/** What the calculator answers, all in minor units of the program's currency. */
export interface EarningsEstimate {
  currency: string;
  /** The month the customers sign up: the sale commission (rate and fixed part) of each. */
  firstMonthMinor: number;
  /** Each later month their rebills earn; 0 when the program pays no rebills. */
  monthlyMinor: number;
  /** How many months rebills earn after the first: null for lifetime, 0 when none. */
  rebillMonths: number | null;
}

export const MAX_CALCULATOR_CUSTOMERS = 100_000;
export const MAX_CALCULATOR_PRICE_MINOR = 100_000_000;

/**
 * The landing page's earnings calculator ("20 customers at $49/month → $294/month for you"), from the same
 * effective terms commissions are computed by: a sale earns the rate (and the fixed part) of the price, each
 * rebill the recurring rate (else the rate) while the program pays rebills. Per customer, then times the
 * customers, so the rounding is the one each commission line gets. Pay-per-click programs have no estimate.
 */
export function estimateEarnings(terms: CommissionTerms, input: EarningsInput): EarningsEstimate | null {
  if (terms.payoutModel === 'cpc') return null;
  if (!Number.isSafeInteger(input.customers) || input.customers < 0 || input.customers > MAX_CALCULATOR_CUSTOMERS)
    throw new RangeError(`customers must be an integer in 0..${MAX_CALCULATOR_CUSTOMERS}`);
  if (!Number.isSafeInteger(input.priceMinor) || input.priceMinor < 0 || input.priceMinor > MAX_CALCULATOR_PRICE_MINOR)
    throw new RangeError(`priceMinor must be an integer in 0..${MAX_CALCULATOR_PRICE_MINOR}`);
  const percent = terms.commissionType !== 'fixed' && terms.rateBps !== null;
  const fixed = terms.commissionType !== 'percent' && terms.fixedMinor !== null ? terms.fixedMinor : 0;
  const salePerCustomer = (percent ? applyBasisPoints(input.priceMinor, terms.rateBps ?? 0) : 0) + fixed;
  const rebillBps = terms.recurringRateBps ?? (percent ? terms.rateBps : null);
  const rebills = terms.recurringMode !== 'none' && rebillBps !== null;
  const rebillPerCustomer = rebills ? applyBasisPoints(input.priceMinor, rebillBps) : 0;
  return {
    currency: terms.currency,
    firstMonthMinor: salePerCustomer * input.customers,
    monthlyMinor: rebillPerCustomer * input.customers,
    rebillMonths: !rebills ? 0 : terms.recurringMode === 'lifetime' ? null : (terms.recurringMonths ?? 0),
  };
}
