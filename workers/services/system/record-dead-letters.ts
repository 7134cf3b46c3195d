import { deadLetters } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface DeadLetter {
  queue: string;
  messageId: string;
  body: unknown;
  reason: string;
  attempts: number;
}

/** Keeps poison messages where admins can see and replay them; idempotent per (queue, message). */
export async function recordDeadLetters({ ctx, input }: ServiceCall<{ letters: DeadLetter[] }>): Promise<void> {
  if (input.letters.length === 0) return;
  await ctx.db.insert(deadLetters).values(input.letters).onConflictDoNothing();
}
