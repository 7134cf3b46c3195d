import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { ServiceContext } from '../../workers/context';
import { loadConfig } from '../../workers/env';
import { deliverEmail, sendEmail } from '../../workers/services/email';
import { createLogger } from '../../workers/logging';
import { uniqueEmail, useDb } from '../accounts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();

function context(provider?: { url: string; key: string }): ServiceContext {
  const config = {
    ...loadConfig(env),
    ...(provider ? { EMAIL_API_BASE_URL: provider.url, EMAIL_API_KEY: provider.key } : {}),
  };
  return { db: db(), config, now: new Date(), log: createLogger() };
}

async function queued(ctx: ServiceContext) {
  const to = uniqueEmail('mail');
  const { outboxId } = await sendEmail({
    ctx,
    input: { to, subject: 'Hello', text: 'Body', template: 'verify_email' },
  });
  return { to, outboxId };
}

const outboxRow = async (id: string) => (await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.id, id)))[0]!;

describe('email delivery', () => {
  it('without a provider, queues to the outbox and leaves it there (the dev mailbox reads it)', async () => {
    const ctx = context();
    const { outboxId, to } = await queued(ctx);
    await deliverEmail({ ctx, input: { outboxId } }, () => {
      throw new Error('must not be called');
    });
    expect(await outboxRow(outboxId)).toMatchObject({ to, status: 'pending', attempts: 0 });
  });

  it('posts to {EMAIL_API_BASE_URL}/emails with the key and marks the email sent', async () => {
    const ctx = context({ url: 'https://mail.provider.test/v1/', key: 'secret-key' });
    const { outboxId, to } = await queued(ctx);
    const requests: Request[] = [];
    await deliverEmail({ ctx, input: { outboxId } }, async (input, init) => {
      requests.push(new Request(input, init));
      return Response.json({ id: 'msg_123' });
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://mail.provider.test/v1/emails');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer secret-key');
    expect(await requests[0]!.json()).toEqual({ to, subject: 'Hello', text: 'Body' });
    // The outbox id makes a resend after a lost answer idempotent at the provider.
    expect(requests[0]!.headers.get('idempotency-key')).toBe(outboxId);
    expect(await outboxRow(outboxId)).toMatchObject({
      status: 'sent',
      providerMessageId: 'msg_123',
      attempts: 1,
      sentAt: expect.any(Date),
    });
    // Sent is final: a second call does not send again.
    await deliverEmail({ ctx, input: { outboxId } }, async () => {
      throw new Error('must not be called');
    });
  });

  it.each([
    ['a provider error', async () => new Response('nope', { status: 503 }), 'provider answered 503'],
    [
      'a network failure',
      async () => {
        throw new Error('connection refused');
      },
      'connection refused',
    ],
  ])('records %s for a retry with backoff, without throwing', async (_label, send, lastError) => {
    const ctx = context({ url: 'https://mail.provider.test', key: 'k' });
    const { outboxId } = await queued(ctx);
    await deliverEmail({ ctx, input: { outboxId } }, send);
    const row = await outboxRow(outboxId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError });
    expect(row.nextAttemptAt!.getTime()).toBe(ctx.now.getTime() + 60_000);
  });
});
