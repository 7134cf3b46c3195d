const TIMEOUT_MS = 10_000;

export interface TelegramConfig {
  baseUrl: string;
  botToken: string;
}

export type TelegramOutcome =
  | { status: 'sent'; messageId: number | null }
  /** 403: the user blocked the bot (or deleted the chat); sending again cannot succeed. */
  | { status: 'blocked'; error: string }
  | { status: 'failed'; error: string; retryAfterSeconds: number | null };

/**
 * `POST {base}/bot<token>/sendMessage` (Bot API): plain text, no parse mode, so user-supplied
 * text (reasons, hosts) needs no escaping. Never throws; the token never appears in an outcome.
 */
export async function sendTelegramMessage(
  config: TelegramConfig,
  message: { chatId: string; text: string },
  send: typeof fetch = fetch,
): Promise<TelegramOutcome> {
  try {
    const res = await send(`${config.baseUrl.replace(/\/$/, '')}/bot${config.botToken}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: message.chatId, text: message.text.slice(0, 4096) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as {
      ok?: boolean;
      description?: string;
      result?: { message_id?: unknown };
      parameters?: { retry_after?: unknown };
    } | null;
    if (res.ok && body?.ok)
      return { status: 'sent', messageId: typeof body.result?.message_id === 'number' ? body.result.message_id : null };
    const error = `telegram answered ${res.status}${body?.description ? `: ${body.description.slice(0, 300)}` : ''}`;
    if (res.status === 403) return { status: 'blocked', error };
    const retryAfter = body?.parameters?.retry_after;
    return { status: 'failed', error, retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : null };
  } catch (err) {
    const error = err instanceof Error ? err.message.slice(0, 300) : 'telegram request failed';
    return { status: 'failed', error, retryAfterSeconds: null };
  }
}

/** The bot's configuration when the channel is on: a token is set. */
export function telegramConfig(config: {
  TELEGRAM_API_BASE_URL: string;
  TELEGRAM_BOT_TOKEN?: string | undefined;
}): TelegramConfig | null {
  return config.TELEGRAM_BOT_TOKEN
    ? { baseUrl: config.TELEGRAM_API_BASE_URL, botToken: config.TELEGRAM_BOT_TOKEN }
    : null;
}
