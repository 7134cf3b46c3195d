import { describe, expect, it } from 'vitest';
import { PLATFORM_NAME, renderNotification } from './notification-templates';

const fallback = { title: 'Producer title', body: 'Producer body' };
const render = (locale: 'en' | 'ru', event: string, data: Record<string, unknown>, brand: string | null = null) =>
  renderNotification({ event, data, locale, brand, fallback });

const domain = { domainId: 'd1', hostname: 'go.brand.com', reason: 'CNAME points elsewhere' };
// The month as the producer sends it: plan_click_usage.month, the first day of the month.
const plan = { limit: 'clicks', used: 80_000, allowed: 100_000, month: '2026-05-01' };
const webhook = { endpointId: 'e1', url: 'https://hooks.acme.io/in', consecutiveFailures: 5, reason: 'HTTP 502' };

describe('templates of the account events', () => {
  it.each([
    ['en', 'custom_domain', { ...domain, status: 'active' }, 'go.brand.com is active', 'certificate is issued'],
    ['ru', 'custom_domain', { ...domain, status: 'active' }, 'Домен go.brand.com работает', 'сертификат выпущен'],
    [
      'en',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'pending', cloudflareStatus: 'pending' },
      'go.brand.com failed verification',
      'Cloudflare could not verify go.brand.com: CNAME points elsewhere.',
    ],
    [
      'ru',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'pending', cloudflareStatus: 'pending' },
      'Домен go.brand.com не прошёл проверку',
      'Cloudflare не смог проверить go.brand.com: CNAME points elsewhere.',
    ],
    [
      'en',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'moved' },
      'go.brand.com moved away',
      'Links on this domain no longer work.',
    ],
    [
      'ru',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'moved' },
      'Домен go.brand.com перенесён',
      'Ссылки на этом домене больше не работают.',
    ],
    [
      'en',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'deleted' },
      'go.brand.com was removed at Cloudflare',
      'CNAME points elsewhere',
    ],
    [
      'ru',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'deleted' },
      'Домен go.brand.com удалён в Cloudflare',
      'повторную проверку',
    ],
    [
      'en',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'blocked' },
      'go.brand.com stopped working',
      'Check its DNS records, then re-verify.',
    ],
    [
      'ru',
      'custom_domain',
      { ...domain, status: 'failed', previousStatus: 'active', cloudflareStatus: 'active' },
      'Домен go.brand.com перестал работать',
      'CNAME points elsewhere',
    ],
    [
      'en',
      'plan_limit_warning',
      { ...plan, percent: 80 },
      "80 % of your plan's monthly clicks used",
      '80,000 of 100,000 clicks in May 2026. Consider upgrading',
    ],
    [
      'ru',
      'plan_limit_warning',
      { ...plan, percent: 80 },
      'Использовано 80 % месячного лимита кликов',
      '80\u00a0000 из 100\u00a0000 кликов за май 2026 г.',
    ],
    [
      'en',
      'plan_limit_warning',
      { ...plan, used: 100_000, percent: 100 },
      "Your plan's monthly click limit is reached",
      'no longer attributed',
    ],
    [
      'ru',
      'plan_limit_warning',
      { ...plan, used: 100_000, percent: 100 },
      'Достигнут месячный лимит кликов тарифа',
      'больше не засчитываются',
    ],
    [
      'en',
      'billing_payment_failed',
      { graceUntil: '2026-05-31T12:00:00.000Z', subscriptionId: 'sub_1' },
      'Your plan payment failed',
      'Update your card in Billing before 31 May 2026;',
    ],
    [
      'ru',
      'billing_payment_failed',
      { graceUntil: '2026-05-31T12:00:00.000Z', subscriptionId: 'sub_1' },
      'Не удалось оплатить тариф',
      'до 31 мая 2026 г.;',
    ],
    [
      'en',
      'webhook_disabled',
      webhook,
      'Webhook to hooks.acme.io turned off',
      'Deliveries to https://hooks.acme.io/in failed 5 times in a row, so the endpoint was turned off. The last time, the server answered with error 502.',
    ],
    [
      'ru',
      'webhook_disabled',
      webhook,
      'Вебхук на hooks.acme.io отключён',
      'не прошли 5 раз подряд, поэтому адрес отключён. В последний раз сервер ответил ошибкой 502.',
    ],
    // Shapes these templates do not know keep the producer's text.
    ['en', 'custom_domain', { hostname: 'go.brand.com', status: 'pending' }, fallback.title, fallback.body],
    ['ru', 'custom_domain', { status: 'active' }, fallback.title, fallback.body],
    ['en', 'plan_limit_warning', { ...plan, limit: 'programs', percent: 80 }, fallback.title, fallback.body],
    ['ru', 'plan_limit_warning', { limit: 'clicks', percent: 80 }, fallback.title, fallback.body],
    ['en', 'billing_payment_failed', { graceUntil: 'soon' }, fallback.title, fallback.body],
    ['ru', 'billing_payment_failed', {}, fallback.title, fallback.body],
    ['en', 'webhook_disabled', { url: 'https://hooks.acme.io/in' }, fallback.title, fallback.body],
  ] as const)('%s %s → %s', (locale, event, data, title, body) => {
    const out = render(locale, event, data);
    expect(out.title).toBe(title);
    expect(out.body).toContain(body);
  });

  it('reads a month given as YYYY-MM too', () => {
    expect(render('en', 'plan_limit_warning', { ...plan, month: '2026-12', percent: 80 }).body).toContain(
      'clicks in December 2026.',
    );
  });

  it('words an unparseable month as this month', () => {
    expect(render('en', 'plan_limit_warning', { ...plan, month: '2026-05-02', percent: 80 }).body).toContain(
      'clicks this month.',
    );
    expect(render('ru', 'plan_limit_warning', { ...plan, month: null, percent: 80 }).body).toContain(
      'кликов за этот месяц.',
    );
  });

  it('leaves the last error out when the endpoint has none', () => {
    const { reason: _, ...noReason } = webhook;
    expect(render('en', 'webhook_disabled', noReason).body).not.toContain('The last time');
  });

  it.each([
    ['en', 'custom_domain', { ...domain, status: 'active' }],
    ['ru', 'plan_limit_warning', { ...plan, percent: 80 }],
    ['en', 'billing_payment_failed', { graceUntil: '2026-05-31T00:00:00.000Z' }],
    ['ru', 'webhook_disabled', webhook],
  ] as const)('%s %s: signed and titled with the advertiser brand, never the platform', (locale, event, data) => {
    const out = render(locale, event, data, 'Acme Partners');
    expect(out.subject.startsWith('Acme Partners: ')).toBe(true);
    expect(out.text.endsWith('— Acme Partners')).toBe(true);
    expect(out.subject + out.text).not.toContain(PLATFORM_NAME);
    expect(render(locale, event, data).subject.startsWith(`${PLATFORM_NAME}: `)).toBe(true);
  });
});
