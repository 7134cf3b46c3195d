export { getStripeDiscounts, type StripeDiscountsState } from './get-stripe-discounts';
export { removeStripeDiscountKey } from './remove-stripe-discount-key';
export { setStripeDiscountKey } from './set-stripe-discount-key';
export { syncStripeDiscounts } from './sync-stripe-discounts';
export { type DiscountSummaryRow, summarizeDiscounts } from './summarize-discounts';
