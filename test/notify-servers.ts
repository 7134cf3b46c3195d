import type { TestProject } from 'vitest/node';
import { startEmailServer } from '../dev/email-server';
import { startTelegramServer } from '../dev/telegram-server';

/** Literals vitest.config.ts binds as TELEGRAM_BOT_TOKEN / _USERNAME / _WEBHOOK_SECRET and EMAIL_API_KEY for tests. */
export const TELEGRAM_TEST_BOT_TOKEN = '123456:test-bot-token';
export const TELEGRAM_TEST_BOT_USERNAME = 'affiliate_edge_test_bot';
export const TELEGRAM_TEST_WEBHOOK_SECRET = 'test-telegram-webhook-secret';
export const EMAIL_TEST_API_KEY = 're_test_key';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local email API (dev/email-server), on 127.0.0.1. */
    emailBaseUrl: string;
    /** Base URL of the shared local Telegram Bot API (dev/telegram-server), on 127.0.0.1. */
    telegramBaseUrl: string;
  }
}

/**
 * One local email API and one Telegram Bot API for the whole run. The Telegram one is bound as
 * TELEGRAM_API_BASE_URL for every Worker test (only linked users get messages); the email one is
 * not bound (the outbox stays pending for the dev mailbox), so tests that want a provider set
 * EMAIL_API_BASE_URL on their own context. Files share them: scope faults and reads by address or chat.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const email = await startEmailServer({ apiKey: EMAIL_TEST_API_KEY });
  const telegram = await startTelegramServer({
    botToken: TELEGRAM_TEST_BOT_TOKEN,
    botUsername: TELEGRAM_TEST_BOT_USERNAME,
  });
  project.provide('emailBaseUrl', email.url);
  project.provide('telegramBaseUrl', telegram.url);
  return async () => {
    await email.close();
    await telegram.close();
  };
}
