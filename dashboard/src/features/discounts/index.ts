export { DiscountLine } from './discount-line';
