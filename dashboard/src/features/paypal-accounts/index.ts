export { useSetPaypalEmail, useUndoPaypalEmailChange, useVerifyPaypalEmail } from './queries/paypal-email';
