import { deadLetters } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface NewDeadLetter {
  queue: string;
  messageId: string;
  body: unknown;
  reason: string;
  attempts: number;
}

/**
 * jsonb cannot hold U+0000, which is often exactly what made a message poison: keep it visible
 * as the six characters `\u0000` instead of losing the whole letter.
 */
function storable(body: unknown): unknown {
  const json = JSON.stringify(body ?? null);
  return json.includes('\\u0000') ? JSON.parse(json.replaceAll('\\u0000', '\\\\u0000')) : (body ?? null);
}

/** Keeps poison messages where admins can see and replay them; idempotent per (queue, message). */
export async function recordDeadLetters({ ctx, input }: ServiceCall<{ letters: NewDeadLetter[] }>): Promise<void> {
  if (input.letters.length === 0) return;
  await ctx.db
    .insert(deadLetters)
    .values(input.letters.map((l) => ({ ...l, reason: l.reason.replaceAll('\u0000', ''), body: storable(l.body) })))
    .onConflictDoNothing();
}
