export type { EmailMessage } from './send-email';
export { deliverEmail } from './deliver-email';
export { sendEmail } from './send-email';
