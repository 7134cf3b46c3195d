export type { EmailMessage } from './send-email';
export { deliverEmail } from './deliver-email';
export { type EmailBrand, emailBrand } from './email-brand';
export { retryEmails } from './retry-emails';
export { sendEmail } from './send-email';
