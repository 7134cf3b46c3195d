const TIMEOUT_MS = 10_000;

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Extra headers the provider sets on the message (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string> | null;
}

export type EmailProviderOutcome =
  | { status: 'sent'; providerMessageId: string | null }
  | { status: 'failed'; lastError: string };

/**
 * Resend's send contract: `POST {baseUrl}/emails` with a bearer key, `from`, `to`, `subject`,
 * `text`, optional `html` and `headers`; the answer's `id` is the provider's message id. The outbox id is the Idempotency-Key,
 * so a retry after a lost answer does not send twice. Never throws; a refusal or a network
 * failure comes back as `failed` with a short reason.
 */
export async function postEmail(
  { baseUrl, apiKey, from }: { baseUrl: string; apiKey: string | undefined; from?: string | undefined },
  email: OutgoingEmail & { id?: string },
  send: typeof fetch = fetch,
): Promise<EmailProviderOutcome> {
  try {
    const res = await send(`${baseUrl.replace(/\/$/, '')}/emails`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        ...(email.id ? { 'idempotency-key': email.id } : {}),
      },
      body: JSON.stringify({
        ...(from ? { from } : {}),
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        ...(email.headers ? { headers: email.headers } : {}),
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as { id?: unknown } | null;
    return res.ok
      ? { status: 'sent', providerMessageId: typeof body?.id === 'string' ? body.id : null }
      : { status: 'failed', lastError: `provider answered ${res.status}` };
  } catch (err) {
    return { status: 'failed', lastError: err instanceof Error ? err.message.slice(0, 500) : 'delivery failed' };
  }
}
