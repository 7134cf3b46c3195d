export type { EmailMessage } from './send-email';
export { deliverEmail } from './deliver-email';
export { retryEmails } from './retry-emails';
export { sendEmail } from './send-email';
