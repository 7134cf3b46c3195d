// The EU's VAT Information Exchange System: is a VAT id valid, and whose is it.
export { checkVatNumber, type ViesAnswer, ViesUnavailableError } from './check-vat-number';
