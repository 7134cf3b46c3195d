import type { ServiceCall } from '../../context';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';

/**
 * PayPal verification emails go to any address the caller types, so they are limited like the
 * other verification emails: per IP, and per user in the durable verification_resend bucket.
 * Call it with a pool context, before the transaction (the count must commit either way).
 */
export async function limitPaypalVerification({ ctx, input }: ServiceCall<{ userId: string }>): Promise<void> {
  await limitByIp({ ctx, input: { action: 'verification' } });
  await reserveAttempt({ ctx, input: { bucket: 'verification_resend', key: `paypal:${input.userId}` } });
}
